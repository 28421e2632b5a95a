const SIGN_IN_PATH = '/sign-in';

export function signInUrl(returnTo: string): string {
  return returnTo && returnTo !== '/'
    ? `${SIGN_IN_PATH}?next=${encodeURIComponent(returnTo)}`
    : SIGN_IN_PATH;
}

/** Only same-origin paths, so a crafted ?next= cannot send a user to another site. */
export function safeReturnTo(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next.startsWith(SIGN_IN_PATH) ? '/' : next;
}
