import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { answerMfaCode, type MfaStep } from '@/aws/sign-in-mfa';
import type { SignInStep } from '@/aws/sign-in';
import { Button } from '@/components/Button';
import { TextField } from '@/components/form-fields';
import { MfaErrorAlert, StartOverButton } from './MfaErrorAlert';
import { mfaError } from './mfa-error';

interface MfaCodeFormProps {
  step: MfaStep;
  onStep: (step: SignInStep) => void;
  onStartOver: () => void;
}

/** SOFTWARE_TOKEN_MFA and SMS_MFA: the code from the authenticator app or the text message. */
export function MfaCodeForm({ step, onStep, onStartOver }: MfaCodeFormProps) {
  const [code, setCode] = useState('');
  const answer = useMutation({
    mutationFn: () => answerMfaCode(step, code.trim()),
    onSuccess: onStep,
  });
  const error = answer.isError ? mfaError(answer.error) : undefined;
  const sms = step.name === 'SMS_MFA';
  const destination = step.parameters.CODE_DELIVERY_DESTINATION;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    answer.mutate();
  };

  return (
    <form onSubmit={submit} className="mt-2 space-y-4">
      <h1 className="text-2xl font-semibold text-slate-900">Verify it’s you</h1>
      <p className="text-sm text-slate-700">
        {sms
          ? `Type the code sent by text message${destination ? ` to ${destination}` : ''}.`
          : 'Type the code your authenticator app shows for this account.'}
      </p>
      <MfaErrorAlert error={error} onStartOver={onStartOver} />
      <TextField
        id="mfa-code"
        label={sms ? 'Code from the text message' : 'Code from the authenticator app'}
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={error?.atCode ? error.message : undefined}
      />
      {error?.atCode && error.startOver && <StartOverButton onStartOver={onStartOver} />}
      <Button type="submit" className="w-full" pending={answer.isPending}>
        Verify
      </Button>
    </form>
  );
}
