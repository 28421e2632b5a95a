import clsx from 'clsx';
import { Button } from '@/components/Button';
import type { CognitoIssuer } from '@/lib/jwt/issuer';
import { signatureMessage } from './signature-message';
import type { TokenCheck } from './use-token-check';

const marks = { valid: '✓', invalid: '✗', unknown: '?' } as const;

/** The signature verdict, why, and Retry when the pool's keys could not be read. */
export function SignatureStatus({
  check,
  issuer,
  onRetry,
  retrying,
}: {
  check: TokenCheck;
  issuer?: CognitoIssuer;
  onRetry: () => void;
  retrying: boolean;
}) {
  const message = signatureMessage(check, issuer);
  return (
    <div className="space-y-1">
      <p
        className={clsx(
          'font-medium',
          message.tone === 'valid' && 'text-green-800',
          message.tone === 'invalid' && 'text-red-800',
          message.tone === 'unknown' && 'text-slate-700',
        )}
      >
        <span aria-hidden="true">{marks[message.tone]} </span>
        {message.verdict}
      </p>
      <p className="text-slate-600">{message.detail}</p>
      {check.kind === 'keys-unavailable' && (
        <Button variant="secondary" onClick={onRetry} pending={retrying}>
          Check again
        </Button>
      )}
    </div>
  );
}
