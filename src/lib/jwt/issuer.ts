export interface CognitoIssuer {
  region: string;
  poolId: string;
  /** The `iss` value itself. */
  issuer: string;
}

const ISSUER =
  /^https:\/\/cognito-idp\.([a-z]{2}(?:-gov)?-[a-z]+-\d)\.amazonaws\.com\/([\w-]+_[0-9A-Za-z]+)$/;

/** The pool and region a token belongs to, read from its `iss`; undefined when not a user pool's. */
export function parseCognitoIssuer(iss: unknown): CognitoIssuer | undefined {
  if (typeof iss !== 'string') return undefined;
  const match = ISSUER.exec(iss);
  if (!match) return undefined;
  const [, region = '', poolId = ''] = match;
  // A pool id starts with its region; an issuer that disagrees is not one Cognito wrote.
  if (!poolId.startsWith(`${region}_`)) return undefined;
  return { region, poolId, issuer: iss };
}

/** Why a token's `iss` is not a user pool's, in words for the person who pasted it. */
export function issuerProblem(iss: unknown): string | undefined {
  if (parseCognitoIssuer(iss) !== undefined) return undefined;
  if (iss === undefined)
    return 'The token has no issuer (iss), so it is not a Cognito user pool token.';
  if (typeof iss !== 'string') return 'The issuer (iss) is not a string.';
  return `The issuer ${iss} is not a Cognito user pool (https://cognito-idp.<region>.amazonaws.com/<pool id>).`;
}

/**
 * Where the pool's signing keys are published: `<iss>/.well-known/jwks.json` on AWS, or under the
 * configured Cognito endpoint when one replaces AWS's (the emulator keeps AWS's `iss`).
 */
export function jwksUrlOf(issuer: CognitoIssuer, idpEndpoint?: string): string {
  if (!idpEndpoint) return `${issuer.issuer}/.well-known/jwks.json`;
  return `${idpEndpoint.replace(/\/+$/, '')}/${issuer.poolId}/.well-known/jwks.json`;
}

/** The issuer Cognito writes into a pool's tokens. */
export function issuerOfPool(poolId: string): CognitoIssuer {
  const region = poolId.slice(0, Math.max(0, poolId.indexOf('_')));
  return { region, poolId, issuer: `https://cognito-idp.${region}.amazonaws.com/${poolId}` };
}
