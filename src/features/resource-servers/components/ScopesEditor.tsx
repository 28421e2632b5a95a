import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { TextField } from '@/components/form-fields';
import { ListEditor } from '@/components/ListEditor';
import { MAX_SCOPES } from '@/features/resource-servers/forms/resource-server-rules';
import type { ResourceServerFormValues } from '../forms/resource-server-schema';

interface ScopesEditorProps {
  form: UseFormReturn<ResourceServerFormValues>;
  readOnly?: boolean;
}

/** Name + description rows; the list is sent whole, so removing a row removes that scope. */
export function ScopesEditor({ form, readOnly }: ScopesEditorProps) {
  const { control, register, formState } = form;
  const scopes = useFieldArray({ control, name: 'scopes' });
  const errors = formState.errors.scopes;
  return (
    <ListEditor
      rows={scopes.fields}
      columns="sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto]"
      empty="No scopes. App clients can request a scope as identifier/scope-name."
      error={errors?.message ?? errors?.root?.message}
      full={scopes.fields.length >= MAX_SCOPES}
      readOnly={readOnly}
      addLabel="Add scope"
      onAdd={() => scopes.append({ name: '', description: '' })}
      removeLabel={(index) => `Remove scope ${index + 1}`}
      onRemove={(index) => scopes.remove(index)}
      renderRow={(index, rowId) => (
        <>
          <TextField
            id={`scope-${rowId}-name`}
            label={`Scope ${index + 1} name`}
            error={errors?.[index]?.name?.message}
            spellCheck={false}
            readOnly={readOnly}
            {...register(`scopes.${index}.name`)}
          />
          <TextField
            id={`scope-${rowId}-description`}
            label={`Scope ${index + 1} description`}
            error={errors?.[index]?.description?.message}
            readOnly={readOnly}
            {...register(`scopes.${index}.description`)}
          />
        </>
      )}
    />
  );
}
