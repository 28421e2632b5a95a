import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession, type Session } from '@/aws/session';
import { canCall } from '@/lib/iam/roles';
import type { Role } from '@/lib/roles';
import { canOpen, type AppRoute } from '@/routing/routing';

export function useSession(): Session {
  return useSyncExternalStore(subscribeSession, getSession);
}

export function useRole(): Role | null {
  const session = useSession();
  return session.status === 'signed-in' ? session.role : null;
}

/** Whether the signed-in user's role may call the Cognito operation (the roles table decides). */
export function useCanCall(operation: string): boolean {
  const role = useRole();
  return role !== null && canCall(role, operation);
}

/** Whether the signed-in user's role may open the route: links and buttons to it read this. */
export function useCanOpen(route: Pick<AppRoute, 'roles'>): boolean {
  return canOpen(useRole(), route);
}
