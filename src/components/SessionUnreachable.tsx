import { getErrorMessage } from '@/aws/errors';
import { restoreSession, signOut } from '@/aws/session';
import { Button } from './Button';

/**
 * Shown when a kept session could not be checked with Cognito (network down, timeout, a proxy's
 * error page). The session is not lost: it is retried on its own, and Retry asks again now.
 */
export function SessionUnreachable({ error, retrying }: { error: unknown; retrying: boolean }) {
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 p-4">
      <div
        role="alert"
        className="w-full max-w-md rounded-lg border border-amber-300 bg-white p-6 shadow-sm"
      >
        <h1 className="text-lg font-semibold text-slate-900">
          Can’t reach Cognito — {retrying ? 'retrying…' : 'retrying soon'}
        </h1>
        <p className="mt-2 text-sm break-words text-slate-700">{getErrorMessage(error)}</p>
        <p className="mt-2 text-sm text-slate-700">
          You are still signed in; the console continues as soon as Cognito answers.
        </p>
        <div className="mt-4 flex gap-2">
          <Button onClick={() => void restoreSession()} pending={retrying}>
            Retry
          </Button>
          <Button variant="secondary" onClick={() => void signOut()}>
            Sign out
          </Button>
        </div>
      </div>
    </main>
  );
}
