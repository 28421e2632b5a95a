import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/Button';
import { SelectField, TextField } from '@/components/form-fields';
import {
  FILTER_ATTRIBUTES,
  filterAttributeLabel,
  valuesFor,
  type UserFilter,
} from '@/lib/user-search/filter';

const schema = z.object({
  attribute: z.enum(FILTER_ATTRIBUTES),
  operator: z.enum(['equals', 'startsWith']),
  value: z.string().trim().min(1, 'Enter a value.'),
});

interface AdvancedFilterFormProps {
  filter?: UserFilter;
  onApply: (filter: UserFilter) => void;
}

/** One ListUsers filter spelled out: attribute, exact or starts with, value. */
export function AdvancedFilterForm({ filter, onApply }: AdvancedFilterFormProps) {
  const form = useForm<UserFilter>({
    resolver: zodResolver(schema),
    defaultValues: filter ?? { attribute: 'email', operator: 'equals', value: '' },
  });
  const attribute = useWatch({ control: form.control, name: 'attribute' });
  const allowed = valuesFor(attribute);
  const error = form.formState.errors.value?.message;

  return (
    <form
      aria-label="Advanced filter"
      noValidate
      onSubmit={(event) => void form.handleSubmit(onApply)(event)}
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_auto_1fr_auto] sm:items-start"
    >
      <SelectField
        id="filter-attribute"
        label="Attribute"
        {...form.register('attribute', {
          onChange: () => form.setValue('value', valuesFor(form.getValues('attribute'))?.[0] ?? ''),
        })}
      >
        {FILTER_ATTRIBUTES.map((name) => (
          <option key={name} value={name}>
            {filterAttributeLabel(name)} ({name})
          </option>
        ))}
      </SelectField>
      <SelectField id="filter-operator" label="Match" {...form.register('operator')}>
        <option value="equals">exactly</option>
        <option value="startsWith">starts with</option>
      </SelectField>
      {allowed ? (
        <SelectField id="filter-value" label="Value" error={error} {...form.register('value')}>
          {allowed.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </SelectField>
      ) : (
        <TextField
          id="filter-value"
          label="Value"
          error={error}
          spellCheck={false}
          {...form.register('value')}
        />
      )}
      <Button type="submit" className="sm:mt-6">
        Apply filter
      </Button>
    </form>
  );
}
