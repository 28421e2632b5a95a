import {
  GetUICustomizationCommand,
  type UICustomizationType,
} from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { uiCustomizationKeys } from './ui-customization-keys';

/** The pool default's scope: every app client without settings of its own uses it. */
export const ALL_CLIENTS = 'ALL';

export type UICustomization = UICustomizationType;

/**
 * The settings a scope's hosted page uses. For a client without its own, Cognito answers with the
 * pool default's (ClientId `ALL`), so `ClientId` tells whether the client has its own.
 */
export async function getUICustomization(
  poolId: string,
  clientId: string,
): Promise<UICustomization> {
  const output = await idpClientFor(poolId).send(
    new GetUICustomizationCommand({
      UserPoolId: poolId,
      ...(clientId === ALL_CLIENTS ? {} : { ClientId: clientId }),
    }),
  );
  return output.UICustomization ?? { UserPoolId: poolId, ClientId: clientId };
}

export const getUICustomizationQueryOptions = (poolId: string, clientId: string) =>
  queryOptions({
    queryKey: uiCustomizationKeys.detail(poolId, clientId),
    queryFn: () => getUICustomization(poolId, clientId),
  });

export function useUICustomization(poolId: string, clientId: string) {
  return useQuery(getUICustomizationQueryOptions(poolId, clientId));
}

/**
 * Whether the answer for a client is settings of its own: Cognito answers a client without them
 * with the pool default's (ClientId `ALL`), or with an empty shape when nothing is saved at all.
 */
export function hasOwnSettings(answer: UICustomization, clientId: string): boolean {
  return answer.ClientId === clientId && answer.CSSVersion !== undefined;
}

/** Whether each client has settings of its own (true), falls back to the pool default (false), or is unknown yet. */
export function useClientsWithOwnSettings(poolId: string, clientIds: readonly string[]) {
  return useQueries({
    queries: clientIds.map((clientId) => getUICustomizationQueryOptions(poolId, clientId)),
    combine: (results) =>
      new Map(
        clientIds.map((clientId, i) => {
          const data = results[i]?.data;
          return [clientId, data ? hasOwnSettings(data, clientId) : undefined] as const;
        }),
      ),
  });
}
