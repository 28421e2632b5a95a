import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { PasswordField } from '@/components/PasswordField';
import { TextField } from '@/components/form-fields';
import { Section } from '@/components/Section';
import { signInMethodLabels, type SignInMethod } from '@/lib/try-sign-in/client-flows';
import { formMessage, messageAt, toFlowError } from '../flow/flow-error';
import { startSignIn, type FlowStep, type RememberedDevice } from '../flow/sign-in-flow';
import type { TestRun } from '../flow/test-run';

interface SignInSectionProps {
  run: TestRun;
  methods: SignInMethod[];
  /** The name to start with (the user just signed up). */
  initialUsername: string;
  deviceFor: (username: string) => RememberedDevice | undefined;
  onStep: (step: FlowStep) => void;
}

export function SignInSection({
  run,
  methods,
  initialUsername,
  deviceFor,
  onStep,
}: SignInSectionProps) {
  const [method, setMethod] = useState<SignInMethod>(methods[0] ?? 'srp');
  const [username, setUsername] = useState(initialUsername);
  const [password, setPassword] = useState('');
  const mutation = useMutation({
    mutationFn: () => startSignIn(run.client, method, username, password, deviceFor(username)),
    onSuccess: onStep,
  });
  const error = toFlowError(mutation.error, run.hidesUserExistence);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mutation.isPending) mutation.mutate();
  };
  if (methods.length === 0) {
    return (
      <Section title="Sign in">
        <p className="text-sm text-slate-700">
          This app client allows none of USER_SRP_AUTH, USER_PASSWORD_AUTH or
          ADMIN_USER_PASSWORD_AUTH. Allow one in its authentication flows to try a sign-in.
        </p>
      </Section>
    );
  }
  return (
    <Section title="Sign in">
      <form onSubmit={submit} className="space-y-3" noValidate>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">Sign-in flow</legend>
          {methods.map((m) => (
            <label key={m} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="radio"
                name="sign-in-method"
                value={m}
                checked={method === m}
                onChange={() => setMethod(m)}
              />
              {signInMethodLabels[m]}
            </label>
          ))}
          {method === 'admin' && (
            <p className="text-xs text-slate-600">
              Sent by the console with your AWS credentials, as an app’s backend would.
            </p>
          )}
        </fieldset>
        <TextField
          id="sign-in-username"
          label="Username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={messageAt(error, 'username')}
          hint={deviceFor(username) ? 'This page remembers a device of this user.' : undefined}
        />
        <PasswordField
          id="sign-in-password"
          label="Password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={messageAt(error, 'password')}
        />
        {formMessage(error, ['username', 'password']) && (
          <Alert>{formMessage(error, ['username', 'password'])}</Alert>
        )}
        <Button type="submit" pending={mutation.isPending}>
          Sign in
        </Button>
      </form>
    </Section>
  );
}
