import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { Choice, Fieldset, RadioGroup } from '@/components/Choice';
import { TextField } from '@/components/form-fields';
import { ListEditor } from '@/components/ListEditor';
import { toastStore } from '@/components/toast/toast-store';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { useUpdateUserPool } from '@/api/pools/update-user-pool';
import { diffUserPoolUpdate, toUpdateUserPoolInput } from '@/lib/user-pools/update-user-pool';
import {
  protectionEdits,
  protectionErrorFields,
  protectionSchema,
  securityModes,
  toProtectionValues,
  type ProtectionValues,
} from '../forms/protection';
import { ReviewChangesDialog } from './ReviewChangesDialog';
import { SettingsForm } from './SettingsForm';
import { useReviewedSave } from './use-reviewed-save';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

export function ProtectionSettings({ pool, readOnly }: { pool: UserPool; readOnly: boolean }) {
  const form = useForm<ProtectionValues>({
    resolver: zodResolver(protectionSchema),
    defaultValues: toProtectionValues(pool),
  });
  const { register, formState, handleSubmit, control } = form;
  const errors = formState.errors;
  const tags = useFieldArray({ control, name: 'tags' });
  const update = useUpdateUserPool(pool.Id ?? '', {
    onSuccess: () => toastStore.show('Protection and tags saved.', 'success'),
  });
  const { propose, dialog } = useReviewedSave(form, update, protectionErrorFields);
  const submit = useGuardedSubmit(handleSubmit, (values) => {
    const request = toUpdateUserPoolInput(pool, protectionEdits(pool, values));
    propose(request, diffUserPoolUpdate(toUpdateUserPoolInput(pool, {}), request));
  });

  return (
    <SettingsForm
      id="protection"
      title="Protection and tags"
      readOnly={readOnly}
      pending={update.isPending}
      serverError={errors.root?.server?.message}
      onSubmit={submit}
      dialog={<ReviewChangesDialog title="Save protection and tags?" {...dialog} />}
    >
      <Choice
        label="Deletion protection"
        hint="While it is on, AWS refuses to delete the pool."
        {...register('deletionProtection')}
      />
      <RadioGroup
        legend="Threat protection (advanced security)"
        hint="Audit and enforced modes need the Plus feature plan."
        error={errors.advancedSecurityMode?.message}
        options={securityModes}
        registration={register('advancedSecurityMode')}
      />
      <Fieldset legend="Tags" error={errors.tags?.message ?? errors.tags?.root?.message}>
        <ListEditor
          rows={tags.fields}
          columns="grid-cols-[1fr_1fr_auto]"
          addLabel="Add tag"
          onAdd={() => tags.append({ key: '', value: '' })}
          removeLabel={(index) => `Remove tag ${index + 1}`}
          onRemove={(index) => tags.remove(index)}
          renderRow={(index) => (
            <>
              <TextField
                id={`tag-${index}-key`}
                label={`Tag ${index + 1} key`}
                error={errors.tags?.[index]?.key?.message}
                {...register(`tags.${index}.key`)}
              />
              <TextField
                id={`tag-${index}-value`}
                label={`Tag ${index + 1} value`}
                error={errors.tags?.[index]?.value?.message}
                {...register(`tags.${index}.value`)}
              />
            </>
          )}
        />
      </Fieldset>
    </SettingsForm>
  );
}
