import { lazy, Suspense, useState } from 'react';
import { setSignedIn } from '@/aws/session';
import type { SignInStep } from '@/aws/sign-in';
import { CredentialsForm } from './CredentialsForm';
import { NewPasswordForm } from './NewPasswordForm';

type Challenge = Exclude<SignInStep, { kind: 'signed-in' }>;

// The MFA forms (and the QR code of MFA setup) load only when Cognito asks for MFA.
const MfaStepForm = lazy(() => import('./mfa/MfaStepForm'));

interface SignInCardProps {
  sessionExpired: boolean;
  /** Called as the user submits the email and password, before Cognito answers. */
  onSubmit?: () => void;
}

/** The sign-in form and its new-password and MFA steps; a successful sign-in starts the session. */
export function SignInCard({ sessionExpired, onSubmit }: SignInCardProps) {
  const [challenge, setChallenge] = useState<Challenge | null>(null);

  const onStep = (step: SignInStep) => {
    if (step.kind === 'signed-in') setSignedIn(step.tokens);
    else setChallenge(step);
  };

  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 p-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">
          Cognito Console
        </p>
        {challenge?.kind === 'mfa' ? (
          <Suspense fallback={<p className="mt-4 text-sm text-slate-600">Loading…</p>}>
            <MfaStepForm step={challenge} onStep={onStep} onStartOver={() => setChallenge(null)} />
          </Suspense>
        ) : challenge ? (
          <NewPasswordForm
            challenge={challenge}
            onStep={onStep}
            onStartOver={() => setChallenge(null)}
          />
        ) : (
          <CredentialsForm onStep={onStep} sessionExpired={sessionExpired} onSubmit={onSubmit} />
        )}
      </div>
    </main>
  );
}
