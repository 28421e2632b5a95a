import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { Choice, Fieldset, RadioGroup } from '@/components/Choice';
import { TextField } from '@/components/form-fields';
import { toastStore } from '@/components/toast/toast-store';
import type { UserPool } from '@/api/pools/describe-user-pool';
import type { UserPoolMfaConfig } from '@/api/pools/get-user-pool-mfa-config';
import { useSetUserPoolMfaConfig } from '@/api/pools/set-user-pool-mfa-config';
import { diffUserPoolUpdate } from '@/lib/user-pools/update-user-pool';
import {
  mfaErrorFields,
  mfaModes,
  mfaSchema,
  toMfaValues,
  toSetMfaConfigInput,
  type MfaValues,
} from '../forms/mfa';
import { MessagePreview } from './MessagePreview';
import { ReviewChangesDialog } from './ReviewChangesDialog';
import { SettingsForm } from './SettingsForm';
import { useReviewedSave } from './use-reviewed-save';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

interface MfaSettingsProps {
  pool: UserPool;
  config: UserPoolMfaConfig;
  readOnly: boolean;
}

export function MfaSettings({ pool, config, readOnly }: MfaSettingsProps) {
  const defaults = toMfaValues(pool, config);
  const form = useForm<MfaValues>({
    resolver: zodResolver(mfaSchema(pool, config)),
    defaultValues: defaults,
  });
  const { register, formState, handleSubmit, control } = form;
  const smsMessage = useWatch({ control, name: 'smsMessage' });
  const errors = formState.errors;
  const save = useSetUserPoolMfaConfig(pool.Id ?? '', {
    onSuccess: () => toastStore.show('MFA settings saved.', 'success'),
  });
  const { propose, dialog } = useReviewedSave(form, save, mfaErrorFields);
  const submit = useGuardedSubmit(handleSubmit, (values) => {
    const input = toSetMfaConfigInput(pool, config, values);
    propose(input, diffUserPoolUpdate(toSetMfaConfigInput(pool, config, defaults), input));
  });

  return (
    <SettingsForm
      id="mfa"
      title="Multi-factor authentication"
      description="Saved with SetUserPoolMfaConfig, which replaces the whole MFA configuration; factors not shown here are sent back as they are."
      readOnly={readOnly}
      pending={save.isPending}
      serverError={errors.root?.server?.message}
      onSubmit={submit}
      saveLabel="Save MFA settings"
      dialog={<ReviewChangesDialog title="Save MFA settings?" {...dialog} />}
    >
      <RadioGroup
        legend="MFA"
        error={errors.mode?.message}
        options={mfaModes}
        registration={register('mode')}
      />
      <Fieldset legend="Factors" error={errors.sms?.message}>
        <Choice label="SMS text message" {...register('sms')} />
        <Choice label="Authenticator app (TOTP)" {...register('totp')} />
      </Fieldset>
      <TextField
        id="mfa-sms-message"
        label="MFA SMS message"
        hint="6–140 characters with {####} where the code goes; empty for AWS's default."
        error={errors.smsMessage?.message}
        {...register('smsMessage')}
      />
      <MessagePreview label="MFA SMS" template={smsMessage} />
    </SettingsForm>
  );
}
