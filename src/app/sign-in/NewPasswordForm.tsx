import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { errorName, getErrorMessage } from '@/aws/errors';
import { completeNewPassword, type SignInStep } from '@/aws/sign-in';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { PasswordField } from '@/components/PasswordField';

interface NewPasswordFormProps {
  challenge: { session: string; username: string };
  onStep: (step: SignInStep) => void;
  onStartOver: () => void;
}

export function NewPasswordForm({ challenge, onStep, onStartOver }: NewPasswordFormProps) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const setNewPassword = useMutation({
    mutationFn: () => completeNewPassword(challenge, password),
    onSuccess: onStep,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differs = password !== confirm;
    setMismatch(differs);
    if (!differs) setNewPassword.mutate();
  };

  // The pool's password policy decides; its message belongs at the password field.
  const policyError =
    setNewPassword.isError && errorName(setNewPassword.error) === 'InvalidPasswordException'
      ? getErrorMessage(setNewPassword.error, { kind: 'sign-in' })
      : undefined;
  const otherError =
    setNewPassword.isError && !policyError
      ? getErrorMessage(setNewPassword.error, { kind: 'sign-in' })
      : undefined;

  return (
    <form onSubmit={submit} className="mt-2 space-y-4">
      <h1 className="text-2xl font-semibold text-slate-900">Choose a new password</h1>
      <p className="text-sm text-slate-700">
        Your administrator gave you a temporary password. Choose your own to finish signing in.
      </p>
      {/* Lets password managers save the new password under the right account. */}
      <input type="text" hidden readOnly autoComplete="username" value={challenge.username} />
      {otherError && (
        <Alert>
          {otherError}{' '}
          <button type="button" className="underline" onClick={onStartOver}>
            Start over
          </button>
        </Alert>
      )}
      <PasswordField
        id="new-password"
        label="New password"
        error={policyError}
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <PasswordField
        id="confirm-new-password"
        label="Confirm new password"
        error={mismatch ? 'The two passwords are different.' : undefined}
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(e) => setConfirm(e.target.value)}
      />
      <Button type="submit" className="w-full" pending={setNewPassword.isPending}>
        Set password
      </Button>
    </form>
  );
}
