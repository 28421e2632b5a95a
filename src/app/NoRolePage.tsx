import { signOut } from '@/aws/session';
import { Button } from '@/components/Button';

export function NoRolePage({ email }: { email: string }) {
  return (
    <main className="mx-auto mt-16 max-w-lg rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-xl font-semibold text-slate-900">Your account has no console role</h1>
      <p className="mt-3 text-sm text-slate-700">
        You are signed in as <strong>{email}</strong>, but this account is in neither the{' '}
        <code>admins</code> nor the <code>support</code> group of the console’s user pool, so the
        console cannot let you in.
      </p>
      <p className="mt-2 text-sm text-slate-700">
        Ask an administrator to add you to one of those groups, then sign in again.
      </p>
      <Button className="mt-6" variant="secondary" onClick={() => signOut()}>
        Sign out
      </Button>
    </main>
  );
}
