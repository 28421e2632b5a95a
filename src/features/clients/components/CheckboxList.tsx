import { Controller, type Control, type FieldPathByValue } from 'react-hook-form';
import { Choice, Fieldset } from '@/components/Choice';
import type { ClientFormValues } from '@/features/clients/forms/client-form';

export interface CheckboxOption {
  value: string;
  label: string;
  hint?: string;
}

/** A set of checkboxes bound to a string[] (unlike register, never collapses to a boolean). */
export function CheckboxList({
  control,
  name,
  legend,
  hint,
  options,
  error,
  columns = 1,
}: {
  control: Control<ClientFormValues>;
  name: FieldPathByValue<ClientFormValues, string[]>;
  legend: string;
  hint?: string;
  options: CheckboxOption[];
  error?: string;
  columns?: 1 | 2 | 3;
}) {
  const grid = { 1: '', 2: 'sm:grid-cols-2', 3: 'sm:grid-cols-3' }[columns];
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const selected = field.value as string[];
        return (
          <Fieldset legend={legend} hint={hint} error={error}>
            <div className={`grid grid-cols-1 gap-2 ${grid}`}>
              {options.map((option) => (
                <Choice
                  key={option.value}
                  label={option.label}
                  hint={option.hint}
                  checked={selected.includes(option.value)}
                  onBlur={field.onBlur}
                  onChange={(event) =>
                    field.onChange(
                      event.target.checked
                        ? [...selected, option.value]
                        : selected.filter((v) => v !== option.value),
                    )
                  }
                />
              ))}
            </div>
          </Fieldset>
        );
      }}
    />
  );
}
