import { zodResolver } from '@hookform/resolvers/zod';
import { useRef } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/Button';
import { Fieldset } from '@/components/Choice';
import { SelectField, TextField } from '@/components/form-fields';
import { ListEditor } from '@/components/ListEditor';
import {
  CONDITION_OPERATORS,
  conditionOperatorLabel,
  type Condition,
} from '@/lib/user-search/conditions';
import { describeUnknownAttribute, unknownAttributes } from '@/lib/user-search/unknown-attributes';

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
  /** Every name a condition may use, once the pool's schema is known (a misspelt one is warned of). */
  knownAttributes?: readonly string[];
  running: boolean;
  onStart: (conditions: Condition[]) => void;
  onStop: () => void;
}

/** Conditions, all of which must hold; Start scans the pool, Stop ends the scan. */
export function ConditionsBuilder({
  initial,
  attributeNames,
  knownAttributes,
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
  // Names already warned of: starting again with them searches anyway.
  const warned = useRef(new Set<string>());

  const start = ({ conditions }: FormValues) => {
    const next = conditions.map((c) => ({
      ...c,
      attribute: c.attribute.trim(),
      value: c.value ?? '',
    }));
    const unknown = unknownAttributes(
      next.map((c) => c.attribute).filter((a) => !warned.current.has(a)),
      knownAttributes ?? next.map((c) => c.attribute),
    );
    if (unknown.length > 0) {
      for (const problem of unknown) {
        warned.current.add(problem.attribute);
        next.forEach((c, index) => {
          if (c.attribute !== problem.attribute) return;
          form.setError(
            `conditions.${index}.attribute`,
            { message: describeUnknownAttribute(problem) },
            { shouldFocus: true },
          );
        });
      }
      return;
    }
    onStart(next);
  };

  return (
    <form
      aria-label="Deep search conditions"
      noValidate
      onSubmit={(event) => void form.handleSubmit(start)(event)}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <datalist id="deep-search-attributes">
        {attributeNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <Fieldset legend="Users matching all of these conditions (case is ignored)">
        <ListEditor
          rows={fields}
          columns="sm:grid-cols-[1fr_10rem_1fr_auto]"
          addLabel="Add condition"
          onAdd={() => append({ ...blank })}
          removeLabel={(index) => `Remove condition ${index + 1}`}
          onRemove={remove}
          keepsRow={() => fields.length === 1}
          renderRow={(index) => {
            const n = index + 1;
            const rowErrors = errors?.[index];
            return (
              <>
                <TextField
                  id={`cond-${index}-attribute`}
                  label={`Attribute ${n}`}
                  error={rowErrors?.attribute?.message}
                  list="deep-search-attributes"
                  placeholder="custom:tier"
                  spellCheck={false}
                  {...form.register(`conditions.${index}.attribute`)}
                />
                <SelectField
                  id={`cond-${index}-operator`}
                  label={`Operator ${n}`}
                  {...form.register(`conditions.${index}.operator`)}
                >
                  {CONDITION_OPERATORS.map((op) => (
                    <option key={op} value={op}>
                      {conditionOperatorLabel(op)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  id={`cond-${index}-value`}
                  label={`Value ${n}`}
                  error={rowErrors?.value?.message}
                  spellCheck={false}
                  disabled={conditions[index]?.operator === 'isEmpty'}
                  {...form.register(`conditions.${index}.value`)}
                />
              </>
            );
          }}
        />
      </Fieldset>
      <div className="flex flex-wrap gap-2">
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
