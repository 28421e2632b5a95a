import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { SelectField, TextField } from '@/components/form-fields';
import { toastStore } from '@/components/toast/toast-store';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { useUpdateUserPool } from '@/api/pools/update-user-pool';
import { diffUserPoolUpdate, toUpdateUserPoolInput } from '@/lib/user-pools/update-user-pool';
import {
  preTokenVersions,
  simpleTriggers,
  toTriggersValues,
  triggersEdits,
  triggersErrorFields,
  triggersSchema,
  versionedTriggers,
  type TriggersValues,
} from '../forms/triggers';
import { ReviewChangesDialog } from './ReviewChangesDialog';
import { SettingsForm } from './SettingsForm';
import { useReviewedSave } from './use-reviewed-save';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

export function TriggersSettings({ pool, readOnly }: { pool: UserPool; readOnly: boolean }) {
  const form = useForm<TriggersValues>({
    resolver: zodResolver(triggersSchema),
    defaultValues: toTriggersValues(pool),
  });
  const { register, formState, handleSubmit } = form;
  const errors = formState.errors;
  const update = useUpdateUserPool(pool.Id ?? '', {
    onSuccess: () => toastStore.show('Triggers saved.', 'success'),
  });
  const { propose, dialog } = useReviewedSave(form, update, triggersErrorFields);
  const submit = useGuardedSubmit(handleSubmit, (values) => {
    const request = toUpdateUserPoolInput(pool, triggersEdits(pool, values));
    propose(request, diffUserPoolUpdate(toUpdateUserPoolInput(pool, {}), request));
  });

  return (
    <SettingsForm
      id="triggers"
      title="Triggers"
      description="Lambda functions Cognito calls; enter a function ARN, or leave empty for none."
      readOnly={readOnly}
      pending={update.isPending}
      serverError={errors.root?.server?.message}
      onSubmit={submit}
      dialog={<ReviewChangesDialog title="Save triggers?" {...dialog} />}
    >
      <div className="grid gap-4 lg:grid-cols-2">
        {[...simpleTriggers, ...versionedTriggers].map((trigger) => (
          <TextField
            key={trigger.key}
            id={`trigger-${trigger.key}`}
            label={trigger.label}
            hint={trigger.purpose}
            error={errors[trigger.key]?.message}
            {...register(trigger.key)}
          />
        ))}
        <TextField
          id="trigger-PreTokenGeneration"
          label="Pre token generation"
          hint="Adds, changes or removes claims before tokens are issued."
          error={errors.PreTokenGeneration?.message}
          {...register('PreTokenGeneration')}
        />
        <SelectField
          id="trigger-pre-token-version"
          label="Pre token generation event version"
          {...register('preTokenVersion')}
        >
          {preTokenVersions.map((v) => (
            <option key={v.value} value={v.value}>
              {v.label}
            </option>
          ))}
        </SelectField>
        <TextField
          id="trigger-KMSKeyID"
          label="KMS key for custom senders"
          hint="The key Cognito encrypts codes and passwords with before calling a custom sender."
          error={errors.KMSKeyID?.message}
          {...register('KMSKeyID')}
        />
      </div>
    </SettingsForm>
  );
}
