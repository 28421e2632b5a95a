import { useSyncExternalStore } from 'react';
import { getSession, subscribeSession, type Session } from '@/aws/session';

/** The session as the components read it; light enough for the sign-in page, which has no router. */
export function useSession(): Session {
  return useSyncExternalStore(subscribeSession, getSession);
}
