import { getRuntimeConfig } from '@/aws/runtime-config';
import { canCall } from '@/lib/iam/roles';
import type { Role } from '@/lib/roles';
import type { SignedInOperator } from '@/lib/users/console-operators';
import { canOpen, type AppRoute } from '@/routing/routing';
import { useSession } from './use-session';

export { useSession };

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

/**
 * Who is signed in, as a user of the console's own pool (config.json's userPoolId, the pool behind
 * the identity pool the console signs in with): their sub and username from the ID token.
 */
export function useSignedInOperator(): SignedInOperator | null {
  const session = useSession();
  if (session.status !== 'signed-in') return null;
  return {
    poolId: getRuntimeConfig().userPoolId,
    sub: session.user.sub,
    username: session.user.username,
  };
}
