import type { RequestContext } from '../protocol/context.ts';
import { notAuthorized } from '../protocol/errors.ts';
import type { RefreshTokenRecord, UserPoolRecord, UserRecord } from '../store/types.ts';

/** AuthenticationResult as InitiateAuth / RespondToAuthChallenge return it. */
export interface AuthenticationResult {
  AccessToken: string;
  IdToken: string;
  RefreshToken?: string;
  ExpiresIn: number;
  TokenType: 'Bearer';
}

/**
 * Signs ID and access tokens shaped like AWS's for the user and, when asked, a refresh token.
 * Placeholder: the tokens module implements it.
 */
export async function issueTokens(
  _ctx: RequestContext,
  _pool: UserPoolRecord,
  _clientId: string,
  _user: UserRecord,
  _options: { withRefreshToken: boolean },
): Promise<AuthenticationResult> {
  throw notAuthorized('Token issuing is not implemented yet.');
}

/** Looks a refresh token up; throws NotAuthorizedException as AWS does when it is invalid or revoked. */
export function redeemRefreshToken(
  _ctx: RequestContext,
  _token: string,
  _clientId: string,
): RefreshTokenRecord {
  throw notAuthorized('Invalid Refresh Token');
}
