import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Choice, Fieldset } from '@/components/Choice';
import { Field, inputClass } from '@/components/Field';
import { toastStore } from '@/components/toast/toast-store';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { useUpdateUserPool } from '@/api/pools/update-user-pool';
import { diffUserPoolUpdate, toUpdateUserPoolInput } from '@/lib/user-pools/update-user-pool';
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
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          id="sign-in-min-length"
          label="Minimum password length"
          hint="6–99"
          error={errors.minLength?.message}
        >
          {(c) => (
            <input {...c} type="number" className={inputClass} {...register('minLength', number)} />
          )}
        </Field>
        <Field
          id="sign-in-history"
          label="Password history size"
          hint="0–24 earlier passwords that cannot be reused; empty for not set"
          error={errors.passwordHistorySize?.message}
        >
          {(c) => (
            <input
              {...c}
              type="number"
              className={inputClass}
              {...register('passwordHistorySize', number)}
            />
          )}
        </Field>
        <Field
          id="sign-in-temporary-days"
          label="Temporary password validity (days)"
          hint="0–365"
          error={errors.temporaryPasswordValidityDays?.message}
        >
          {(c) => (
            <input
              {...c}
              type="number"
              className={inputClass}
              {...register('temporaryPasswordValidityDays', number)}
            />
          )}
        </Field>
      </div>
      <Fieldset legend="Passwords must contain">
        <Choice label="An uppercase letter" {...register('requireUppercase')} />
        <Choice label="A lowercase letter" {...register('requireLowercase')} />
        <Choice label="A number" {...register('requireNumbers')} />
        <Choice label="A symbol" {...register('requireSymbols')} />
      </Fieldset>
      <Field id="sign-in-recovery" label="Account recovery" error={errors.recovery?.message}>
        {(c) => (
          <select {...c} className={inputClass} {...register('recovery')}>
            {currentRecovery === 'unset' && <option value="unset">Not set (AWS default)</option>}
            {currentRecovery === 'custom' && <option value="custom">As configured (kept)</option>}
            {recoveryChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Fieldset legend="Remembered devices" error={errors.device?.message}>
        {deviceChoices.map((choice) => (
          <Choice
            key={choice.value}
            type="radio"
            value={choice.value}
            label={choice.label}
            {...register('device')}
          />
        ))}
        <Choice
          label="Challenge sign-ins from a new device"
          hint="Applies when devices are remembered."
          {...register('challengeOnNewDevice')}
        />
      </Fieldset>
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
