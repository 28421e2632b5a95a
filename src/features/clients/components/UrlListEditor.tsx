import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/Button';
import { Fieldset } from '@/components/Choice';
import { inputClass } from '@/components/Field';
import type { ClientFormValues } from '@/features/clients/forms/client-form';

/** An editable list of redirect URLs; each row shows its own problem. */
export function UrlListEditor({
  form,
  name,
  legend,
  hint,
  itemLabel,
}: {
  form: UseFormReturn<ClientFormValues>;
  name: 'callbackUrls' | 'logoutUrls';
  legend: string;
  hint: string;
  itemLabel: string;
}) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  const errors = form.formState.errors[name];
  const listError = errors?.message ?? errors?.root?.message;
  return (
    <Fieldset legend={legend} hint={hint} error={listError}>
      {fields.length === 0 && <p className="text-sm text-slate-600 italic">None.</p>}
      <ul className="space-y-2">
        {fields.map((field, index) => {
          const id = `${name}-${index}`;
          const error = errors?.[index]?.value?.message;
          return (
            <li key={field.id} className="space-y-1">
              <div className="flex gap-2">
                <label htmlFor={id} className="sr-only">
                  {`${itemLabel} ${index + 1}`}
                </label>
                <input
                  id={id}
                  type="url"
                  className={inputClass}
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={Boolean(error)}
                  aria-describedby={error ? `${id}-error` : undefined}
                  {...form.register(`${name}.${index}.value`)}
                />
                <Button
                  variant="secondary"
                  onClick={() => remove(index)}
                  aria-label={`Remove ${itemLabel.toLowerCase()} ${index + 1}`}
                >
                  Remove
                </Button>
              </div>
              {error && (
                <p id={`${id}-error`} className="text-sm text-red-700">
                  {error}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <Button variant="secondary" onClick={() => append({ value: '' }, { shouldFocus: true })}>
        {`Add ${itemLabel.toLowerCase()}`}
      </Button>
    </Fieldset>
  );
}
