import { signatureMessage } from '@/components/token-viewer/signature-message';
import type { TokenCheck } from '@/components/token-viewer/use-token-check';
import { formatEpochSeconds } from '@/components/token-viewer/format-time';
import type { DecodeResult } from '@/lib/jwt/decode';
import { numberClaim } from '@/lib/jwt/decode';
import type { CognitoIssuer } from '@/lib/jwt/issuer';

/** Everything wrong with a pasted token, in the order a support desk needs it, for the field. */
export function tokenProblems(
  decoded: DecodeResult | undefined,
  check: TokenCheck,
  issuer: CognitoIssuer | undefined,
  timing: { expired: boolean; notYetValid: boolean },
): string[] {
  if (!decoded) return [];
  if (!decoded.ok) return [`Not a JWT: ${decoded.problem}`];
  const problems: string[] = [];
  const message = signatureMessage(check, issuer);
  if (check.kind === 'not-cognito') problems.push(check.problem);
  else if (message.tone === 'invalid') problems.push(`${message.verdict}: ${message.detail}`);
  const exp = numberClaim(decoded.jwt.claims, 'exp');
  if (timing.expired && exp !== undefined) {
    problems.push(`Expired: this token expired at ${formatEpochSeconds(exp)}; Cognito refuses it.`);
  }
  if (timing.notYetValid) problems.push('Not valid yet: its nbf is in the future.');
  return problems;
}
