import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../protocol/context.ts';
import { notAuthorized } from '../protocol/errors.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import type { MfaMethod } from '../mfa/mfa-factors.ts';
import { seal, unseal } from './sealed.ts';
import { sessionExpiry, type ClientContext } from './sign-in.ts';

export type MfaChallengeName = MfaMethod | 'SELECT_MFA_TYPE' | 'MFA_SETUP';

/** What the Session of an MFA challenge carries, sealed. */
export interface ChallengeSession {
  kind: MfaChallengeName;
  id: string;
  poolId: string;
  clientId: string;
  username: string;
  /** Epoch milliseconds: the client's AuthSessionValidity (3 minutes by default). */
  expires: number;
  /** SELECT_MFA_TYPE: the factors the user may pick from. */
  choices?: MfaMethod[];
  /** MFA_SETUP: VerifySoftwareToken accepted a code in this session. */
  verified?: boolean;
}

export const invalidSession = () => notAuthorized('Invalid session for the user.');
export const expiredSession = () =>
  notAuthorized('Invalid session for the user, session is expired.');

export function newChallengeSession(
  ctx: RequestContext,
  { pool, client }: ClientContext,
  user: UserRecord,
  kind: MfaChallengeName,
  extra: Pick<ChallengeSession, 'choices' | 'verified'> = {},
): ChallengeSession {
  return {
    kind,
    id: randomUUID(),
    poolId: pool.pool.Id,
    clientId: client.ClientId,
    username: user.Username,
    expires: sessionExpiry(ctx, client),
    ...extra,
  };
}

export const sealSession = (session: ChallengeSession) => seal(session);

/**
 * Opens a challenge Session: sealed by this emulator, of one of the expected kinds, not expired,
 * for the app client named (when the request names one), and for a user that still exists.
 */
export function openChallengeSession(
  ctx: RequestContext,
  text: string,
  kinds: MfaChallengeName[],
  clientId?: string,
): { session: ChallengeSession; pool: UserPoolRecord; user: UserRecord } {
  const session = unseal<ChallengeSession>(text);
  if (!session || !kinds.includes(session.kind)) throw invalidSession();
  if (clientId !== undefined && session.clientId !== clientId) throw invalidSession();
  if (session.expires < ctx.now) throw expiredSession();
  const pool = ctx.store.state.userPools.get(session.poolId);
  const user = pool?.users.get(session.username);
  if (!pool || !user) throw invalidSession();
  return { session, pool, user };
}

// Sessions that end in tokens are single use; remembered until they would have expired anyway.
const usedSessions = new Map<string, number>();

/** Marks `session` used; a second answer with it is refused. */
export function useSessionOnce(session: { id: string; expires: number }, now: number): void {
  for (const [key, until] of usedSessions) if (until < now) usedSessions.delete(key);
  if (usedSessions.has(session.id)) {
    throw notAuthorized('Invalid session for the user, session can only be used once.');
  }
  usedSessions.set(session.id, session.expires);
}
