import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Fieldset } from '@/components/Choice';
import { TextField } from '@/components/form-fields';
import { ListEditor } from '@/components/ListEditor';
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
  return (
    <Fieldset legend={legend} hint={hint} error={errors?.message ?? errors?.root?.message}>
      <ListEditor
        rows={fields}
        empty={<span className="italic">None.</span>}
        labelsShown={false}
        addLabel={`Add ${itemLabel.toLowerCase()}`}
        onAdd={() => append({ value: '' }, { shouldFocus: true })}
        removeLabel={(index) => `Remove ${itemLabel.toLowerCase()} ${index + 1}`}
        onRemove={remove}
        renderRow={(index) => (
          <TextField
            id={`${name}-${index}`}
            label={`${itemLabel} ${index + 1}`}
            labelHidden
            type="url"
            spellCheck={false}
            error={errors?.[index]?.value?.message}
            {...form.register(`${name}.${index}.value`)}
          />
        )}
      />
    </Fieldset>
  );
}
