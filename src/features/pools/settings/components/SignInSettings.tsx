import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Choice, Fieldset, RadioGroup } from '@/components/Choice';
import { SelectField } from '@/components/form-fields';
import { toastStore } from '@/components/toast/toast-store';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { useUpdateUserPool } from '@/api/pools/update-user-pool';
import { diffUserPoolUpdate, toUpdateUserPoolInput } from '@/lib/user-pools/update-user-pool';
import { PasswordPolicyFields } from '../../components/PasswordPolicyFields';
import { numberOrUndefined } from '../forms/form-values';
import {
  deviceChoices,
  recoveryChoices,
  signInEdits,
  signInErrorFields,
  signInSchema,
  toSignInValues,
  type SignInValues,
} from '../forms/sign-in';
import { ReviewChangesDialog } from './ReviewChangesDialog';
import { SettingsForm } from './SettingsForm';
import { useReviewedSave } from './use-reviewed-save';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

export function SignInSettings({ pool, readOnly }: { pool: UserPool; readOnly: boolean }) {
  const form = useForm<SignInValues>({
    resolver: zodResolver(signInSchema(pool)),
    defaultValues: toSignInValues(pool),
  });
  const { register, formState, handleSubmit } = form;
  const errors = formState.errors;
  const update = useUpdateUserPool(pool.Id ?? '', {
    onSuccess: () => toastStore.show('Sign-in settings saved.', 'success'),
  });
  const { propose, dialog } = useReviewedSave(form, update, signInErrorFields);
  const submit = useGuardedSubmit(handleSubmit, (values) => {
    const request = toUpdateUserPoolInput(pool, signInEdits(pool, values));
    propose(request, diffUserPoolUpdate(toUpdateUserPoolInput(pool, {}), request));
  });
  const currentRecovery = toSignInValues(pool).recovery;
  const number = { setValueAs: numberOrUndefined };

  return (
    <SettingsForm
      id="sign-in"
      title="Sign-in"
      description="Password policy, account recovery, remembered devices and attribute changes."
      readOnly={readOnly}
      pending={update.isPending}
      serverError={errors.root?.server?.message}
      onSubmit={submit}
      dialog={<ReviewChangesDialog title="Save sign-in settings?" {...dialog} />}
    >
      <PasswordPolicyFields
        idPrefix="sign-in"
        fields={{
          minLength: register('minLength', number),
          passwordHistorySize: register('passwordHistorySize', number),
          temporaryPasswordValidityDays: register('temporaryPasswordValidityDays', number),
          requireUppercase: register('requireUppercase'),
          requireLowercase: register('requireLowercase'),
          requireNumbers: register('requireNumbers'),
          requireSymbols: register('requireSymbols'),
        }}
        errors={{
          minLength: errors.minLength?.message,
          passwordHistorySize: errors.passwordHistorySize?.message,
          temporaryPasswordValidityDays: errors.temporaryPasswordValidityDays?.message,
        }}
      />
      <SelectField
        id="sign-in-recovery"
        label="Account recovery"
        error={errors.recovery?.message}
        {...register('recovery')}
      >
        {currentRecovery === 'unset' && <option value="unset">Not set (AWS default)</option>}
        {currentRecovery === 'custom' && <option value="custom">As configured (kept)</option>}
        {recoveryChoices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </SelectField>
      <RadioGroup
        legend="Remembered devices"
        error={errors.device?.message}
        options={deviceChoices}
        registration={register('device')}
      >
        <Choice
          label="Challenge sign-ins from a new device"
          hint="Applies when devices are remembered."
          {...register('challengeOnNewDevice')}
        />
      </RadioGroup>
      <Fieldset
        legend="Keep the original value until the new one is verified"
        hint="Only for attributes Sign-up verifies automatically."
        error={errors.keepOriginalUntilVerified?.message}
      >
        <Choice label="Email address" value="email" {...register('keepOriginalUntilVerified')} />
        <Choice
          label="Phone number"
          value="phone_number"
          {...register('keepOriginalUntilVerified')}
        />
      </Fieldset>
    </SettingsForm>
  );
}
