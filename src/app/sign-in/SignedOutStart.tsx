import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useSession } from '@/session/use-session';
import { FullPageLoading } from '../FullPageLoading';
import { safeReturnTo, signInUrl } from './return-to';
import { SignInCard } from './SignInCard';

// The sign-in mutations only; the console's own query cache starts with the console.
const signInQueries = new QueryClient({ defaultOptions: { mutations: { retry: false } } });

/**
 * Where a console opened signed out goes after sign-in, with the address bar showing the sign-in
 * page as the router would have (`/sign-in?next=…`).
 */
export function signedOutReturnTo(): string {
  const { pathname, search } = window.location;
  if (pathname === '/sign-in') return safeReturnTo(new URLSearchParams(search).get('next'));
  window.history.replaceState(null, '', signInUrl(pathname + search));
  return safeReturnTo(pathname + search);
}

interface SignedOutStartProps {
  returnTo: string;
  /** Starts loading the console's code as the user submits, so it is there when Cognito answers. */
  onSigningIn: () => void;
  /** Loads and shows the console; the address is already the page the user was going to. */
  onSignedIn: () => void;
}

/**
 * The sign-in page of a console opened signed out, without the router or any page of the console:
 * those load once the user has signed in, so the first screen stays small.
 */
export function SignedOutStart({ returnTo, onSigningIn, onSignedIn }: SignedOutStartProps) {
  const signedIn = useSession().status === 'signed-in';
  useEffect(() => {
    if (!signedIn) return;
    window.history.replaceState(null, '', returnTo);
    onSignedIn();
  }, [signedIn, returnTo, onSignedIn]);

  if (signedIn) return <FullPageLoading label="Opening the console…" />;
  return (
    <QueryClientProvider client={signInQueries}>
      <SignInCard sessionExpired={false} onSubmit={onSigningIn} />
    </QueryClientProvider>
  );
}
