import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/Button';
import { Field, inputClass } from '@/components/Field';
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
  const listError = formState.errors.scopes?.message ?? formState.errors.scopes?.root?.message;
  return (
    <div className="space-y-3">
      {scopes.fields.length === 0 && (
        <p className="text-sm text-slate-600">
          No scopes. App clients can request a scope as identifier/scope-name.
        </p>
      )}
      <ul className="space-y-3">
        {scopes.fields.map((field, index) => {
          const errors = formState.errors.scopes?.[index];
          return (
            <li
              key={field.id}
              className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto] sm:items-start"
            >
              <Field
                id={`scope-${field.id}-name`}
                label={`Scope ${index + 1} name`}
                error={errors?.name?.message}
              >
                {(c) => (
                  <input
                    {...c}
                    className={inputClass}
                    autoComplete="off"
                    spellCheck={false}
                    readOnly={readOnly}
                    {...register(`scopes.${index}.name`)}
                  />
                )}
              </Field>
              <Field
                id={`scope-${field.id}-description`}
                label={`Scope ${index + 1} description`}
                error={errors?.description?.message}
              >
                {(c) => (
                  <input
                    {...c}
                    className={inputClass}
                    autoComplete="off"
                    readOnly={readOnly}
                    {...register(`scopes.${index}.description`)}
                  />
                )}
              </Field>
              {!readOnly && (
                <Button
                  variant="ghost"
                  className="sm:mt-6"
                  onClick={() => scopes.remove(index)}
                  aria-label={`Remove scope ${index + 1}`}
                >
                  Remove
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {listError && (
        <p role="alert" className="text-sm text-red-700">
          {listError}
        </p>
      )}
      {!readOnly && (
        <Button
          variant="secondary"
          onClick={() => scopes.append({ name: '', description: '' })}
          disabled={scopes.fields.length >= MAX_SCOPES}
        >
          Add scope
        </Button>
      )}
    </div>
  );
}
