import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { SignInStep } from '@/aws/sign-in';
import { chooseMfaFactor, type MfaFactor, type MfaStep } from '@/aws/sign-in-mfa';
import { Button } from '@/components/Button';
import { Choice, Fieldset } from '@/components/Choice';
import { offeredMfaTypes } from '@/lib/try-sign-in/auth-step';
import { MfaErrorAlert, StartOverButton } from './MfaErrorAlert';
import { mfaError } from './mfa-error';

const FACTOR_LABELS: Record<MfaFactor, string> = {
  SOFTWARE_TOKEN_MFA: 'Authenticator app',
  SMS_MFA: 'Text message (SMS)',
};

const isFactor = (value: string): value is MfaFactor => value in FACTOR_LABELS;

/** SELECT_MFA_TYPE: the operator has several factors and picks the one to use now. */
export function SelectMfaForm({
  step,
  onStep,
  onStartOver,
}: {
  step: MfaStep;
  onStep: (step: SignInStep) => void;
  onStartOver: () => void;
}) {
  const factors = offeredMfaTypes(step.parameters.MFAS_CAN_CHOOSE).filter(isFactor);
  const [factor, setFactor] = useState<MfaFactor | undefined>(factors[0]);
  const choose = useMutation({
    mutationFn: (picked: MfaFactor) => chooseMfaFactor(step, picked),
    onSuccess: onStep,
  });
  const error = choose.isError ? mfaError(choose.error) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (factor) choose.mutate(factor);
  };

  return (
    <form onSubmit={submit} className="mt-2 space-y-4">
      <h1 className="text-2xl font-semibold text-slate-900">Verify it’s you</h1>
      <MfaErrorAlert error={error} onStartOver={onStartOver} />
      <Fieldset legend="Get a code from" error={error?.atCode ? error.message : undefined}>
        {factors.map((offered) => (
          <Choice
            key={offered}
            type="radio"
            name="mfa-factor"
            label={FACTOR_LABELS[offered]}
            checked={factor === offered}
            onChange={() => setFactor(offered)}
          />
        ))}
      </Fieldset>
      {error?.atCode && error.startOver && <StartOverButton onStartOver={onStartOver} />}
      <Button type="submit" className="w-full" pending={choose.isPending} disabled={!factor}>
        Continue
      </Button>
    </form>
  );
}
