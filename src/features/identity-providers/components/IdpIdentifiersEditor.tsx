import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/Button';
import { Field, inputClass } from '@/components/Field';
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
  const listError =
    formState.errors.idpIdentifiers?.message ?? formState.errors.idpIdentifiers?.root?.message;
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">
        Email domains or names that route users to this provider (at most {MAX_IDP_IDENTIFIERS},
        each up to 40 characters).
      </p>
      <ul className="space-y-3">
        {rows.fields.map((field, index) => (
          <li key={field.id} className="flex items-start gap-2">
            <div className="flex-1">
              <Field
                id={`idp-id-${field.id}`}
                label={`Identifier ${index + 1}`}
                error={formState.errors.idpIdentifiers?.[index]?.value?.message}
              >
                {(c) => (
                  <input
                    {...c}
                    className={inputClass}
                    autoComplete="off"
                    spellCheck={false}
                    readOnly={readOnly}
                    {...register(`idpIdentifiers.${index}.value`)}
                  />
                )}
              </Field>
            </div>
            {!readOnly && (
              <Button
                variant="ghost"
                className="mt-6"
                aria-label={`Remove identifier ${index + 1}`}
                onClick={() => rows.remove(index)}
              >
                Remove
              </Button>
            )}
          </li>
        ))}
      </ul>
      {listError && (
        <p role="alert" className="text-sm text-red-700">
          {listError}
        </p>
      )}
      {!readOnly && (
        <Button
          variant="secondary"
          onClick={() => rows.append({ value: '' })}
          disabled={rows.fields.length >= MAX_IDP_IDENTIFIERS}
        >
          Add identifier
        </Button>
      )}
    </div>
  );
}
