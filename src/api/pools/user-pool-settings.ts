import type { UserPoolType } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { describeUserPoolQueryOptions } from './describe-user-pool';
import type { PasswordPolicyInput } from '@/lib/user-attributes/password-policy';
import { toAttributeDefinitions, type AttributeDefinition } from '@/lib/user-attributes/schema';

/** The parts of a pool's description that shape its users' pages and forms. */
export interface UserPoolSettings {
  poolId: string;
  name: string;
  schema: AttributeDefinition[];
  passwordPolicy?: PasswordPolicyInput;
  /** email / phone_number when they replace the username. */
  usernameAttributes: string[];
  aliasAttributes: string[];
  autoVerifiedAttributes: string[];
  temporaryPasswordValidityDays?: number;
}

export function toUserPoolSettings(pool: UserPoolType): UserPoolSettings {
  const poolId = pool.Id ?? '';
  return {
    poolId,
    name: pool.Name ?? poolId,
    schema: toAttributeDefinitions(pool.SchemaAttributes),
    passwordPolicy: pool.Policies?.PasswordPolicy,
    usernameAttributes: pool.UsernameAttributes ?? [],
    aliasAttributes: pool.AliasAttributes ?? [],
    autoVerifiedAttributes: pool.AutoVerifiedAttributes ?? [],
    temporaryPasswordValidityDays: pool.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays,
  };
}

export const getUserPoolSettingsQueryOptions = (poolId: string) =>
  queryOptions({ ...describeUserPoolQueryOptions(poolId), select: toUserPoolSettings });

export function useUserPoolSettings(poolId: string) {
  return useQuery(getUserPoolSettingsQueryOptions(poolId));
}
