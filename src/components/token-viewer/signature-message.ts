import type { CognitoIssuer } from '@/lib/jwt/issuer';
import type { TokenCheck } from './use-token-check';

export interface SignatureMessage {
  tone: 'valid' | 'invalid' | 'unknown';
  /** A short verdict, e.g. "Signature valid". */
  verdict: string;
  /** What it means, in a sentence. */
  detail: string;
}

/** The signature check in words: the same sentences in the viewer and at the decoder's field. */
export function signatureMessage(check: TokenCheck, issuer?: CognitoIssuer): SignatureMessage {
  const pool = issuer?.poolId ?? 'the pool';
  switch (check.kind) {
    case 'valid':
      return {
        tone: 'valid',
        verdict: 'Signature valid',
        detail: `Signed by ${pool}'s key ${check.kid}.`,
      };
    case 'bad-signature':
      return {
        tone: 'invalid',
        verdict: 'Bad signature',
        detail: `The signature does not match ${pool}'s key ${check.kid}: the token was altered or not issued by this pool. Do not trust its claims.`,
      };
    case 'unknown-key':
      return {
        tone: 'invalid',
        verdict: 'Unknown signing key',
        detail: check.kid
          ? `${pool} publishes no key ${check.kid}: the token was not signed by this pool.`
          : 'The token names no signing key (kid), so no key of the pool can check it.',
      };
    case 'unsupported-algorithm':
      return {
        tone: 'invalid',
        verdict: 'Not signed as Cognito signs',
        detail: `Its algorithm is ${check.alg}; Cognito signs user pool tokens with RS256 only.`,
      };
    case 'invalid-key-set':
      return {
        tone: 'unknown',
        verdict: 'Signature not checked',
        detail: `The key set published for ${pool} is not a JSON Web Key Set.`,
      };
    case 'pool-not-found':
      return {
        tone: 'invalid',
        verdict: 'Pool does not exist',
        detail: `User pool ${check.poolId} does not exist (its key set is not found), so the signature cannot be checked. The pool was deleted, or the token is not genuine.`,
      };
    case 'keys-unavailable':
      return {
        tone: 'unknown',
        verdict: 'Signature not checked',
        detail: `The pool's keys could not be read. ${check.message}`,
      };
    case 'not-cognito':
      return { tone: 'unknown', verdict: 'Signature not checked', detail: check.problem };
    case 'checking':
      return {
        tone: 'unknown',
        verdict: 'Checking signature…',
        detail: `Reading ${pool}'s signing keys.`,
      };
  }
}
