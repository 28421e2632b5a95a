import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { PasswordField } from '@/components/PasswordField';
import { TextField } from '@/components/form-fields';
import { Section } from '@/components/Section';
import { offeredMfaTypes } from '@/lib/try-sign-in/auth-step';
import { formMessage, messageAt, toFlowError } from '../flow/flow-error';
import {
  answerChallenge,
  type FlowStep,
  type RememberedDevice,
  type UserChallenge,
} from '../flow/sign-in-flow';
import type { TestRun } from '../flow/test-run';
import { MfaSetup } from './MfaSetup';

export interface ChallengeProps {
  run: TestRun;
  challenge: UserChallenge;
  device?: RememberedDevice;
  onStep: (step: FlowStep) => void;
}

const mfaLabels: Record<string, string> = {
  SMS_MFA: 'Text message (SMS_MFA)',
  SOFTWARE_TOKEN_MFA: 'Authenticator app (SOFTWARE_TOKEN_MFA)',
  EMAIL_OTP: 'Email (EMAIL_OTP)',
};

/** The challenge Cognito asked for, answered by the person testing. */
export function ChallengeSection(props: ChallengeProps) {
  const { challenge } = props;
  return (
    <Section title={`Challenge: ${challenge.name}`}>
      {challenge.name === 'NEW_PASSWORD_REQUIRED' && <NewPasswordForm {...props} />}
      {(challenge.name === 'SMS_MFA' ||
        challenge.name === 'SOFTWARE_TOKEN_MFA' ||
        challenge.name === 'EMAIL_OTP') && <MfaCodeForm {...props} />}
      {challenge.name === 'SELECT_MFA_TYPE' && <SelectMfaForm {...props} />}
      {challenge.name === 'MFA_SETUP' && <MfaSetup {...props} />}
      {!handled.has(challenge.name) && (
        <Alert tone="warning">
          Cognito asks for {challenge.name}, which this page cannot answer
          {challenge.name === 'CUSTOM_CHALLENGE'
            ? ' (it comes from the pool’s Lambda triggers)'
            : ''}
          .
        </Alert>
      )}
    </Section>
  );
}

const handled = new Set([
  'NEW_PASSWORD_REQUIRED',
  'SMS_MFA',
  'SOFTWARE_TOKEN_MFA',
  'EMAIL_OTP',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
]);

function useAnswer({ run, challenge, device, onStep }: ChallengeProps) {
  return useMutation({
    mutationFn: (responses: Record<string, string>) =>
      answerChallenge(run.client, challenge, responses, challenge.session, device),
    onSuccess: onStep,
  });
}

function NewPasswordForm(props: ChallengeProps) {
  const [password, setPassword] = useState('');
  const answer = useAnswer(props);
  const error = toFlowError(answer.error, props.run.hidesUserExistence);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!answer.isPending) answer.mutate({ NEW_PASSWORD: password });
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <p className="text-sm text-slate-700">
        The user must choose a new password (they were created with a temporary one).
      </p>
      <PasswordField
        id="challenge-new-password"
        label="New password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={messageAt(error, 'newPassword')}
      />
      {formMessage(error, ['newPassword']) && <Alert>{formMessage(error, ['newPassword'])}</Alert>}
      <Button type="submit" pending={answer.isPending}>
        Set new password
      </Button>
    </form>
  );
}

const codeParameter: Record<string, string> = {
  SMS_MFA: 'SMS_MFA_CODE',
  SOFTWARE_TOKEN_MFA: 'SOFTWARE_TOKEN_MFA_CODE',
  EMAIL_OTP: 'EMAIL_OTP_CODE',
};

function MfaCodeForm(props: ChallengeProps) {
  const { challenge } = props;
  const [code, setCode] = useState('');
  const answer = useAnswer(props);
  const error = toFlowError(answer.error, props.run.hidesUserExistence);
  const destination = challenge.parameters.CODE_DELIVERY_DESTINATION;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!answer.isPending)
      answer.mutate({ [codeParameter[challenge.name] ?? 'CODE']: code.trim() });
  };
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <p className="text-sm text-slate-700">
        {challenge.name === 'SOFTWARE_TOKEN_MFA'
          ? 'Type the code the authenticator app shows now.'
          : `Cognito sent a code${destination ? ` to ${destination}` : ''}.`}
      </p>
      <TextField
        id="challenge-mfa-code"
        label="MFA code"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={messageAt(error, 'code')}
      />
      {formMessage(error, ['code']) && <Alert>{formMessage(error, ['code'])}</Alert>}
      <Button type="submit" pending={answer.isPending}>
        Send code
      </Button>
    </form>
  );
}

function SelectMfaForm(props: ChallengeProps) {
  const offered = offeredMfaTypes(props.challenge.parameters.MFAS_CAN_CHOOSE);
  const [choice, setChoice] = useState(offered[0] ?? '');
  const answer = useAnswer(props);
  const error = toFlowError(answer.error, props.run.hidesUserExistence);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!answer.isPending && choice) answer.mutate({ ANSWER: choice });
  };
  return (
    <form onSubmit={submit} className="space-y-3">
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-800">Second factor</legend>
        {offered.map((type) => (
          <label key={type} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name="mfa-choice"
              value={type}
              checked={choice === type}
              onChange={() => setChoice(type)}
            />
            {mfaLabels[type] ?? type}
          </label>
        ))}
      </fieldset>
      {error && <Alert>{error.message}</Alert>}
      <Button type="submit" pending={answer.isPending} disabled={!choice}>
        Choose
      </Button>
    </form>
  );
}
