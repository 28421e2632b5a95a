import { queryOptions, useQuery } from '@tanstack/react-query';
import { uiCustomizationKeys } from './ui-customization-keys';

/**
 * The bytes of a saved logo. SetUICustomization replaces the CSS and the logo together, so keeping
 * the logo while saving new CSS means sending these bytes again.
 */
export async function fetchSavedLogo(imageUrl: string): Promise<Uint8Array> {
  const response = await fetch(imageUrl, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The logo's URL answered HTTP ${response.status}.`);
  return new Uint8Array(await response.arrayBuffer());
}

export const savedLogoQueryOptions = (poolId: string, imageUrl: string) =>
  queryOptions({
    queryKey: uiCustomizationKeys.logo(poolId, imageUrl),
    queryFn: () => fetchSavedLogo(imageUrl),
    // The URL names one version of the logo: its bytes never change.
    staleTime: Infinity,
    retry: 1,
  });

export function useSavedLogo(poolId: string, imageUrl: string | undefined) {
  return useQuery({ ...savedLogoQueryOptions(poolId, imageUrl ?? ''), enabled: !!imageUrl });
}
