import type { UseFormRegisterReturn } from 'react-hook-form';
import type { FieldFrameProps } from '@/components/Field';
import { SelectField, TextField } from '@/components/form-fields';
import type { AttributeDefinition } from '@/lib/user-attributes/schema';

interface AttributeValueFieldProps extends FieldFrameProps {
  definition: AttributeDefinition;
  registration: UseFormRegisterReturn;
}

/** A user attribute's value: true/false/not set for a Boolean, a text box otherwise. */
export function AttributeValueField({
  definition,
  registration,
  ...frame
}: AttributeValueFieldProps) {
  return definition.dataType === 'Boolean' ? (
    <SelectField {...frame} {...registration}>
      <option value="">Not set</option>
      <option value="true">true</option>
      <option value="false">false</option>
    </SelectField>
  ) : (
    <TextField
      {...frame}
      inputMode={definition.dataType === 'Number' ? 'decimal' : undefined}
      {...registration}
    />
  );
}
