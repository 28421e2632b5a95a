import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { SelectField, TextField } from '@/components/form-fields';
import { toastStore } from '@/components/toast/toast-store';
import { useListIdentityProviders } from '@/api/identity-providers/list-identity-providers';
import { useLinkProviderForUser } from '@/api/users/link-provider';
import { linkProviderSchema, type LinkProviderFormValues } from '../../forms/link-provider-schema';
import type { DialogProps } from './dialog-props';
import { DialogClose, FormDialog } from './FormDialog';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

export function LinkProviderDialog({ user, name, open, onOpenChange }: DialogProps) {
  const providers = useListIdentityProviders(user.poolId);
  const form = useForm<LinkProviderFormValues>({
    resolver: zodResolver(linkProviderSchema),
    defaultValues: { providerName: '', attributeName: 'Cognito_Subject', attributeValue: '' },
  });
  const { register, handleSubmit, formState, setError } = form;
  const link = useLinkProviderForUser(user, {
    onSuccess: () => {
      toastStore.show('Identity linked.', 'success');
      onOpenChange(false);
    },
  });
  const submit = useGuardedSubmit(handleSubmit, (values) =>
    link.mutateAsync(values, {
      onError: (error) => setError('root.server', { message: getErrorMessage(error) }),
    }),
  );
  const list = providers.data ?? [];
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      busy={link.isPending}
      title={`Link an external identity to ${name}`}
      description={
        <>
          <p>
            After linking, signing in with that external account signs in as {name}, with this
            user&apos;s attributes and groups.
          </p>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              The external identity must not have signed in to this pool yet: AWS refuses to merge
              an existing federated user (AliasExistsException).
            </li>
            <li>
              For social and OIDC providers, use Cognito_Subject with the user&apos;s id at the
              provider (the &quot;sub&quot; claim). For SAML, Cognito_Subject is the NameID, or use
              another attribute mapped by the provider.
            </li>
            <li>
              A user can have at most 5 linked identities. Only native users can be linked to.
            </li>
          </ul>
        </>
      }
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        {formState.errors.root?.server && <Alert>{formState.errors.root.server.message}</Alert>}
        {providers.isError && (
          <Alert>Could not list identity providers: {getErrorMessage(providers.error)}</Alert>
        )}
        <SelectField
          id="link-provider"
          label="Identity provider"
          hint={
            providers.isSuccess && list.length === 0
              ? 'This pool has no identity providers; add one first.'
              : undefined
          }
          error={formState.errors.providerName?.message}
          {...register('providerName')}
        >
          <option value="">{providers.isPending ? 'Loading providers…' : 'Choose'}</option>
          {list.map((p) => (
            <option key={p.ProviderName} value={p.ProviderName}>
              {p.ProviderName}
              {p.ProviderType && p.ProviderType !== p.ProviderName ? ` (${p.ProviderType})` : ''}
            </option>
          ))}
        </SelectField>
        <TextField
          id="link-attribute-name"
          label="Provider attribute name"
          hint="Cognito_Subject unless a SAML provider maps another attribute."
          error={formState.errors.attributeName?.message}
          {...register('attributeName')}
        />
        <TextField
          id="link-attribute-value"
          label="Provider attribute value"
          hint="For Cognito_Subject: the user's id at the provider."
          error={formState.errors.attributeValue?.message}
          {...register('attributeValue')}
        />
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary" disabled={link.isPending}>
              Cancel
            </Button>
          </DialogClose>
          <Button type="submit" pending={link.isPending}>
            Link identity
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
