import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { FormActions } from '@/components/FormActions';
import { Choice } from '@/components/Choice';
import { TextField } from '@/components/form-fields';
import { Section } from '@/components/Section';
import { clientFormSchema, type ClientFormValues } from '@/features/clients/forms/client-form';
import { clientErrorField } from '../forms/client-errors';
import { AttributesSection } from './AttributesSection';
import { AuthSection } from './AuthSection';
import type { ClientFormOptions } from './form-types';
import { OAuthSection } from './OAuthSection';
import { TokensSection } from './TokensSection';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

interface ClientFormProps {
  mode: 'create' | 'edit';
  defaultValues: ClientFormValues;
  options: ClientFormOptions;
  /** Support sees the settings but cannot change them. */
  readOnly?: boolean;
  pending: boolean;
  /** Returns the mutation's promise (`mutateAsync`): the form takes no other submit until it settles. */
  onSubmit: (values: ClientFormValues, onError: (error: unknown) => void) => unknown;
  onCancel?: () => void;
}

export function ClientForm({
  mode,
  defaultValues,
  options,
  readOnly,
  pending,
  onSubmit,
  onCancel,
}: ClientFormProps) {
  const form = useForm<ClientFormValues>({
    resolver: zodResolver(clientFormSchema),
    defaultValues,
  });
  const { register, handleSubmit, formState, setError } = form;
  const submit = useGuardedSubmit(handleSubmit, (values) =>
    onSubmit(values, (error) => {
      const field = clientErrorField(error);
      const message = getErrorMessage(error);
      if (field) setError(field, { message }, { shouldFocus: true });
      else setError('root.server', { message });
    }),
  );
  const sectionProps = { form, options };

  return (
    <form onSubmit={submit} noValidate aria-label="App client settings">
      <fieldset disabled={readOnly} className="space-y-6">
        {formState.errors.root?.server && <Alert>{formState.errors.root.server.message}</Alert>}
        <Section title="General">
          <div className="space-y-4">
            <TextField
              id="client-name"
              label="App client name"
              hint="1–128 characters: letters, numbers, spaces and + = , . @ - _"
              error={formState.errors.name?.message}
              {...register('name')}
            />
            {mode === 'create' && (
              <Choice
                label="Generate a client secret"
                hint="For server-side apps that can keep a secret; it cannot be added or removed later."
                {...register('generateSecret')}
              />
            )}
          </div>
        </Section>
        <TokensSection {...sectionProps} />
        <AttributesSection {...sectionProps} />
        <AuthSection {...sectionProps} />
        <OAuthSection {...sectionProps} />
        {!readOnly && (
          <FormActions
            submitLabel={mode === 'create' ? 'Create app client' : 'Save changes'}
            pending={pending}
            onCancel={onCancel}
          />
        )}
      </fieldset>
    </form>
  );
}
