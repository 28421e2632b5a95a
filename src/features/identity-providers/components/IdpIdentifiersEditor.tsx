import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { TextField } from '@/components/form-fields';
import { ListEditor } from '@/components/ListEditor';
import { MAX_IDP_IDENTIFIERS } from '@/features/identity-providers/forms/provider-types';
import type { ProviderFormValues } from '../forms/provider-schema';

export function IdpIdentifiersEditor({
  form,
  readOnly,
}: {
  form: UseFormReturn<ProviderFormValues>;
  readOnly?: boolean;
}) {
  const { control, register, formState } = form;
  const rows = useFieldArray({ control, name: 'idpIdentifiers' });
  const errors = formState.errors.idpIdentifiers;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        Email domains or names that route users to this provider (at most {MAX_IDP_IDENTIFIERS},
        each up to 40 characters).
      </p>
      <ListEditor
        rows={rows.fields}
        error={errors?.message ?? errors?.root?.message}
        full={rows.fields.length >= MAX_IDP_IDENTIFIERS}
        readOnly={readOnly}
        addLabel="Add identifier"
        onAdd={() => rows.append({ value: '' })}
        removeLabel={(index) => `Remove identifier ${index + 1}`}
        onRemove={(index) => rows.remove(index)}
        renderRow={(index, rowId) => (
          <TextField
            id={`idp-id-${rowId}`}
            label={`Identifier ${index + 1}`}
            error={errors?.[index]?.value?.message}
            spellCheck={false}
            readOnly={readOnly}
            {...register(`idpIdentifiers.${index}.value`)}
          />
        )}
      />
    </div>
  );
}
