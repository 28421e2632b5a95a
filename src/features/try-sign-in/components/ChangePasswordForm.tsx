import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { changePassword } from '@/api/user-self/change-password';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { PasswordField } from '@/components/PasswordField';
import { formMessage, messageAt, toFlowError } from '../flow/flow-error';
import type { TestRun } from '../flow/test-run';

export function ChangePasswordForm({ run, accessToken }: { run: TestRun; accessToken: string }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      changePassword(run.client.ctx, {
        AccessToken: accessToken,
        PreviousPassword: current,
        ProposedPassword: next,
      }),
    onSuccess: () => {
      setCurrent('');
      setNext('');
    },
  });
  const error = toFlowError(mutation.error, run.hidesUserExistence);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mutation.isPending) mutation.mutate();
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-label="Change password">
      <h3 className="text-sm font-semibold text-slate-900">Change password</h3>
      <PasswordField
        id="change-current-password"
        label="Current password"
        autoComplete="current-password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        error={messageAt(error, 'password')}
      />
      <PasswordField
        id="change-new-password"
        label="New password"
        autoComplete="new-password"
        value={next}
        onChange={(e) => setNext(e.target.value)}
        error={messageAt(error, 'newPassword')}
      />
      {formMessage(error, ['password', 'newPassword']) && (
        <Alert>{formMessage(error, ['password', 'newPassword'])}</Alert>
      )}
      {mutation.isSuccess && (
        <p role="status" className="text-sm text-green-800">
          Password changed.
        </p>
      )}
      <Button type="submit" variant="secondary" pending={mutation.isPending}>
        Change password
      </Button>
    </form>
  );
}
