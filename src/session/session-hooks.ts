import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession, type Session } from '@/aws/session';
import { hasAccess, type Role } from '@/lib/roles';

export function useSession(): Session {
  return useSyncExternalStore(subscribeSession, getSession);
}

export function useRole(): Role | null {
  const session = useSession();
  return session.status === 'signed-in' ? session.role : null;
}

/** Whether the signed-in user's role reaches `needed` (route.access or a permission constant). */
export function useHasAccess(needed: Role): boolean {
  return hasAccess(useRole(), needed);
}
