import type { SignInTokens } from '@/lib/try-sign-in/auth-step';
import type { SignInMethod } from '@/lib/try-sign-in/client-flows';

/** The test user's sign-in: tokens in this page's memory only, never the console's session. */
export interface TestSession {
  username: string;
  method: SignInMethod;
  tokens: SignInTokens;
  /** The tokens before the last refresh. */
  previous?: SignInTokens;
  /** GlobalSignOut succeeded: the tokens shown are revoked. */
  signedOutEverywhere: boolean;
}
