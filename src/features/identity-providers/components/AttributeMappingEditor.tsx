import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/Button';
import { Field, inputClass } from '@/components/Field';
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
  return (
    <div className="space-y-3">
      {rows.fields.length === 0 && <p className="text-sm text-slate-600">No attributes mapped.</p>}
      <ul className="space-y-3">
        {rows.fields.map((field, index) => {
          const errors = formState.errors.attributeMapping?.[index];
          // Keep a mapping AWS added itself (e.g. username) selectable, so saving does not drop it.
          const current = getValues(`attributeMapping.${index}.attribute`);
          const options =
            current && !attributes.includes(current) ? [current, ...attributes] : attributes;
          return (
            <li
              key={field.id}
              className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-start"
            >
              <Field
                id={`map-${field.id}-attribute`}
                label={`Pool attribute ${index + 1}`}
                error={errors?.attribute?.message}
              >
                {(c) => (
                  <select
                    {...c}
                    className={inputClass}
                    disabled={readOnly}
                    {...register(`attributeMapping.${index}.attribute`)}
                  >
                    <option value="">Choose…</option>
                    {options.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field
                id={`map-${field.id}-claim`}
                label={`Identity provider claim ${index + 1}`}
                error={errors?.claim?.message}
              >
                {(c) => (
                  <input
                    {...c}
                    className={inputClass}
                    autoComplete="off"
                    spellCheck={false}
                    readOnly={readOnly}
                    {...register(`attributeMapping.${index}.claim`)}
                  />
                )}
              </Field>
              {!readOnly && (
                <Button
                  variant="ghost"
                  className="sm:mt-6"
                  aria-label={`Remove mapping ${index + 1}`}
                  onClick={() => rows.remove(index)}
                >
                  Remove
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {!readOnly && (
        <Button variant="secondary" onClick={() => rows.append({ attribute: '', claim: '' })}>
          Add mapping
        </Button>
      )}
    </div>
  );
}
