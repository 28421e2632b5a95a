import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { Button } from '@/components/Button';
import { Choice, Fieldset } from '@/components/Choice';
import { Field, inputClass } from '@/components/Field';
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
      <Fieldset
        legend="Threat protection (advanced security)"
        hint="Audit and enforced modes need the Plus feature plan."
        error={errors.advancedSecurityMode?.message}
      >
        {securityModes.map((mode) => (
          <Choice
            key={mode.value}
            type="radio"
            value={mode.value}
            label={mode.label}
            {...register('advancedSecurityMode')}
          />
        ))}
      </Fieldset>
      <Fieldset legend="Tags" error={errors.tags?.message ?? errors.tags?.root?.message}>
        {tags.fields.map((tag, index) => (
          <div key={tag.id} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
            <Field
              id={`tag-${index}-key`}
              label={`Tag ${index + 1} key`}
              error={errors.tags?.[index]?.key?.message}
            >
              {(c) => (
                <input
                  {...c}
                  className={inputClass}
                  autoComplete="off"
                  {...register(`tags.${index}.key`)}
                />
              )}
            </Field>
            <Field
              id={`tag-${index}-value`}
              label={`Tag ${index + 1} value`}
              error={errors.tags?.[index]?.value?.message}
            >
              {(c) => (
                <input
                  {...c}
                  className={inputClass}
                  autoComplete="off"
                  {...register(`tags.${index}.value`)}
                />
              )}
            </Field>
            <Button variant="ghost" className="mt-6" onClick={() => tags.remove(index)}>
              Remove tag {index + 1}
            </Button>
          </div>
        ))}
        <Button variant="secondary" onClick={() => tags.append({ key: '', value: '' })}>
          Add tag
        </Button>
      </Fieldset>
    </SettingsForm>
  );
}
