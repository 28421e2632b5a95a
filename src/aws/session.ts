import { resolveRole, type Role } from '@/lib/roles';
import { isSessionRefused } from './errors';
import { refreshTokens, revokeRefreshToken } from './sign-in';
import { claimsOf, isExpiring, type IdentityClaims, type Tokens } from './tokens';

export type Session =
  | { status: 'restoring' }
  /** The refresh token is kept, but Cognito could not be asked about it; retried on its own. */
  | { status: 'unreachable'; error: unknown; retrying: boolean }
  | { status: 'signed-out'; reason?: 'user' | 'expired' }
  | { status: 'signed-in'; user: IdentityClaims; role: Role | null };

// Tokens stay in this module's memory. Only the refresh token goes to sessionStorage (this tab,
// gone when it closes) so a reload or a deep link does not force a new sign-in.
const REFRESH_KEY = 'cognito-console.refresh-token';
const RETRY_FIRST_DELAY_MS = 2_000;
const RETRY_MAX_DELAY_MS = 30_000;

let tokens: Tokens | undefined;
let session: Session = readStoredRefreshToken()
  ? { status: 'restoring' }
  : { status: 'signed-out' };
let refreshing: Promise<Tokens> | undefined;
let signingOut: Promise<void> | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryDelayMs = RETRY_FIRST_DELAY_MS;
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

function endSession(reason: 'user' | 'expired'): void {
  tokens = undefined;
  refreshing = undefined;
  clearTimeout(retryTimer);
  try {
    sessionStorage.removeItem(REFRESH_KEY);
  } catch {
    // nothing stored
  }
  for (const hook of signOutHooks) hook();
  publish({ status: 'signed-out', reason });
}

/**
 * The user signs out: the refresh token is revoked at Cognito first, so a copy of it is worthless,
 * then this tab forgets everything. A revoke that fails (network, timeout) still signs out here.
 * `reason` 'expired' when Cognito refused the refresh token: there is nothing left to revoke.
 */
export function signOut(reason: 'user' | 'expired' = 'user'): Promise<void> {
  if (reason === 'expired') {
    endSession('expired');
    return Promise.resolve();
  }
  signingOut ??= (async () => {
    const refreshToken = tokens?.refreshToken ?? readStoredRefreshToken();
    try {
      if (refreshToken) await revokeRefreshToken(refreshToken);
    } catch {
      // Unreachable or refused: the local session ends all the same.
    } finally {
      signingOut = undefined;
      endSession('user');
    }
  })();
  return signingOut;
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

function scheduleRestoreRetry(): void {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void restoreSession(), retryDelayMs);
  retryDelayMs = Math.min(retryDelayMs * 2, RETRY_MAX_DELAY_MS);
}

/**
 * Uses the refresh token kept for this tab; ends in 'signed-in', in 'signed-out' only when Cognito
 * refuses the token, and otherwise in 'unreachable' with the token kept and a retry scheduled.
 */
export async function restoreSession(): Promise<void> {
  const stored = readStoredRefreshToken();
  if (!stored || session.status === 'signed-in') return;
  clearTimeout(retryTimer);
  if (session.status === 'unreachable') publish({ ...session, retrying: true });
  try {
    await refresh(stored);
    retryDelayMs = RETRY_FIRST_DELAY_MS;
  } catch (error) {
    if (isSessionRefused(error)) {
      void signOut('expired');
      return;
    }
    if (readStoredRefreshToken() !== stored) return;
    publish({ status: 'unreachable', error, retrying: false });
    scheduleRestoreRetry();
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    if (session.status === 'unreachable') void restoreSession();
  });
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
    // A network failure leaves the session as it is: the request fails with Retry instead.
    if (isSessionRefused(error)) void signOut('expired');
    throw error;
  }
}
