import { useId } from 'react';
import { Button } from '@/components/Button';
import { FieldError } from '@/components/Field';
import { decodeJwt } from '@/lib/jwt/decode';
import { RefreshChanges } from './RefreshChanges';
import { RefreshTokenSummary } from './RefreshTokenSummary';
import { TokenPanel } from './TokenPanel';

export interface TokenSet {
  idToken?: string;
  accessToken?: string;
  refreshToken?: string;
}

export interface TokenViewerProps {
  /** The tokens to show; any may be absent. */
  tokens: TokenSet;
  /** The tokens before the last refresh, so the viewer can show what changed. */
  previous?: TokenSet;
  /** Refreshes the tokens; without it the viewer offers no Refresh. */
  onRefresh?: () => void;
  refreshing?: boolean;
}

const slots = [
  ['idToken', 'id', 'ID token'],
  ['accessToken', 'access', 'Access token'],
] as const;

/** The ID and access tokens of a sign-in, decoded. */
export function TokenViewer({ tokens, previous, onRefresh, refreshing }: TokenViewerProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          Tokens
        </h2>
        {onRefresh && (
          <Button variant="secondary" onClick={onRefresh} pending={refreshing}>
            Refresh
          </Button>
        )}
      </div>
      {previous && <RefreshChanges previous={previous} current={tokens} />}
      {slots.map(([slot, use, title]) => {
        const token = tokens[slot];
        if (!token) return null;
        const decoded = decodeJwt(token);
        return decoded.ok ? (
          <TokenPanel key={token} jwt={decoded.jwt} expected={use} />
        ) : (
          <FieldError key={slot}>
            The {title} cannot be decoded: {decoded.problem}
          </FieldError>
        );
      })}
      {tokens.refreshToken && <RefreshTokenSummary token={tokens.refreshToken} />}
    </section>
  );
}
