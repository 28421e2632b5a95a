import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { confirmSignUp } from '@/api/user-self/confirm-sign-up';
import { resendConfirmationCode } from '@/api/user-self/resend-confirmation-code';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { TextField } from '@/components/form-fields';
import { Section } from '@/components/Section';
import { formMessage, messageAt, toFlowError } from '../flow/flow-error';
import { secretHashField } from '../flow/sign-in-flow';
import { codesSince, type TestRun } from '../flow/test-run';
import { CodeDelivery } from './CodeDelivery';
import type { SignedUp } from './SignUpSection';

interface ConfirmSignUpSectionProps {
  run: TestRun;
  signedUp: SignedUp;
  onConfirmed: (username: string) => void;
}

/** ConfirmSignUp with the code the sign-up sent; Resend asks for a new one. */
export function ConfirmSignUpSection({ run, signedUp, onConfirmed }: ConfirmSignUpSectionProps) {
  const [code, setCode] = useState('');
  const [sent, setSent] = useState({ delivery: signedUp.delivery, since: signedUp.since });
  const confirm = useMutation({
    mutationFn: async () => {
      await confirmSignUp(run.client.ctx, {
        Username: signedUp.username,
        ConfirmationCode: code.trim(),
        ...secretHashField(run.client, signedUp.username),
      });
      await run.usersChanged();
    },
    onSuccess: () => onConfirmed(signedUp.username),
  });
  const resend = useMutation({
    mutationFn: async () => {
      const since = codesSince();
      const output = await resendConfirmationCode(run.client.ctx, {
        Username: signedUp.username,
        ...secretHashField(run.client, signedUp.username),
      });
      return { delivery: output.CodeDeliveryDetails, since };
    },
    onSuccess: (next) => {
      setSent(next);
      setCode('');
    },
  });
  const error = toFlowError(confirm.error ?? resend.error, run.hidesUserExistence);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!confirm.isPending) confirm.mutate();
  };
  return (
    <Section title={`Confirm ${signedUp.username}`}>
      <form onSubmit={submit} className="space-y-3" noValidate>
        <CodeDelivery
          key={sent.since}
          poolId={run.poolId}
          delivery={sent.delivery}
          recipients={signedUp.recipients}
          since={sent.since}
          onUse={setCode}
        />
        <TextField
          id="confirm-sign-up-code"
          label="Confirmation code"
          inputMode="numeric"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={messageAt(error, 'code')}
        />
        {formMessage(error, ['code']) && <Alert>{formMessage(error, ['code'])}</Alert>}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" pending={confirm.isPending}>
            Confirm sign-up
          </Button>
          <Button variant="secondary" pending={resend.isPending} onClick={() => resend.mutate()}>
            Send a new code
          </Button>
        </div>
      </form>
    </Section>
  );
}
