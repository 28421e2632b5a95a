import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { errorName, getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { RadioGroup } from '@/components/Choice';
import { PasswordField } from '@/components/PasswordField';
import { toastStore } from '@/components/toast/toast-store';
import type { PasswordPolicyInput } from '@/lib/user-attributes/password-policy';
import { useSetUserPassword } from '@/api/users/set-user-password';
import { setPasswordSchema, type SetPasswordFormValues } from '../../forms/set-password-schema';
import type { DialogProps } from './dialog-props';
import { DialogClose, FormDialog } from './FormDialog';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

interface SetPasswordDialogProps extends DialogProps {
  policy: PasswordPolicyInput | undefined;
}

export function SetPasswordDialog({
  user,
  name,
  open,
  onOpenChange,
  policy,
}: SetPasswordDialogProps) {
  const form = useForm<SetPasswordFormValues>({
    resolver: zodResolver(setPasswordSchema(policy)),
    defaultValues: { password: '', permanent: 'temporary' },
  });
  const { register, handleSubmit, formState, setError, reset } = form;
  const mutation = useSetUserPassword(user, {
    onSuccess: () => {
      toastStore.show(`Password of ${name} set.`, 'success');
      close();
    },
  });
  const close = () => {
    reset();
    mutation.reset();
    onOpenChange(false);
  };
  const submit = useGuardedSubmit(handleSubmit, (values) =>
    mutation.mutateAsync(
      { password: values.password, permanent: values.permanent === 'permanent' },
      {
        onError: (error) => {
          const message = getErrorMessage(error);
          if (errorName(error) === 'InvalidPasswordException') {
            setError('password', { message }, { shouldFocus: true });
          } else setError('root.server', { message });
        },
      },
    ),
  );
  return (
    <FormDialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      busy={mutation.isPending}
      title={`Set a password for ${name}`}
      description={
        <p>
          Replaces the user&apos;s password. A temporary password must be changed at the next
          sign-in (status FORCE_CHANGE_PASSWORD); a permanent one lets them sign in with it directly
          (status CONFIRMED). Tell the user through a safe channel: Cognito sends nothing.
        </p>
      }
    >
      <form onSubmit={submit} noValidate className="space-y-4">
        {formState.errors.root?.server && <Alert>{formState.errors.root.server.message}</Alert>}
        <PasswordField
          id="set-password"
          label="New password"
          policy={policy ?? null}
          error={formState.errors.password?.message}
          autoComplete="new-password"
          {...register('password')}
        />
        <RadioGroup
          legend="The user must"
          options={[
            { value: 'temporary', label: 'Change it at next sign-in (temporary)' },
            { value: 'permanent', label: 'Keep it (permanent)' },
          ]}
          registration={register('permanent')}
        />
        <div className="flex justify-end gap-2">
          <DialogClose asChild>
            <Button variant="secondary" disabled={mutation.isPending}>
              Cancel
            </Button>
          </DialogClose>
          <Button type="submit" variant="danger" pending={mutation.isPending}>
            Set password
          </Button>
        </div>
      </form>
    </FormDialog>
  );
}
