import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { confirmForgotPassword } from '@/api/user-self/confirm-forgot-password';
import { forgotPassword } from '@/api/user-self/forgot-password';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { PasswordField } from '@/components/PasswordField';
import { TextField } from '@/components/form-fields';
import { Section } from '@/components/Section';
import { formMessage, messageAt, toFlowError } from '../flow/flow-error';
import { secretHashField } from '../flow/sign-in-flow';
import { codesSince, type TestRun } from '../flow/test-run';
import { CodeDelivery, type Delivery } from './CodeDelivery';

interface ForgotPasswordSectionProps {
  run: TestRun;
  initialUsername: string;
}

/** ForgotPassword sends a code; ConfirmForgotPassword sets the new password with it. */
export function ForgotPasswordSection({ run, initialUsername }: ForgotPasswordSectionProps) {
  const [username, setUsername] = useState(initialUsername);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [sent, setSent] = useState<{ username: string; delivery?: Delivery; since: number }>();
  const [done, setDone] = useState<string>();
  const request = useMutation({
    mutationFn: async () => {
      const since = codesSince();
      const output = await forgotPassword(run.client.ctx, {
        Username: username,
        ...secretHashField(run.client, username),
      });
      return { username, delivery: output.CodeDeliveryDetails, since };
    },
    onSuccess: (next) => {
      setSent(next);
      setDone(undefined);
      setCode('');
    },
  });
  const confirm = useMutation({
    mutationFn: async (to: string) => {
      await confirmForgotPassword(run.client.ctx, {
        Username: to,
        ConfirmationCode: code.trim(),
        Password: password,
        ...secretHashField(run.client, to),
      });
      return to;
    },
    onSuccess: (to) => {
      setDone(to);
      setSent(undefined);
      setPassword('');
    },
  });
  const requestError = toFlowError(request.error, run.hidesUserExistence);
  const confirmError = toFlowError(confirm.error, run.hidesUserExistence);
  const ask = (event: FormEvent) => {
    event.preventDefault();
    if (!request.isPending) request.mutate();
  };
  const reset = (event: FormEvent) => {
    event.preventDefault();
    if (sent && !confirm.isPending) confirm.mutate(sent.username);
  };
  return (
    <Section title="Forgot password">
      <form onSubmit={ask} className="space-y-3" noValidate>
        <TextField
          id="forgot-username"
          label="Username for the reset"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={messageAt(requestError, 'username')}
        />
        {formMessage(requestError, ['username']) && (
          <Alert>{formMessage(requestError, ['username'])}</Alert>
        )}
        <Button type="submit" variant="secondary" pending={request.isPending}>
          Send a reset code
        </Button>
      </form>
      {sent && (
        <form onSubmit={reset} className="mt-4 space-y-3" noValidate>
          {run.hidesUserExistence && (
            <p className="text-xs text-slate-600">
              This client prevents user existence errors: Cognito answers as if it sent a code even
              when no such user exists.
            </p>
          )}
          <CodeDelivery
            key={sent.since}
            poolId={run.poolId}
            delivery={sent.delivery}
            recipients={[sent.username]}
            since={sent.since}
            onUse={setCode}
          />
          <TextField
            id="forgot-code"
            label="Reset code"
            inputMode="numeric"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={messageAt(confirmError, 'code')}
          />
          <PasswordField
            id="forgot-new-password"
            label="New password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={messageAt(confirmError, 'newPassword') ?? messageAt(confirmError, 'password')}
          />
          {formMessage(confirmError, ['code', 'newPassword', 'password']) && (
            <Alert>{formMessage(confirmError, ['code', 'newPassword', 'password'])}</Alert>
          )}
          <Button type="submit" pending={confirm.isPending}>
            Set the new password
          </Button>
        </form>
      )}
      {done && (
        <p role="status" className="mt-3 text-sm text-green-800">
          The password of {done} was reset. Sign in with the new one.
        </p>
      )}
    </Section>
  );
}
