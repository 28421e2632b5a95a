import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { attributesToRecord } from '@/lib/user-attributes/changes';
import { idpClientFor } from '../pool-scope';
import { userFromCachedLists } from './user-from-lists';
import { userKeys, type UserRef } from './user-keys';

export interface UserDetail {
  /** The real username, even when the page was opened with an alias or the sub. */
  username: string;
  status?: string;
  enabled: boolean;
  createdAt?: Date;
  modifiedAt?: Date;
  attributes: Record<string, string>;
  /** Legacy per-attribute MFA delivery (AdminSetUserSettings). */
  mfaOptions: { deliveryMedium?: string; attributeName?: string }[];
  preferredMfa?: string;
  mfaMethods: string[];
}

export async function getUser({ poolId, username }: UserRef): Promise<UserDetail> {
  const output = await idpClientFor(poolId).send(
    new AdminGetUserCommand({ UserPoolId: poolId, Username: username }),
  );
  return {
    username: output.Username ?? username,
    status: output.UserStatus,
    enabled: output.Enabled !== false,
    createdAt: output.UserCreateDate,
    modifiedAt: output.UserLastModifiedDate,
    attributes: attributesToRecord(output.UserAttributes),
    mfaOptions: (output.MFAOptions ?? []).map((o) => ({
      deliveryMedium: o.DeliveryMedium,
      attributeName: o.AttributeName,
    })),
    preferredMfa: output.PreferredMfaSetting,
    mfaMethods: output.UserMFASettingList ?? [],
  };
}

export const getUserQueryOptions = (user: UserRef) =>
  queryOptions({ queryKey: userKeys.detail(user), queryFn: () => getUser(user) });

/** The user's full record; until it arrives, the row a cached list holds (isPlaceholderData). */
export function useUser(user: UserRef, { enabled = true }: { enabled?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useQuery({
    ...getUserQueryOptions(user),
    enabled,
    placeholderData: () => userFromCachedLists(queryClient, user),
  });
}
