import { randomUUID } from 'node:crypto';
import type { DeviceRecord, UserPoolRecord } from '../store/types.ts';
import { linkedIdentities, setLinkedIdentities } from './linked-identities.ts';

const DEVICE_NAMES = [
  'Chrome on macOS',
  'Safari on iPhone',
  'Firefox on Windows',
  'Edge on Windows',
  'Android phone',
];

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)]!;

/**
 * Demo extras for some users of a pool: remembered and forgotten devices for about one in five
 * confirmed users, and a linked identity from one of the pool's social/OIDC providers for about
 * one in twenty. Deterministic for a given `random`.
 */
export function seedUserExtras(pool: UserPoolRecord, random: () => number): void {
  const region = pool.pool.Id.slice(0, pool.pool.Id.indexOf('_'));
  const providers = [...pool.identityProviders.values()];
  const nowSeconds = Math.floor(Date.now() / 1000);
  for (const user of pool.users.values()) {
    if (user.UserStatus !== 'CONFIRMED') continue;
    if (random() < 0.2) {
      const count = 1 + Math.floor(random() * 3);
      const devices: DeviceRecord[] = [];
      for (let i = 0; i < count; i++) {
        const created = Math.floor(nowSeconds - random() * 180 * 86_400);
        const used = Math.floor(created + random() * (nowSeconds - created));
        devices.push({
          DeviceKey: `${region}_${randomUUID()}`,
          DeviceAttributes: [
            { Name: 'device_status', Value: 'valid' },
            { Name: 'device_name', Value: pick(DEVICE_NAMES, random) },
            {
              Name: 'device_remembered_status',
              Value: random() < 0.7 ? 'remembered' : 'not_remembered',
            },
            { Name: 'last_ip_used', Value: `203.0.113.${Math.floor(random() * 254) + 1}` },
          ],
          DeviceCreateDate: created,
          DeviceLastModifiedDate: used,
          DeviceLastAuthenticatedDate: used,
        });
      }
      user.devices = devices;
    }
    if (providers.length > 0 && random() < 0.05) {
      const provider = pick(providers, random);
      setLinkedIdentities(user, [
        ...linkedIdentities(user),
        {
          userId: String(Math.floor(random() * 1e15)).padStart(15, '1'),
          providerName: provider.ProviderName,
          providerType: provider.ProviderType,
          issuer: null,
          primary: false,
          dateCreated: (nowSeconds - Math.floor(random() * 90 * 86_400)) * 1000,
          attributeName: 'Cognito_Subject',
        },
      ]);
    }
  }
}
