import type { UseFormReturn } from 'react-hook-form';
import { TextAreaField, TextField } from '@/components/form-fields';
import type { GroupFormValues } from '@/features/groups/forms/group-input';

/** The group's fields; the name only when creating (a group cannot be renamed). */
export function GroupFormFields({
  form,
  withName,
}: {
  form: UseFormReturn<GroupFormValues>;
  withName: boolean;
}) {
  const { register, formState } = form;
  const errors = formState.errors;
  return (
    <div className="space-y-4">
      {withName && (
        <TextField
          id="group-name"
          label="Group name"
          hint="Unique in the pool, up to 128 characters, no spaces. It cannot be changed later."
          error={errors.name?.message}
          {...register('name')}
        />
      )}
      <TextAreaField
        id="group-description"
        label="Description"
        hint="What the group is for, up to 2,048 characters."
        error={errors.description?.message}
        rows={2}
        {...register('description')}
      />
      <TextField
        id="group-precedence"
        label="Precedence"
        hint="0 is the highest. The lowest-precedence group's role becomes the user's preferred role. Empty: none."
        error={errors.precedence?.message}
        inputMode="numeric"
        {...register('precedence')}
      />
      <TextField
        id="group-role-arn"
        label="IAM role ARN"
        hint="Role that identity pools grant members, e.g. arn:aws:iam::123456789012:role/premium. Once set it can be replaced but not removed."
        error={errors.roleArn?.message}
        spellCheck={false}
        {...register('roleArn')}
      />
    </div>
  );
}
