import { resolveRole, type Role } from '@/lib/roles';
import { refreshTokens } from './sign-in';
import { claimsOf, isExpiring, type IdentityClaims, type Tokens } from './tokens';

export type Session =
  | { status: 'restoring' }
  | { status: 'signed-out'; reason?: 'user' | 'expired' }
  | { status: 'signed-in'; user: IdentityClaims; role: Role | null };

// Tokens stay in this module's memory. Only the refresh token goes to sessionStorage (this tab,
// gone when it closes) so a reload or a deep link does not force a new sign-in.
const REFRESH_KEY = 'cognito-console.refresh-token';

let tokens: Tokens | undefined;
let session: Session = readStoredRefreshToken()
  ? { status: 'restoring' }
  : { status: 'signed-out' };
let refreshing: Promise<Tokens> | undefined;
const listeners = new Set<() => void>();
const signOutHooks = new Set<() => void>();

function readStoredRefreshToken(): string | null {
  try {
    return sessionStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

function publish(next: Session): void {
  session = next;
  for (const listener of listeners) listener();
}

function sessionFor(t: Tokens): Session {
  const user = claimsOf(t.idToken);
  return { status: 'signed-in', user, role: resolveRole(user.groups) };
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSession(): Session {
  return session;
}

export function setSignedIn(next: Tokens): void {
  tokens = next;
  try {
    sessionStorage.setItem(REFRESH_KEY, next.refreshToken);
  } catch {
    // Storage can be disabled; the session then simply ends with the tab.
  }
  publish(sessionFor(next));
}

/** Runs when the session ends (sign-out or a refresh token that stopped working). */
export function onSignOut(hook: () => void): () => void {
  signOutHooks.add(hook);
  return () => signOutHooks.delete(hook);
}

/** `reason` 'expired' when the refresh token stopped working rather than the user signing out. */
export function signOut(reason: 'user' | 'expired' = 'user'): void {
  tokens = undefined;
  refreshing = undefined;
  try {
    sessionStorage.removeItem(REFRESH_KEY);
  } catch {
    // nothing stored
  }
  for (const hook of signOutHooks) hook();
  publish({ status: 'signed-out', reason });
}

async function refresh(refreshToken: string): Promise<Tokens> {
  refreshing ??= refreshTokens(refreshToken)
    .then((next) => {
      setSignedIn(next);
      return next;
    })
    .finally(() => {
      refreshing = undefined;
    });
  return refreshing;
}

/** Uses the refresh token kept for this tab; ends in 'signed-in' or 'signed-out'. */
export async function restoreSession(): Promise<void> {
  const stored = readStoredRefreshToken();
  if (!stored || session.status === 'signed-in') return;
  try {
    await refresh(stored);
  } catch {
    signOut('expired');
  }
}

/**
 * The identity pool's `logins` value: called before every credentials fetch, so the ID token it
 * exchanges is never expired (ID tokens last an hour, like the credentials).
 */
export async function freshIdToken(): Promise<string> {
  if (!tokens) throw Object.assign(new Error('You are signed out.'), { name: 'NotSignedIn' });
  if (!isExpiring(tokens)) return tokens.idToken;
  try {
    return (await refresh(tokens.refreshToken)).idToken;
  } catch (error) {
    signOut('expired');
    throw error;
  }
}
