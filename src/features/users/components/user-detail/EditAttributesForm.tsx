import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { FormActions } from '@/components/FormActions';
import { toastStore } from '@/components/toast/toast-store';
import { fieldForAwsMessage } from '@/lib/field-errors';
import { buildAttributeChanges } from '@/lib/user-attributes/changes';
import {
  isEditable,
  lockedReason,
  systemAttributes,
  type AttributeDefinition,
} from '@/lib/user-attributes/schema';
import { useUpdateUserAttributes } from '@/api/users/update-user-attributes';
import type { UserRef } from '@/api/users/user-keys';
import {
  editAttributesSchema,
  toEditAttributesDefaults,
  type EditAttributesFormValues,
} from '../../forms/edit-attributes-schema';
import { AttributeValueField } from '../AttributeValueField';
import { AttributeName } from './AttributeName';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

interface EditAttributesFormProps {
  user: UserRef;
  attributes: Record<string, string>;
  schema: AttributeDefinition[];
  onDone: () => void;
}

function hintFor(definition: AttributeDefinition): string | undefined {
  const parts: string[] = [];
  if (definition.required) parts.push('Required in this pool: it cannot be removed.');
  else parts.push('Empty the value to remove the attribute.');
  if (definition.kind === 'developer') {
    parts.push('Developer-only: only administrators can write it, users cannot read it.');
  }
  if (definition.dataType === 'Number') {
    const range = [
      definition.minValue !== undefined ? `at least ${definition.minValue}` : '',
      definition.maxValue !== undefined ? `at most ${definition.maxValue}` : '',
    ].filter(Boolean);
    parts.push(`A number${range.length ? `, ${range.join(' and ')}` : ''}.`);
  } else if (definition.minLength !== undefined || definition.maxLength !== undefined) {
    parts.push(`${definition.minLength ?? 0}–${definition.maxLength ?? 2048} characters.`);
  }
  return parts.join(' ');
}

const fieldId = (name: string) => `attribute-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

export function EditAttributesForm({ user, attributes, schema, onDone }: EditAttributesFormProps) {
  const editable = schema.filter(isEditable);
  const locked = schema.filter(
    (d) => !isEditable(d) && !systemAttributes.has(d.name) && attributes[d.name] !== undefined,
  );
  const form = useForm<EditAttributesFormValues>({
    resolver: zodResolver(editAttributesSchema(schema)),
    defaultValues: toEditAttributesDefaults(schema, attributes),
  });
  const { register, handleSubmit, formState, setError } = form;
  const update = useUpdateUserAttributes(user, {
    onSuccess: () => {
      toastStore.show('Attributes saved.', 'success');
      onDone();
    },
  });
  const submit = useGuardedSubmit(handleSubmit, (values) => {
    const changes = buildAttributeChanges(schema, attributes, values.attributes);
    if (changes.updates.length === 0 && changes.deletions.length === 0) {
      setError('root.server', { message: 'Nothing changed.' });
      return;
    }
    return update.mutateAsync(changes, {
      onError: (error) => {
        const message = getErrorMessage(error);
        const field = fieldForAwsMessage(
          message,
          Object.fromEntries(editable.map((d) => [d.name, d.name])),
        );
        // AWS names an attribute in its refusal: show it there, and always at the top too.
        if (field) setError(`attributes.${field}`, { message }, { shouldFocus: true });
        setError('root.server', { message });
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formState.errors.root?.server && <Alert>{formState.errors.root.server.message}</Alert>}
      <p className="text-sm text-slate-600">
        Only changed values are sent. Attributes marked Immutable or managed by Cognito are listed
        at the end and cannot be changed.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        {editable.map((definition) => {
          const name = definition.name;
          const error = formState.errors.attributes?.[name]?.message;
          return (
            <AttributeValueField
              key={name}
              id={fieldId(name)}
              label={<AttributeName name={name} definition={definition} />}
              hint={hintFor(definition)}
              error={error}
              definition={definition}
              registration={register(`attributes.${name}`)}
            />
          );
        })}
      </div>
      {locked.length > 0 && (
        <ul className="space-y-1 text-sm text-slate-700">
          {locked.map((definition) => (
            <li key={definition.name}>
              <AttributeName name={definition.name} definition={definition} />:{' '}
              {lockedReason(definition)}
            </li>
          ))}
        </ul>
      )}
      <FormActions submitLabel="Save attributes" pending={update.isPending} onCancel={onDone} />
    </form>
  );
}
