import { Navigate, useSearchParams } from 'react-router';
import { useSession } from '@/session/use-session';
import { safeReturnTo } from './return-to';
import { SignInCard } from './SignInCard';

/** The sign-in route inside the console (after a sign-out or an expired session). */
export function SignInPage() {
  const session = useSession();
  const [searchParams] = useSearchParams();

  if (session.status === 'signed-in') {
    return <Navigate to={safeReturnTo(searchParams.get('next'))} replace />;
  }
  return (
    <SignInCard sessionExpired={session.status === 'signed-out' && session.reason === 'expired'} />
  );
}
