import { Section } from '@/components/Section';
import { CheckboxList } from './CheckboxList';
import { withCurrent, type ClientSectionProps } from './form-types';

export function AttributesSection({ form, options }: ClientSectionProps) {
  const { control, formState, getValues } = form;
  const read = withCurrent(
    options.attributes.map((a) => a.name),
    getValues('readAttributes'),
  );
  const write = withCurrent(
    options.attributes.filter((a) => a.mutable).map((a) => a.name),
    getValues('writeAttributes'),
  );
  return (
    <Section title="Attribute permissions">
      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <CheckboxList
          control={control}
          name="readAttributes"
          legend="Read attributes"
          hint="Attributes this app may read. None checked: every attribute (AWS's default)."
          options={read.map((name) => ({ value: name, label: name }))}
          error={formState.errors.readAttributes?.message}
        />
        <CheckboxList
          control={control}
          name="writeAttributes"
          legend="Write attributes"
          hint="Attributes this app may change (mutable ones only). None checked: every mutable attribute."
          options={write.map((name) => ({ value: name, label: name }))}
          error={formState.errors.writeAttributes?.message}
        />
      </div>
    </Section>
  );
}
