import {
  AddCustomAttributesCommand,
  type SchemaAttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { csvHeaderKey } from '../user-import/get-csv-header';
import { poolKeys } from './pool-keys';

export type CustomAttributeInput = SchemaAttributeType;

export async function addCustomAttributes(
  poolId: string,
  attributes: CustomAttributeInput[],
): Promise<void> {
  await idpClientFor(poolId).send(
    new AddCustomAttributesCommand({ UserPoolId: poolId, CustomAttributes: attributes }),
  );
}

/**
 * The schema lives in the pool's description, which the users pages and forms read too, and it
 * decides the import template's columns.
 */
export function useAddCustomAttributes(
  poolId: string,
  { onSuccess }: { onSuccess?: () => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (attributes: CustomAttributeInput[]) => addCustomAttributes(poolId, attributes),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: poolKeys.description(poolId) }),
        queryClient.invalidateQueries({ queryKey: csvHeaderKey(poolId) }),
      ]);
      onSuccess?.();
    },
  });
}
