import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/Button';
import { inputClass } from '@/components/Field';
import {
  CONDITION_OPERATORS,
  conditionOperatorLabel,
  type Condition,
} from '@/lib/user-search/conditions';

const conditionSchema = z
  .object({
    attribute: z.string().trim().min(1, 'Choose an attribute.'),
    operator: z.enum(['contains', 'equals', 'startsWith', 'isEmpty']),
    // A disabled input (operator "is empty") may come back without a value.
    value: z.string().optional(),
  })
  .refine((c) => c.operator === 'isEmpty' || (c.value ?? '').trim() !== '', {
    message: 'Enter a value.',
    path: ['value'],
  });

const schema = z.object({ conditions: z.array(conditionSchema).min(1) });
type FormValues = z.infer<typeof schema>;

const blank: Condition = { attribute: '', operator: 'contains', value: '' };

interface ConditionsBuilderProps {
  initial: readonly Condition[];
  attributeNames: readonly string[];
  running: boolean;
  onStart: (conditions: Condition[]) => void;
  onStop: () => void;
}

/** Conditions, all of which must hold; Start scans the pool, Stop ends the scan. */
export function ConditionsBuilder({
  initial,
  attributeNames,
  running,
  onStart,
  onStop,
}: ConditionsBuilderProps) {
  const form = useForm<FormValues>({
    resolver: zodResolver(schema),
    defaultValues: { conditions: initial.length > 0 ? [...initial] : [blank] },
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'conditions' });
  const conditions = useWatch({ control: form.control, name: 'conditions' });
  const errors = form.formState.errors.conditions;

  return (
    <form
      aria-label="Deep search conditions"
      noValidate
      onSubmit={(event) =>
        void form.handleSubmit(({ conditions }) =>
          onStart(
            conditions.map((c) => ({ ...c, attribute: c.attribute.trim(), value: c.value ?? '' })),
          ),
        )(event)
      }
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <datalist id="deep-search-attributes">
        {attributeNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">
          Users matching all of these conditions (case is ignored)
        </legend>
        {fields.map((field, index) => {
          const n = index + 1;
          const rowErrors = errors?.[index];
          const isEmpty = conditions[index]?.operator === 'isEmpty';
          const message = rowErrors?.attribute?.message ?? rowErrors?.value?.message;
          return (
            <div key={field.id} className="space-y-1">
              <div className="grid gap-2 sm:grid-cols-[1fr_10rem_1fr_auto]">
                <div>
                  <label htmlFor={`cond-${index}-attribute`} className="text-xs text-slate-700">
                    Attribute {n}
                  </label>
                  <input
                    id={`cond-${index}-attribute`}
                    list="deep-search-attributes"
                    placeholder="custom:tier"
                    autoComplete="off"
                    spellCheck={false}
                    aria-invalid={Boolean(rowErrors?.attribute)}
                    aria-describedby={message ? `cond-${index}-error` : undefined}
                    className={inputClass}
                    {...form.register(`conditions.${index}.attribute`)}
                  />
                </div>
                <div>
                  <label htmlFor={`cond-${index}-operator`} className="text-xs text-slate-700">
                    Operator {n}
                  </label>
                  <select
                    id={`cond-${index}-operator`}
                    className={inputClass}
                    {...form.register(`conditions.${index}.operator`)}
                  >
                    {CONDITION_OPERATORS.map((op) => (
                      <option key={op} value={op}>
                        {conditionOperatorLabel(op)}
                      </option>
                    ))}
                  </select>
                </div>
                <div>
                  <label htmlFor={`cond-${index}-value`} className="text-xs text-slate-700">
                    Value {n}
                  </label>
                  <input
                    id={`cond-${index}-value`}
                    autoComplete="off"
                    spellCheck={false}
                    disabled={isEmpty}
                    aria-invalid={Boolean(rowErrors?.value)}
                    aria-describedby={message ? `cond-${index}-error` : undefined}
                    className={inputClass}
                    {...form.register(`conditions.${index}.value`)}
                  />
                </div>
                <Button
                  variant="ghost"
                  className="self-end"
                  disabled={fields.length === 1}
                  onClick={() => remove(index)}
                  aria-label={`Remove condition ${n}`}
                >
                  Remove
                </Button>
              </div>
              {message && (
                <p id={`cond-${index}-error`} className="text-sm text-red-700">
                  {message}
                </p>
              )}
            </div>
          );
        })}
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => append({ ...blank })}>
          Add condition
        </Button>
        <Button type="submit">{running ? 'Restart' : 'Start deep search'}</Button>
        {running && (
          <Button variant="danger" onClick={onStop}>
            Stop
          </Button>
        )}
      </div>
    </form>
  );
}
