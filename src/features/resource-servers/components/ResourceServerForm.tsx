import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { FormActions } from '@/components/FormActions';
import { TextField } from '@/components/form-fields';
import { Section } from '@/components/Section';
import { useServerError } from '@/components/use-server-error';
import { resourceServerErrorFields } from '../forms/resource-server-errors';
import {
  resourceServerSchema,
  type ResourceServerFormValues,
} from '../forms/resource-server-schema';
import { ScopesEditor } from './ScopesEditor';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

interface ResourceServerFormProps {
  defaultValues: ResourceServerFormValues;
  /** Edit mode: the identifier is fixed once created. */
  existing?: boolean;
  readOnly?: boolean;
  submitLabel: string;
  pending?: boolean;
  error?: unknown;
  /** Returns the mutation's promise (`mutateAsync`): the form takes no other submit until it settles. */
  onSubmit: (values: ResourceServerFormValues) => unknown;
  onCancel?: () => void;
}

export function ResourceServerForm({
  defaultValues,
  existing,
  readOnly,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: ResourceServerFormProps) {
  const form = useForm<ResourceServerFormValues>({
    resolver: zodResolver(resourceServerSchema),
    defaultValues,
  });
  const { register, handleSubmit, formState } = form;
  const shownError = useServerError(form, error, resourceServerErrorFields);
  const submit = useGuardedSubmit(handleSubmit, onSubmit);
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {shownError !== undefined && shownError !== null && (
        <Alert>{getErrorMessage(shownError)}</Alert>
      )}
      <Section title="Resource server">
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            id="rs-identifier"
            label="Identifier"
            hint={
              existing
                ? 'Fixed once created; scopes appear in tokens as identifier/scope.'
                : 'Usually the API’s URL, e.g. https://api.example.com. It cannot be changed later.'
            }
            error={formState.errors.identifier?.message}
            spellCheck={false}
            readOnly={existing || readOnly}
            {...register('identifier')}
          />
          <TextField
            id="rs-name"
            label="Name"
            error={formState.errors.name?.message}
            readOnly={readOnly}
            {...register('name')}
          />
        </div>
      </Section>
      <Section title="Scopes">
        <ScopesEditor form={form} readOnly={readOnly} />
      </Section>
      {!readOnly && <FormActions submitLabel={submitLabel} pending={pending} onCancel={onCancel} />}
    </form>
  );
}
