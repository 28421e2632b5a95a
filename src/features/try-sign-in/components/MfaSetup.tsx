import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { associateSoftwareToken } from '@/api/user-self/associate-software-token';
import { verifySoftwareToken } from '@/api/user-self/verify-software-token';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { TextField } from '@/components/form-fields';
import { offeredMfaTypes } from '@/lib/try-sign-in/auth-step';
import { otpauthUri } from '@/lib/otpauth-uri';
import { formMessage, messageAt, toFlowError } from '../flow/flow-error';
import { answerChallenge } from '../flow/sign-in-flow';
import type { ChallengeProps } from './ChallengeSection';
import { QrCode } from '@/components/QrCode';

/**
 * MFA_SETUP with an authenticator app: AssociateSoftwareToken gives the secret (shown, and as a
 * QR code of its otpauth:// URI), VerifySoftwareToken checks a code from the app, and the
 * challenge is then answered with the session VerifySoftwareToken returned.
 */
export function MfaSetup({ run, challenge, device, onStep }: ChallengeProps) {
  const [code, setCode] = useState('');
  const offered = offeredMfaTypes(challenge.parameters.MFAS_CAN_SETUP);
  const associate = useMutation({
    mutationFn: () => associateSoftwareToken(run.client.ctx, { Session: challenge.session }),
  });
  const verify = useMutation({
    mutationFn: async () => {
      const verified = await verifySoftwareToken(run.client.ctx, {
        Session: associate.data?.Session,
        UserCode: code.trim(),
        FriendlyDeviceName: 'Console Try sign-in',
      });
      return answerChallenge(run.client, challenge, {}, verified.Session, device);
    },
    onSuccess: onStep,
  });
  const error = toFlowError(associate.error ?? verify.error, run.hidesUserExistence);
  const secret = associate.data?.SecretCode;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!verify.isPending) verify.mutate();
  };
  if (offered.length > 0 && !offered.includes('SOFTWARE_TOKEN_MFA')) {
    return (
      <Alert tone="warning">
        The pool wants MFA set up with {offered.join(', ')}; this page sets up authenticator apps
        only.
      </Alert>
    );
  }
  if (!secret) {
    return (
      <div className="space-y-3">
        <p className="text-sm text-slate-700">
          The pool requires MFA and this user has none yet: set up an authenticator app.
        </p>
        {error && <Alert>{error.message}</Alert>}
        <Button pending={associate.isPending} onClick={() => associate.mutate()}>
          Set up an authenticator app
        </Button>
      </div>
    );
  }
  const uri = otpauthUri(secret, challenge.username, `${run.poolName}`);
  return (
    <form onSubmit={submit} className="space-y-3" noValidate>
      <p className="text-sm text-slate-700">
        Scan the code with an authenticator app, or type the key.
      </p>
      <QrCode text={uri} label="QR code for the authenticator app" />
      <p className="text-sm">
        Key:{' '}
        <output aria-label="Authenticator key" className="font-mono break-all">
          {secret}
        </output>
      </p>
      <TextField
        id="mfa-setup-code"
        label="Code from the authenticator app"
        inputMode="numeric"
        autoComplete="one-time-code"
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={messageAt(error, 'code')}
      />
      {formMessage(error, ['code']) && <Alert>{formMessage(error, ['code'])}</Alert>}
      <Button type="submit" pending={verify.isPending}>
        Verify and sign in
      </Button>
    </form>
  );
}
