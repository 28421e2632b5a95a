import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { setSignedIn } from '@/aws/session';
import type { SignInStep } from '@/aws/sign-in';
import { useSession } from '@/session/session-hooks';
import { CredentialsForm } from './CredentialsForm';
import { NewPasswordForm } from './NewPasswordForm';
import { safeReturnTo } from './return-to';

type Challenge = Extract<SignInStep, { kind: 'new-password' }>;

export function SignInPage() {
  const session = useSession();
  const [searchParams] = useSearchParams();
  const [challenge, setChallenge] = useState<Challenge | null>(null);

  if (session.status === 'signed-in') {
    return <Navigate to={safeReturnTo(searchParams.get('next'))} replace />;
  }

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
        {challenge ? (
          <NewPasswordForm
            challenge={challenge}
            onStep={onStep}
            onStartOver={() => setChallenge(null)}
          />
        ) : (
          <CredentialsForm
            onStep={onStep}
            sessionExpired={session.status === 'signed-out' && session.reason === 'expired'}
          />
        )}
      </div>
    </main>
  );
}
