import { zodResolver } from '@hookform/resolvers/zod';
import type { UseMutationResult } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { FormActions } from '@/components/FormActions';
import { TextField } from '@/components/form-fields';
import { Section } from '@/components/Section';
import type { CreatedPool, NewUserPool } from '@/api/pools/create-user-pool';
import { toCreateUserPoolInput, toMfaConfigInput } from '../../forms/create-user-pool-input';
import { createPoolErrorField } from '../../forms/create-pool-errors';
import {
  createPoolDefaults,
  createPoolSchema,
  type CreatePoolFormValues,
} from '../../forms/create-pool-schema';
import { AttributesSection } from './AttributesSection';
import { PasswordPolicySection } from './PasswordPolicySection';
import { SecuritySection } from './SecuritySection';
import { SignInSection } from './SignInSection';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

interface CreatePoolFormProps {
  mutation: UseMutationResult<CreatedPool, Error, NewUserPool>;
  onCancel: () => void;
}

export function CreatePoolForm({ mutation, onCancel }: CreatePoolFormProps) {
  const form = useForm<CreatePoolFormValues>({
    resolver: zodResolver(createPoolSchema),
    defaultValues: createPoolDefaults,
  });
  const { register, handleSubmit, formState, setError } = form;

  const submit = useGuardedSubmit(handleSubmit, (values) =>
    mutation.mutateAsync(
      {
        pool: toCreateUserPoolInput(values),
        mfaConfig: (userPoolId) => toMfaConfigInput(values, userPoolId),
      },
      {
        onError: (error) => {
          const field = createPoolErrorField(error);
          const message = getErrorMessage(error);
          if (field) setError(field, { message }, { shouldFocus: true });
          else setError('root.server', { message });
        },
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {formState.errors.root?.server && <Alert>{formState.errors.root.server.message}</Alert>}
      <Section title="General">
        <TextField
          id="pool-name"
          label="Pool name"
          hint="1–128 characters: letters, numbers, spaces and + = , . @ - _"
          error={formState.errors.name?.message}
          {...register('name')}
        />
      </Section>
      <SignInSection form={form} />
      <AttributesSection form={form} />
      <PasswordPolicySection form={form} />
      <SecuritySection form={form} />
      <FormActions submitLabel="Create" pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
