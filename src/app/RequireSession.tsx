import { Navigate, Outlet, useLocation } from 'react-router';
import { SessionUnreachable } from '@/components/SessionUnreachable';
import { FullPageLoading } from './FullPageLoading';
import { NoRolePage } from './NoRolePage';
import { useSession } from '@/session/use-session';
import { signInUrl } from './sign-in/return-to';

/** Gate for everything but sign-in: remembers where the user was going. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'restoring') return <FullPageLoading label="Restoring your session…" />;
  if (session.status === 'unreachable') return <SessionUnreachable {...session} />;
  if (session.status === 'signed-out') {
    const returnTo = session.reason === 'user' ? '/' : location.pathname + location.search;
    return <Navigate to={signInUrl(returnTo)} replace />;
  }
  if (session.role === null)
    return <NoRolePage email={session.user.email || session.user.username} />;
  return <Outlet />;
}
