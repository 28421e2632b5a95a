import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { SelectField, TextField } from '@/components/form-fields';
import { ListEditor } from '@/components/ListEditor';
import type { ProviderFormValues } from '../forms/provider-schema';

interface AttributeMappingEditorProps {
  form: UseFormReturn<ProviderFormValues>;
  /** Mutable pool attributes (the only ones AWS lets a provider write). */
  attributes: string[];
  readOnly?: boolean;
}

export function AttributeMappingEditor({
  form,
  attributes,
  readOnly,
}: AttributeMappingEditorProps) {
  const { control, register, formState, getValues } = form;
  const rows = useFieldArray({ control, name: 'attributeMapping' });
  const errors = formState.errors.attributeMapping;
  return (
    <ListEditor
      rows={rows.fields}
      columns="sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]"
      empty="No attributes mapped."
      readOnly={readOnly}
      addLabel="Add mapping"
      onAdd={() => rows.append({ attribute: '', claim: '' })}
      removeLabel={(index) => `Remove mapping ${index + 1}`}
      onRemove={(index) => rows.remove(index)}
      renderRow={(index, rowId) => {
        // Keep a mapping AWS added itself (e.g. username) selectable, so saving does not drop it.
        const current = getValues(`attributeMapping.${index}.attribute`);
        const options =
          current && !attributes.includes(current) ? [current, ...attributes] : attributes;
        return (
          <>
            <SelectField
              id={`map-${rowId}-attribute`}
              label={`Pool attribute ${index + 1}`}
              error={errors?.[index]?.attribute?.message}
              disabled={readOnly}
              {...register(`attributeMapping.${index}.attribute`)}
            >
              <option value="">Choose…</option>
              {options.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </SelectField>
            <TextField
              id={`map-${rowId}-claim`}
              label={`Identity provider claim ${index + 1}`}
              error={errors?.[index]?.claim?.message}
              spellCheck={false}
              readOnly={readOnly}
              {...register(`attributeMapping.${index}.claim`)}
            />
          </>
        );
      }}
    />
  );
}
