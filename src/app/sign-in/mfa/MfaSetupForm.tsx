import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { SignInStep } from '@/aws/sign-in';
import { newAuthenticatorKey, verifyAuthenticator, type MfaStep } from '@/aws/sign-in-mfa';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { TextField } from '@/components/form-fields';
import { QrCode } from '@/components/QrCode';
import { otpauthUri } from '@/lib/otpauth-uri';
import { offeredMfaTypes } from '@/lib/try-sign-in/auth-step';
import { MfaErrorAlert, StartOverButton } from './MfaErrorAlert';
import { mfaError } from './mfa-error';

const ISSUER = 'Cognito Console';

/**
 * MFA_SETUP: the pool requires MFA and the operator has none yet. AssociateSoftwareToken gives the
 * key (shown, and as a QR code of its otpauth:// URI); a code from the app verifies it and finishes
 * the sign-in.
 */
export function MfaSetupForm({
  step,
  onStep,
  onStartOver,
}: {
  step: MfaStep;
  onStep: (step: SignInStep) => void;
  onStartOver: () => void;
}) {
  const [code, setCode] = useState('');
  const offered = offeredMfaTypes(step.parameters.MFAS_CAN_SETUP);
  const associate = useMutation({ mutationFn: () => newAuthenticatorKey(step) });
  const key = associate.data;
  const verify = useMutation({
    mutationFn: () => verifyAuthenticator(step, key!, code.trim()),
    onSuccess: onStep,
  });
  const failure = associate.error ?? verify.error;
  const error = failure ? mfaError(failure) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (key) verify.mutate();
  };

  if (offered.length > 0 && !offered.includes('SOFTWARE_TOKEN_MFA')) {
    return (
      <div className="mt-2 space-y-4">
        <h1 className="text-2xl font-semibold text-slate-900">Set up MFA</h1>
        <Alert tone="warning">
          Your account needs MFA by text message, and it has no phone number yet. Ask an
          administrator to add your phone number, then sign in again.
        </Alert>
        <StartOverButton onStartOver={onStartOver} />
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="mt-2 space-y-4">
      <h1 className="text-2xl font-semibold text-slate-900">Set up MFA</h1>
      <p className="text-sm text-slate-700">
        This console requires a second step at sign-in: a code from an authenticator app on your
        phone.
      </p>
      <MfaErrorAlert error={error} onStartOver={onStartOver} />
      {!key ? (
        <>
          {error?.atCode && (
            <Alert>
              {error.message}{' '}
              <button type="button" className="underline" onClick={onStartOver}>
                Start over
              </button>
            </Alert>
          )}
          <Button
            className="w-full"
            pending={associate.isPending}
            onClick={() => associate.mutate()}
          >
            Set up an authenticator app
          </Button>
        </>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            Scan the QR code with the app, or type the key into it.
          </p>
          <QrCode
            text={otpauthUri(key.secret, step.username, ISSUER)}
            label="QR code for the authenticator app"
          />
          <p className="text-sm">
            Key:{' '}
            <output aria-label="Authenticator key" className="font-mono break-all">
              {key.secret}
            </output>
          </p>
          <TextField
            id="mfa-setup-code"
            label="Code from the authenticator app"
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={error?.atCode ? error.message : undefined}
          />
          {error?.atCode && error.startOver && <StartOverButton onStartOver={onStartOver} />}
          <Button type="submit" className="w-full" pending={verify.isPending}>
            Verify and sign in
          </Button>
        </>
      )}
    </form>
  );
}
