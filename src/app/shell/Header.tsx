import { signOut } from '@/aws/session';
import { Button } from '@/components/Button';
import { roleLabels } from '@/lib/roles';
import { useSession } from '@/session/use-session';
import { RegionPicker } from './RegionPicker';

export function Header() {
  const session = useSession();
  const user = session.status === 'signed-in' ? session : undefined;
  return (
    <header className="flex flex-wrap items-center gap-4 border-b border-slate-800 bg-slate-900 px-6 py-3 text-white">
      <p className="text-lg font-semibold">Cognito Console</p>
      <RegionPicker />
      <div className="ml-auto flex items-center gap-4">
        {user && (
          <p className="text-sm">
            <span className="sr-only">Signed in as </span>
            <span>{user.user.email || user.user.username}</span>
            {user.role && (
              <span className="ml-2 rounded bg-slate-700 px-2 py-0.5 text-xs font-medium">
                {roleLabels[user.role]}
              </span>
            )}
          </p>
        )}
        <Button variant="secondary" onClick={() => signOut()}>
          Sign out
        </Button>
      </div>
    </header>
  );
}
