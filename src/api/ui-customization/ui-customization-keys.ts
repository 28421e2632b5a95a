import { poolScope } from '../pool-scope';

/** The one place branding query keys are built: general to specific, inside the pool's scope. */
export const uiCustomizationKeys = {
  all: (poolId: string) => [...poolScope(poolId), 'ui-customization'] as const,
  details: (poolId: string) => [...uiCustomizationKeys.all(poolId), 'detail'] as const,
  /** GetUICustomization for one scope: `ALL` or an app client's id. */
  detail: (poolId: string, clientId: string) =>
    [...uiCustomizationKeys.details(poolId), clientId] as const,
  /** The bytes of a saved logo, read back from its ImageUrl (the URL changes on every save). */
  logo: (poolId: string, imageUrl: string) =>
    [...uiCustomizationKeys.all(poolId), 'logo', imageUrl] as const,
};
