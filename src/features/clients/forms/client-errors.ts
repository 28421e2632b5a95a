import { errorName } from '@/aws/errors';
import { fieldForAwsMessage } from '@/lib/field-errors';

export type ClientErrorField =
  | 'name'
  | 'accessToken'
  | 'idToken'
  | 'refreshToken'
  | 'authSessionValidity'
  | 'readAttributes'
  | 'writeAttributes'
  | 'explicitAuthFlows'
  | 'supportedIdentityProviders'
  | 'callbackUrls'
  | 'logoutUrls'
  | 'defaultRedirectUri'
  | 'allowedOAuthFlows'
  | 'allowedOAuthScopes';

const membersToFields: Record<string, ClientErrorField> = {
  clientName: 'name',
  accessTokenValidity: 'accessToken',
  idTokenValidity: 'idToken',
  refreshTokenValidity: 'refreshToken',
  authSessionValidity: 'authSessionValidity',
  'read attributes': 'readAttributes',
  readAttributes: 'readAttributes',
  'write attributes': 'writeAttributes',
  writeAttributes: 'writeAttributes',
  explicitAuthFlows: 'explicitAuthFlows',
  provider: 'supportedIdentityProviders',
  supportedIdentityProviders: 'supportedIdentityProviders',
  callbackURLs: 'callbackUrls',
  logoutURLs: 'logoutUrls',
  defaultRedirectURI: 'defaultRedirectUri',
  allowedOAuthFlows: 'allowedOAuthFlows',
  allowedOAuthScopes: 'allowedOAuthScopes',
};

/** The form field an AWS refusal is about, or undefined to show it at the top of the form. */
export function clientErrorField(error: unknown): ClientErrorField | undefined {
  const name = errorName(error);
  if (name === 'ScopeDoesNotExistException') return 'allowedOAuthScopes';
  if (name === 'InvalidOAuthFlowException') return 'allowedOAuthFlows';
  if (name !== 'InvalidParameterException' && name !== 'ValidationException') return undefined;
  return error instanceof Error ? fieldForAwsMessage(error.message, membersToFields) : undefined;
}
