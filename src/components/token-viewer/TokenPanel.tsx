import { useId } from 'react';
import { DescriptionList } from '@/components/DescriptionList';
import { numberClaim, stringClaim, tokenUseOf, type DecodedJwt } from '@/lib/jwt/decode';
import { formatDuration, lifetimeSeconds } from '@/lib/jwt/expiry';
import { ClaimsTable } from './ClaimsTable';
import { ExpiryCountdown } from './ExpiryCountdown';
import { formatEpochSeconds } from './format-time';
import { SignatureStatus } from './SignatureStatus';
import { useTokenCheck } from './use-token-check';

const titles = { id: 'ID token', access: 'Access token' } as const;

/** One decoded token: who issued it, whether its signature holds, when it expires, every claim. */
export function TokenPanel({
  jwt,
  expected,
  headingLevel = 3,
}: {
  jwt: DecodedJwt;
  /** The slot the token was given in; a token_use that disagrees is pointed out. */
  expected?: 'id' | 'access';
  headingLevel?: 2 | 3;
}) {
  const headingId = useId();
  const tokenUse = tokenUseOf(jwt.claims);
  const title = titles[tokenUse ?? expected ?? 'id'] ?? 'Token';
  const { check, issuer, retry, retrying } = useTokenCheck(jwt.compact, jwt.claims.get('iss'));
  const exp = numberClaim(jwt.claims, 'exp');
  const iat = numberClaim(jwt.claims, 'iat');
  const authTime = numberClaim(jwt.claims, 'auth_time');
  const lifetime = lifetimeSeconds(iat, exp);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
  const user = stringClaim(jwt.claims, 'cognito:username') ?? stringClaim(jwt.claims, 'username');

  return (
    <section
      aria-labelledby={headingId}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <Heading id={headingId} className="text-base font-semibold text-slate-900">
        {tokenUse ? title : 'Token (no token_use: not an ID or access token of Cognito)'}
      </Heading>
      {expected && tokenUse && tokenUse !== expected && (
        <p className="text-sm text-amber-800">
          This was given as the {titles[expected]}, but its token_use says {title}.
        </p>
      )}
      <DescriptionList
        items={[
          {
            term: 'Pool',
            value: issuer ? `${issuer.poolId} (${issuer.region})` : 'Not a Cognito user pool',
          },
          {
            term: 'Signature',
            value: (
              <SignatureStatus check={check} issuer={issuer} onRetry={retry} retrying={retrying} />
            ),
          },
          {
            term: 'Expires',
            value: <ExpiryCountdown exp={exp} nbf={numberClaim(jwt.claims, 'nbf')} />,
          },
          { term: 'Issued', value: iat !== undefined ? formatEpochSeconds(iat) : undefined },
          {
            term: 'Lifetime',
            value: lifetime !== undefined ? formatDuration(lifetime) : undefined,
          },
          {
            term: 'Signed in',
            value: authTime !== undefined ? formatEpochSeconds(authTime) : undefined,
          },
          { term: 'User', value: user },
        ]}
      />
      <SubHeading className="text-sm font-semibold text-slate-800">Header</SubHeading>
      <ClaimsTable caption={`${title} header`} entries={jwt.header} part="header" />
      <SubHeading className="text-sm font-semibold text-slate-800">Claims</SubHeading>
      <ClaimsTable
        caption={`${title} claims`}
        entries={jwt.claims}
        part="claims"
        tokenUse={tokenUse}
      />
    </section>
  );
}
