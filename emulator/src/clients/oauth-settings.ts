import { AwsError, invalidParameter } from '../protocol/errors.ts';
import { customScopes } from '../resource-servers/resource-server-store.ts';
import type { UserPoolRecord } from '../store/types.ts';

export const STANDARD_SCOPES = [
  'phone',
  'email',
  'openid',
  'profile',
  'aws.cognito.signin.user.admin',
];

const invalidFlow = (message: string) => new AwsError('InvalidOAuthFlowException', message);

/**
 * Redirect URIs must be absolute, without a fragment, and HTTPS except http://localhost (for
 * testing); app schemes such as myapp://callback are allowed.
 */
export function checkRedirectUrl(url: string, field: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalidParameter(`${field}: ${url} is not a valid URL.`);
  }
  if (parsed.hash || url.includes('#')) {
    throw invalidParameter(`${field}: ${url} must not contain a fragment.`);
  }
  if (parsed.protocol === 'http:' && parsed.hostname !== 'localhost') {
    throw invalidParameter(`${field}: ${url} must use HTTPS (HTTP is only allowed for localhost).`);
  }
}

export interface OAuthInput {
  SupportedIdentityProviders?: string[];
  CallbackURLs?: string[];
  LogoutURLs?: string[];
  DefaultRedirectURI?: string;
  AllowedOAuthFlows?: string[];
  AllowedOAuthScopes?: string[];
  AllowedOAuthFlowsUserPoolClient?: boolean;
}

/** Checks the OAuth part of a client against the pool (scopes, providers, flows, URLs). */
export function checkOAuthSettings(
  pool: UserPoolRecord,
  input: OAuthInput,
  hasSecret: boolean,
): void {
  for (const name of input.SupportedIdentityProviders ?? []) {
    if (name !== 'COGNITO' && !pool.identityProviders.has(name)) {
      throw invalidParameter(`The provider ${name} does not exist for User Pool ${pool.pool.Id}`);
    }
  }
  for (const url of input.CallbackURLs ?? []) checkRedirectUrl(url, 'CallbackURLs');
  for (const url of input.LogoutURLs ?? []) checkRedirectUrl(url, 'LogoutURLs');
  if (input.DefaultRedirectURI !== undefined) {
    checkRedirectUrl(input.DefaultRedirectURI, 'DefaultRedirectURI');
    if (!(input.CallbackURLs ?? []).includes(input.DefaultRedirectURI)) {
      throw invalidParameter('DefaultRedirectURI must be one of the CallbackURLs.');
    }
  }

  const custom = customScopes(pool);
  const scopes = input.AllowedOAuthScopes ?? [];
  for (const scope of scopes) {
    if (!STANDARD_SCOPES.includes(scope) && !custom.has(scope)) {
      throw new AwsError('ScopeDoesNotExistException', `Invalid scope requested: ${scope}`);
    }
  }

  const flows = input.AllowedOAuthFlows ?? [];
  const enabled = input.AllowedOAuthFlowsUserPoolClient === true;
  if (flows.length > 0 && !enabled) {
    throw invalidFlow('AllowedOAuthFlowsUserPoolClient must be true to use AllowedOAuthFlows.');
  }
  if (!enabled) return;
  if (flows.length === 0 || scopes.length === 0) {
    throw invalidParameter(
      'AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.',
    );
  }
  if (flows.includes('client_credentials')) {
    if (flows.length > 1) {
      throw invalidFlow(
        'client_credentials flow can not be selected along with code flow or implicit flow.',
      );
    }
    if (!hasSecret) {
      throw invalidFlow(
        'client_credentials flow can not be selected if client does not have a client secret.',
      );
    }
    if (scopes.some((s) => !custom.has(s))) {
      throw invalidFlow('client_credentials flow can only be used with custom scopes.');
    }
  } else if ((input.CallbackURLs ?? []).length === 0) {
    throw invalidParameter('CallbackURLs are required when the code or implicit flow is allowed.');
  }
}
