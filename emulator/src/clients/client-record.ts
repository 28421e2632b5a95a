import { invalidParameter } from '../protocol/errors.ts';
import type { ClientRecord, UserPoolRecord } from '../store/types.ts';
import type { SchemaAttribute } from '../userpools/schema.ts';
import { checkOAuthSettings, type OAuthInput } from './oauth-settings.ts';
import { tokenValidity, type ValidityInput } from './token-validity.ts';

export type { ClientRecord };

export interface ClientSettingsInput extends OAuthInput, ValidityInput {
  ClientName?: string;
  ReadAttributes?: string[];
  WriteAttributes?: string[];
  ExplicitAuthFlows?: string[];
  AnalyticsConfiguration?: Record<string, unknown>;
  PreventUserExistenceErrors?: string;
  EnableTokenRevocation?: boolean;
  EnablePropagateAdditionalUserContextData?: boolean;
  AuthSessionValidity?: number;
  RefreshTokenRotation?: { Feature: string; RetryGracePeriodSeconds?: number };
}

/** What a client keeps across updates. */
export interface ClientIdentity {
  ClientId: string;
  ClientName: string;
  ClientSecret?: string;
  CreationDate: number;
}

export const DEFAULT_AUTH_FLOWS = [
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_CUSTOM_AUTH',
];
const LEGACY_AUTH_FLOWS = ['ADMIN_NO_SRP_AUTH', 'CUSTOM_AUTH_FLOW_ONLY', 'USER_PASSWORD_AUTH'];

function checkAttributes(pool: UserPoolRecord, input: ClientSettingsInput, verb: string): void {
  const schema = pool.pool.SchemaAttributes as SchemaAttribute[];
  const byName = new Map(schema.map((a) => [a.Name, a]));
  if (input.ReadAttributes?.some((name) => !byName.has(name))) {
    throw invalidParameter(`Invalid read attributes specified while ${verb} a client`);
  }
  if (input.WriteAttributes?.some((name) => !byName.get(name)?.Mutable)) {
    throw invalidParameter(`Invalid write attributes specified while ${verb} a client`);
  }
}

function authFlows(input: ClientSettingsInput): string[] {
  const flows = input.ExplicitAuthFlows?.length
    ? [...new Set(input.ExplicitAuthFlows)]
    : DEFAULT_AUTH_FLOWS;
  const legacy = flows.filter((f) => LEGACY_AUTH_FLOWS.includes(f));
  if (legacy.length > 0 && legacy.length < flows.length) {
    throw invalidParameter('ExplicitAuthFlows cannot mix legacy values with ALLOW_ values.');
  }
  if (
    input.RefreshTokenRotation?.Feature === 'ENABLED' &&
    flows.includes('ALLOW_REFRESH_TOKEN_AUTH')
  ) {
    throw invalidParameter(
      'ALLOW_REFRESH_TOKEN_AUTH cannot be enabled when refresh token rotation is enabled.',
    );
  }
  return [...flows];
}

/**
 * A DescribeUserPoolClient-shaped record from a Create or Update request: every setting the
 * request leaves out takes AWS's default, as UpdateUserPoolClient does (cognito-behaviour.md 11).
 */
export function buildClientRecord(
  pool: UserPoolRecord,
  input: ClientSettingsInput,
  identity: ClientIdentity,
  now: number,
  verb: 'creating' | 'updating',
): ClientRecord {
  checkAttributes(pool, input, verb);
  const explicitAuthFlows = authFlows(input);
  checkOAuthSettings(pool, input, identity.ClientSecret !== undefined);
  const list = (values: string[] | undefined) => (values?.length ? [...values] : undefined);
  const record: Record<string, unknown> = {
    UserPoolId: pool.pool.Id,
    ClientName: input.ClientName ?? identity.ClientName,
    ClientId: identity.ClientId,
    ClientSecret: identity.ClientSecret,
    LastModifiedDate: now,
    CreationDate: identity.CreationDate,
    ...tokenValidity(input),
    ReadAttributes: list(input.ReadAttributes),
    WriteAttributes: list(input.WriteAttributes),
    ExplicitAuthFlows: explicitAuthFlows,
    SupportedIdentityProviders: list(input.SupportedIdentityProviders),
    CallbackURLs: list(input.CallbackURLs),
    LogoutURLs: list(input.LogoutURLs),
    DefaultRedirectURI: input.DefaultRedirectURI,
    AllowedOAuthFlows: list(input.AllowedOAuthFlows),
    AllowedOAuthScopes: list(input.AllowedOAuthScopes),
    AllowedOAuthFlowsUserPoolClient: input.AllowedOAuthFlowsUserPoolClient ?? false,
    AnalyticsConfiguration: input.AnalyticsConfiguration
      ? { UserDataShared: false, ...input.AnalyticsConfiguration }
      : undefined,
    // Defaults to LEGACY when omitted (API_CreateUserPoolClient.html).
    PreventUserExistenceErrors: input.PreventUserExistenceErrors ?? 'LEGACY',
    EnableTokenRevocation: input.EnableTokenRevocation ?? true,
    EnablePropagateAdditionalUserContextData:
      input.EnablePropagateAdditionalUserContextData ?? false,
    AuthSessionValidity: input.AuthSessionValidity ?? 3,
    RefreshTokenRotation: input.RefreshTokenRotation
      ? { RetryGracePeriodSeconds: 0, ...input.RefreshTokenRotation }
      : undefined,
  };
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record as ClientRecord;
}
