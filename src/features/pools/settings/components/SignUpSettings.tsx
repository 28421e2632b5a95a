import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { Choice, Fieldset } from '@/components/Choice';
import { toastStore } from '@/components/toast/toast-store';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { useUpdateUserPool } from '@/api/pools/update-user-pool';
import { diffUserPoolUpdate, toUpdateUserPoolInput } from '@/lib/user-pools/update-user-pool';
import {
  autoVerifiableAttributes,
  signUpEdits,
  signUpErrorFields,
  signUpSchema,
  toSignUpValues,
  type SignUpValues,
} from '../forms/sign-up';
import { ReviewChangesDialog } from './ReviewChangesDialog';
import { SettingsForm } from './SettingsForm';
import { useReviewedSave } from './use-reviewed-save';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

export function SignUpSettings({ pool, readOnly }: { pool: UserPool; readOnly: boolean }) {
  const form = useForm<SignUpValues>({
    resolver: zodResolver(signUpSchema(pool)),
    defaultValues: toSignUpValues(pool),
  });
  const { register, formState, handleSubmit } = form;
  const errors = formState.errors;
  const update = useUpdateUserPool(pool.Id ?? '', {
    onSuccess: () => toastStore.show('Sign-up settings saved.', 'success'),
  });
  const { propose, dialog } = useReviewedSave(form, update, signUpErrorFields);
  const submit = useGuardedSubmit(handleSubmit, (values) => {
    const request = toUpdateUserPoolInput(pool, signUpEdits(pool, values));
    propose(request, diffUserPoolUpdate(toUpdateUserPoolInput(pool, {}), request));
  });

  return (
    <SettingsForm
      id="sign-up"
      title="Sign-up"
      readOnly={readOnly}
      pending={update.isPending}
      serverError={errors.root?.server?.message}
      onSubmit={submit}
      dialog={<ReviewChangesDialog title="Save sign-up settings?" {...dialog} />}
    >
      <Choice
        label="Users may sign themselves up"
        hint="Off: only administrators create users."
        {...register('selfRegistration')}
      />
      <Fieldset legend="Verify automatically" error={errors.autoVerified?.message}>
        {autoVerifiableAttributes.map((attribute) => (
          <Choice
            key={attribute.value}
            label={attribute.label}
            value={attribute.value}
            {...register('autoVerified')}
          />
        ))}
      </Fieldset>
    </SettingsForm>
  );
}
