import * as z from 'zod';
import type { UserPool } from '@/api/pools/describe-user-pool';
import type { UserPoolEdits } from '@/lib/user-pools/update-user-pool';

export const securityModes = [
  { value: 'OFF', label: 'Off' },
  { value: 'AUDIT', label: 'Audit only (log risks, do not act)' },
  { value: 'ENFORCED', label: 'Enforced (act on risky sign-ins)' },
] as const;

/** Model: UserPoolTagsType, keys 1–128 and values 0–256 characters; AWS allows 50 tags. */
export const protectionSchema = z.object({
  deletionProtection: z.boolean(),
  advancedSecurityMode: z.enum(['OFF', 'AUDIT', 'ENFORCED']),
  tags: z
    .array(
      z.object({
        key: z.string().trim().min(1, 'Enter a key.').max(128, 'Use at most 128 characters.'),
        value: z.string().max(256, 'Use at most 256 characters.'),
      }),
    )
    .max(50, 'A pool can have at most 50 tags.')
    .superRefine((tags, ctx) => {
      const seen = new Set<string>();
      tags.forEach((tag, index) => {
        if (seen.has(tag.key)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'key'],
            message: 'This key is already used.',
          });
        }
        seen.add(tag.key);
      });
    }),
});

export type ProtectionValues = z.infer<typeof protectionSchema>;

export function toProtectionValues(pool: UserPool): ProtectionValues {
  return {
    deletionProtection: pool.DeletionProtection === 'ACTIVE',
    advancedSecurityMode: pool.UserPoolAddOns?.AdvancedSecurityMode ?? 'OFF',
    tags: Object.entries(pool.UserPoolTags ?? {}).map(([key, value]) => ({ key, value })),
  };
}

export function protectionEdits(pool: UserPool, values: ProtectionValues): UserPoolEdits {
  // Tag keys are the user's data: a prototype-free map cannot be confused with object members.
  const tags: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const tag of values.tags) tags[tag.key] = tag.value;
  const addOns = pool.UserPoolAddOns;
  return {
    DeletionProtection:
      pool.DeletionProtection === undefined && !values.deletionProtection
        ? undefined
        : values.deletionProtection
          ? 'ACTIVE'
          : 'INACTIVE',
    UserPoolAddOns:
      addOns === undefined && values.advancedSecurityMode === 'OFF'
        ? undefined
        : { ...addOns, AdvancedSecurityMode: values.advancedSecurityMode },
    UserPoolTags: pool.UserPoolTags === undefined && values.tags.length === 0 ? undefined : tags,
  };
}

export const protectionErrorFields = {
  DeletionProtection: 'deletionProtection',
  AdvancedSecurityMode: 'advancedSecurityMode',
  UserPoolAddOns: 'advancedSecurityMode',
  UserPoolTags: 'tags',
} as const satisfies Record<string, keyof ProtectionValues>;
