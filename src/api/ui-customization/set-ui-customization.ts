import { SetUICustomizationCommand } from '@aws-sdk/client-cognito-identity-provider';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { idpClientFor } from '../pool-scope';
import { ALL_CLIENTS } from './get-ui-customization';
import { uiCustomizationKeys } from './ui-customization-keys';

export interface SetUICustomizationInput {
  poolId: string;
  /** `ALL` for the pool default, else an app client's id. */
  clientId: string;
  /** CSS and logo replace both of the scope's settings; a client given neither loses its own. */
  css?: string;
  image?: Uint8Array;
}

export async function setUICustomization(input: SetUICustomizationInput) {
  const output = await idpClientFor(input.poolId).send(
    new SetUICustomizationCommand({
      UserPoolId: input.poolId,
      ...(input.clientId === ALL_CLIENTS ? {} : { ClientId: input.clientId }),
      ...(input.css !== undefined ? { CSS: input.css } : {}),
      ...(input.image ? { ImageFile: input.image } : {}),
    }),
  );
  return output.UICustomization;
}

/**
 * The pool default is what every client without its own settings answers with, so saving it
 * changes every scope's view; a client's own settings change that client's view only.
 */
export function useSetUICustomization(
  poolId: string,
  { onSuccess }: { onSuccess?: (input: SetUICustomizationInput) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<SetUICustomizationInput, 'poolId'>) =>
      setUICustomization({ ...input, poolId }),
    onSuccess: async (_output, input) => {
      await queryClient.invalidateQueries({
        queryKey:
          input.clientId === ALL_CLIENTS
            ? uiCustomizationKeys.details(poolId)
            : uiCustomizationKeys.detail(poolId, input.clientId),
      });
      onSuccess?.({ ...input, poolId });
    },
  });
}
