import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PasswordPolicyInput } from '@/lib/user-attributes/password-policy';
import { toAttributeDefinitions, type AttributeDefinition } from '@/lib/user-attributes/schema';
import { idpClientFor, userDetailKeys } from './user-detail-keys';

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

export async function getUserPoolSettings(poolId: string): Promise<UserPoolSettings> {
  const output = await idpClientFor(poolId).send(
    new DescribeUserPoolCommand({ UserPoolId: poolId }),
  );
  const pool = output.UserPool;
  if (!pool) throw new Error(`Cognito returned no description for ${poolId}.`);
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
  queryOptions({
    queryKey: userDetailKeys.poolSettings(poolId),
    queryFn: () => getUserPoolSettings(poolId),
  });

export function useUserPoolSettings(poolId: string) {
  return useQuery(getUserPoolSettingsQueryOptions(poolId));
}
