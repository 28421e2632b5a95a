import type { UICustomizationRecord, UserPoolRecord } from '../store/types.ts';

/** The scope of the pool's default settings, used by every client without its own. */
export const ALL = 'ALL';

/** The settings a client's hosted page uses: its own, else the pool's ALL, else none. */
export function effectiveCustomization(
  pool: UserPoolRecord,
  clientId: string,
): UICustomizationRecord | undefined {
  return pool.uiCustomizations.get(clientId) ?? pool.uiCustomizations.get(ALL);
}

const extensionOf = { 'image/png': 'png', 'image/jpeg': 'jpg' } as const;

/** Where the emulator serves a scope's logo; the version changes the URL on each save. */
export function logoUrlOf(baseUrl: string, poolId: string, record: UICustomizationRecord) {
  if (!record.image) return undefined;
  const file = `logo.${extensionOf[record.image.contentType]}`;
  return `${baseUrl}/ui-customization/${poolId}/${encodeURIComponent(record.ClientId)}/${record.CSSVersion}/${file}`;
}

/** The record in UICustomizationType's shape. */
export function uiCustomizationOf(baseUrl: string, poolId: string, record: UICustomizationRecord) {
  const imageUrl = logoUrlOf(baseUrl, poolId, record);
  return {
    UserPoolId: poolId,
    ClientId: record.ClientId,
    ...(imageUrl ? { ImageUrl: imageUrl } : {}),
    ...(record.CSS !== undefined ? { CSS: record.CSS } : {}),
    CSSVersion: record.CSSVersion,
    CreationDate: record.CreationDate,
    LastModifiedDate: record.LastModifiedDate,
  };
}
