import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { getErrorMessage } from '@/aws/errors';
import { startSignIn, type SignInStep } from '@/aws/sign-in';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { TextField } from '@/components/form-fields';
import { PasswordField } from '@/components/PasswordField';

interface CredentialsFormProps {
  onStep: (step: SignInStep) => void;
  sessionExpired?: boolean;
  /** Called as the user submits, before Cognito answers. */
  onSubmit?: () => void;
}

export function CredentialsForm({ onStep, sessionExpired, onSubmit }: CredentialsFormProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: () => startSignIn(email.trim(), password),
    onSuccess: onStep,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit?.();
    signIn.mutate();
  };

  return (
    <form onSubmit={submit} className="mt-2 space-y-4" noValidate={false}>
      <h1 className="text-2xl font-semibold text-slate-900">Sign in</h1>
      {signIn.isError ? (
        <Alert>{getErrorMessage(signIn.error, { kind: 'sign-in' })}</Alert>
      ) : (
        sessionExpired && <Alert tone="info">Your session has expired. Sign in again.</Alert>
      )}
      <TextField
        id="sign-in-email"
        label="Email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <PasswordField
        id="sign-in-password"
        label="Password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button type="submit" className="w-full" pending={signIn.isPending}>
        Sign in
      </Button>
    </form>
  );
}
