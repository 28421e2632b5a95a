/**
 * DescribeUserPoolClient output -> UpdateUserPoolClient input. Structural types (no SDK import) so
 * the emulator's contract tests can use the same function.
 */

export type TimeUnit = 'seconds' | 'minutes' | 'hours' | 'days';
export type OAuthFlow = 'code' | 'implicit' | 'client_credentials';
export type ExplicitAuthFlow =
  | 'ADMIN_NO_SRP_AUTH'
  | 'CUSTOM_AUTH_FLOW_ONLY'
  | 'USER_PASSWORD_AUTH'
  | 'ALLOW_ADMIN_USER_PASSWORD_AUTH'
  | 'ALLOW_CUSTOM_AUTH'
  | 'ALLOW_USER_PASSWORD_AUTH'
  | 'ALLOW_USER_SRP_AUTH'
  | 'ALLOW_REFRESH_TOKEN_AUTH'
  | 'ALLOW_USER_AUTH';

export interface TokenValidityUnits {
  AccessToken?: TimeUnit;
  IdToken?: TimeUnit;
  RefreshToken?: TimeUnit;
}

/** The members of UpdateUserPoolClientRequest (service model), ClientId and UserPoolId aside. */
export interface ClientSettings {
  ClientName?: string;
  RefreshTokenValidity?: number;
  AccessTokenValidity?: number;
  IdTokenValidity?: number;
  TokenValidityUnits?: TokenValidityUnits;
  ReadAttributes?: string[];
  WriteAttributes?: string[];
  ExplicitAuthFlows?: ExplicitAuthFlow[];
  SupportedIdentityProviders?: string[];
  CallbackURLs?: string[];
  LogoutURLs?: string[];
  DefaultRedirectURI?: string;
  AllowedOAuthFlows?: OAuthFlow[];
  AllowedOAuthScopes?: string[];
  AllowedOAuthFlowsUserPoolClient?: boolean;
  AnalyticsConfiguration?: {
    ApplicationId?: string;
    ApplicationArn?: string;
    RoleArn?: string;
    ExternalId?: string;
    UserDataShared?: boolean;
  };
  PreventUserExistenceErrors?: 'LEGACY' | 'ENABLED';
  EnableTokenRevocation?: boolean;
  EnablePropagateAdditionalUserContextData?: boolean;
  AuthSessionValidity?: number;
  RefreshTokenRotation?: {
    Feature: 'ENABLED' | 'DISABLED' | undefined;
    RetryGracePeriodSeconds?: number;
  };
}

/** DescribeUserPoolClient's UserPoolClient: the settings plus read-only members. */
export interface ClientDescription extends ClientSettings {
  UserPoolId?: string;
  ClientId?: string;
  ClientSecret?: string;
  CreationDate?: Date;
  LastModifiedDate?: Date;
}

export interface UpdateClientInput extends ClientSettings {
  UserPoolId: string;
  ClientId: string;
}

/** An edited setting; `null` removes it (UpdateUserPoolClient clears what it does not receive). */
export type ClientEdits = { [K in keyof ClientSettings]?: ClientSettings[K] | null };

/** Every member UpdateUserPoolClient accepts; anything else Describe returns is read-only. */
export const updatableClientKeys = [
  'ClientName',
  'RefreshTokenValidity',
  'AccessTokenValidity',
  'IdTokenValidity',
  'TokenValidityUnits',
  'ReadAttributes',
  'WriteAttributes',
  'ExplicitAuthFlows',
  'SupportedIdentityProviders',
  'CallbackURLs',
  'LogoutURLs',
  'DefaultRedirectURI',
  'AllowedOAuthFlows',
  'AllowedOAuthScopes',
  'AllowedOAuthFlowsUserPoolClient',
  'AnalyticsConfiguration',
  'PreventUserExistenceErrors',
  'EnableTokenRevocation',
  'EnablePropagateAdditionalUserContextData',
  'AuthSessionValidity',
  'RefreshTokenRotation',
] as const satisfies readonly (keyof ClientSettings)[];

/** What AWS assumes when a request has validity values but no units (cognito-behaviour.md 12). */
export const defaultTokenValidityUnits: Required<TokenValidityUnits> = {
  AccessToken: 'hours',
  IdToken: 'hours',
  RefreshToken: 'days',
};

/**
 * UpdateUserPoolClient resets every setting it does not receive (cognito-behaviour.md 11), so the
 * request carries everything Describe returned that the user did not change, minus the read-only
 * members (ClientSecret, CreationDate, LastModifiedDate, and any member the update does not
 * accept). TokenValidityUnits is always sent, so "60 minutes" is never re-read as 60 hours.
 */
export function toUpdateUserPoolClientInput(
  described: ClientDescription,
  edits: ClientEdits,
): UpdateClientInput {
  if (!described.UserPoolId || !described.ClientId) {
    throw new Error('The described app client has no UserPoolId or ClientId.');
  }
  const settings: Record<string, unknown> = {};
  for (const key of updatableClientKeys) {
    const value = key in edits ? edits[key] : described[key];
    if (value !== undefined && value !== null) settings[key] = structuredClone(value);
  }
  settings.TokenValidityUnits = {
    ...defaultTokenValidityUnits,
    ...described.TokenValidityUnits,
    ...(edits.TokenValidityUnits ?? {}),
  };
  return {
    UserPoolId: described.UserPoolId,
    ClientId: described.ClientId,
    ...(settings as ClientSettings),
  };
}
