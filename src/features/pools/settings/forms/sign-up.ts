import * as z from 'zod';
import type { UserPool } from '@/api/pools/describe-user-pool';
import type { UserPoolEdits } from '@/lib/user-pools/update-user-pool';
import { settle, settleObject } from './form-values';

export const autoVerifiableAttributes = [
  { value: 'email', label: 'Email address' },
  { value: 'phone_number', label: 'Phone number' },
] as const;

export function signUpSchema(pool: UserPool) {
  const keptUntilVerified =
    pool.UserAttributeUpdateSettings?.AttributesRequireVerificationBeforeUpdate ?? [];
  return z.object({
    selfRegistration: z.boolean(),
    autoVerified: z
      .array(z.enum(['email', 'phone_number']))
      .refine((names) => keptUntilVerified.every((name) => names.includes(name as never)), {
        message: `${keptUntilVerified.join(' and ')} must stay verified automatically while Sign-in keeps the original value until verification.`,
      }),
  });
}

export type SignUpValues = z.infer<ReturnType<typeof signUpSchema>>;

export function toSignUpValues(pool: UserPool): SignUpValues {
  return {
    selfRegistration: pool.AdminCreateUserConfig?.AllowAdminCreateUserOnly !== true,
    autoVerified: (pool.AutoVerifiedAttributes ?? []).filter(
      (name): name is 'email' | 'phone_number' => name === 'email' || name === 'phone_number',
    ),
  };
}

export function signUpEdits(pool: UserPool, values: SignUpValues): UserPoolEdits {
  const config = pool.AdminCreateUserConfig;
  return {
    AdminCreateUserConfig: settleObject(config, {
      ...config,
      AllowAdminCreateUserOnly: settle(config?.AllowAdminCreateUserOnly, !values.selfRegistration),
    }),
    AutoVerifiedAttributes: settle(pool.AutoVerifiedAttributes, values.autoVerified),
  };
}

export const signUpErrorFields = {
  AutoVerifiedAttributes: 'autoVerified',
  AllowAdminCreateUserOnly: 'selfRegistration',
} as const satisfies Record<string, keyof SignUpValues>;
