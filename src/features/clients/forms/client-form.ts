/**
 * The app-client form: its values, schema and mappers to and from the API shapes. Pure (no React,
 * no SDK) and tested.
 */
import * as z from 'zod';
import { redirectUrlProblem } from './redirect-url.ts';
import {
  defaultTokenValidityUnits,
  type ClientDescription,
  type ClientEdits,
  type ClientSettings,
  type ExplicitAuthFlow,
  type OAuthFlow,
  type TimeUnit,
} from './update-client-input.ts';

export const timeUnits = ['seconds', 'minutes', 'hours', 'days'] as const;

export const allowAuthFlows = [
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_USER_AUTH',
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  'ALLOW_CUSTOM_AUTH',
] as const satisfies readonly ExplicitAuthFlow[];

export const oauthFlows = [
  'code',
  'implicit',
  'client_credentials',
] as const satisfies readonly OAuthFlow[];

export const standardScopes = [
  'phone',
  'email',
  'openid',
  'profile',
  'aws.cognito.signin.user.admin',
] as const;

const SECONDS: Record<TimeUnit, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

/** The defaults AWS applies when a validity is not set. */
const validityDefaults = {
  access: { value: 60, unit: 'minutes' },
  id: { value: 60, unit: 'minutes' },
  refresh: { value: 30, unit: 'days' },
} as const;

const urlList = z.array(z.object({ value: z.string() })).max(100, 'At most 100 URLs.');

const validity = (min: number, max: number, words: string) =>
  z
    .object({
      value: z
        .number({ error: 'Enter a number.' })
        .int('Use a whole number.')
        .positive('Enter a number above 0.'),
      unit: z.enum(timeUnits),
    })
    .refine((v) => {
      const seconds = v.value * SECONDS[v.unit];
      return seconds >= min && seconds <= max;
    }, `Must be between ${words}.`);

export const clientFormSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter a name.')
      .max(128, 'Use at most 128 characters.')
      .regex(/^[\w\s+=,.@-]+$/, 'Use only letters, numbers, spaces and + = , . @ - _'),
    generateSecret: z.boolean(),
    accessToken: validity(300, 86400, '5 minutes and 1 day'),
    idToken: validity(300, 86400, '5 minutes and 1 day'),
    refreshToken: validity(3600, 3650 * 86400, '60 minutes and 10 years'),
    authSessionValidity: z
      .number({ error: 'Enter a number.' })
      .int('Use a whole number.')
      .min(3, 'At least 3 minutes.')
      .max(15, 'At most 15 minutes.'),
    readAttributes: z.array(z.string()),
    writeAttributes: z.array(z.string()),
    explicitAuthFlows: z.array(z.string()),
    supportedIdentityProviders: z.array(z.string()),
    callbackUrls: urlList,
    logoutUrls: urlList,
    defaultRedirectUri: z.string(),
    allowedOAuthFlowsUserPoolClient: z.boolean(),
    allowedOAuthFlows: z.array(z.enum(oauthFlows)),
    allowedOAuthScopes: z.array(z.string()).max(50, 'At most 50 scopes.'),
    preventUserExistenceErrors: z.boolean(),
    enableTokenRevocation: z.boolean(),
    enablePropagateAdditionalUserContextData: z.boolean(),
  })
  .superRefine((v, ctx) => {
    for (const list of ['callbackUrls', 'logoutUrls'] as const) {
      v[list].forEach((entry, index) => {
        const problem = redirectUrlProblem(entry.value);
        if (problem)
          ctx.addIssue({ code: 'custom', path: [list, index, 'value'], message: problem });
      });
    }
    const callbacks = v.callbackUrls.map((u) => u.value.trim());
    if (v.defaultRedirectUri && !callbacks.includes(v.defaultRedirectUri)) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultRedirectUri'],
        message: 'The default redirect URI must be one of the callback URLs.',
      });
    }
    if (v.allowedOAuthFlows.length > 0 && !v.allowedOAuthFlowsUserPoolClient) {
      ctx.addIssue({
        code: 'custom',
        path: ['allowedOAuthFlowsUserPoolClient'],
        message: 'Turn this on to use the OAuth flows chosen below, or clear the flows.',
      });
    }
    if (v.allowedOAuthFlowsUserPoolClient) {
      if (v.allowedOAuthFlows.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['allowedOAuthFlows'],
          message: 'Choose at least one OAuth flow.',
        });
      }
      if (v.allowedOAuthScopes.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['allowedOAuthScopes'],
          message: 'Choose at least one scope.',
        });
      }
      const browserFlow = v.allowedOAuthFlows.some((f) => f !== 'client_credentials');
      if (browserFlow && callbacks.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['callbackUrls'],
          message: 'The code and implicit flows need at least one callback URL.',
        });
      }
      if (v.allowedOAuthFlows.includes('client_credentials') && v.allowedOAuthFlows.length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['allowedOAuthFlows'],
          message: 'client_credentials cannot be combined with the code or implicit flow.',
        });
      }
    }
  });

export type ClientFormValues = z.infer<typeof clientFormSchema>;

export const newClientDefaults: ClientFormValues = {
  name: '',
  generateSecret: false,
  accessToken: { ...validityDefaults.access },
  idToken: { ...validityDefaults.id },
  refreshToken: { ...validityDefaults.refresh },
  authSessionValidity: 3,
  readAttributes: [],
  writeAttributes: [],
  explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  supportedIdentityProviders: ['COGNITO'],
  callbackUrls: [],
  logoutUrls: [],
  defaultRedirectUri: '',
  allowedOAuthFlowsUserPoolClient: false,
  allowedOAuthFlows: [],
  allowedOAuthScopes: [],
  preventUserExistenceErrors: true,
  enableTokenRevocation: true,
  enablePropagateAdditionalUserContextData: false,
};

function validityValue(
  value: number | undefined,
  unit: TimeUnit | undefined,
  fallbackUnit: TimeUnit,
  unset: { value: number; unit: TimeUnit },
) {
  return value === undefined ? { ...unset } : { value, unit: unit ?? fallbackUnit };
}

/** DescribeUserPoolClient -> form values (the edit form's defaultValues). */
export function toClientFormValues(client: ClientDescription): ClientFormValues {
  const units = client.TokenValidityUnits ?? {};
  return {
    name: client.ClientName ?? '',
    generateSecret: Boolean(client.ClientSecret),
    accessToken: validityValue(
      client.AccessTokenValidity,
      units.AccessToken,
      defaultTokenValidityUnits.AccessToken,
      validityDefaults.access,
    ),
    idToken: validityValue(
      client.IdTokenValidity,
      units.IdToken,
      defaultTokenValidityUnits.IdToken,
      validityDefaults.id,
    ),
    refreshToken: validityValue(
      client.RefreshTokenValidity,
      units.RefreshToken,
      defaultTokenValidityUnits.RefreshToken,
      validityDefaults.refresh,
    ),
    authSessionValidity: client.AuthSessionValidity ?? 3,
    readAttributes: [...(client.ReadAttributes ?? [])],
    writeAttributes: [...(client.WriteAttributes ?? [])],
    explicitAuthFlows: [...(client.ExplicitAuthFlows ?? [])],
    supportedIdentityProviders: [...(client.SupportedIdentityProviders ?? [])],
    callbackUrls: (client.CallbackURLs ?? []).map((value) => ({ value })),
    logoutUrls: (client.LogoutURLs ?? []).map((value) => ({ value })),
    defaultRedirectUri: client.DefaultRedirectURI ?? '',
    allowedOAuthFlowsUserPoolClient: client.AllowedOAuthFlowsUserPoolClient ?? false,
    allowedOAuthFlows: [...(client.AllowedOAuthFlows ?? [])],
    allowedOAuthScopes: [...(client.AllowedOAuthScopes ?? [])],
    preventUserExistenceErrors: client.PreventUserExistenceErrors === 'ENABLED',
    enableTokenRevocation: client.EnableTokenRevocation ?? true,
    enablePropagateAdditionalUserContextData:
      client.EnablePropagateAdditionalUserContextData ?? false,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
const sameList = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');
const urls = (list: { value: string }[]) => list.map((u) => u.value.trim());
/** An empty list is sent as "not set": UpdateUserPoolClient treats the two alike. */
const listOrNull = <T>(list: T[]): T[] | null => (list.length > 0 ? list : null);

/**
 * The settings the user changed (compared with the form values Describe gave), as ClientEdits.
 * Unchanged settings are left out so toUpdateUserPoolClientInput copies them from Describe.
 */
export function clientEditsFromForm(
  described: ClientDescription,
  values: ClientFormValues,
): ClientEdits {
  const initial = toClientFormValues(described);
  const edits: ClientEdits = {};
  const units: NonNullable<ClientSettings['TokenValidityUnits']> = {};
  if (values.name.trim() !== initial.name) edits.ClientName = values.name.trim();
  for (const [key, valueKey, unitKey] of [
    ['accessToken', 'AccessTokenValidity', 'AccessToken'],
    ['idToken', 'IdTokenValidity', 'IdToken'],
    ['refreshToken', 'RefreshTokenValidity', 'RefreshToken'],
  ] as const) {
    const now = values[key];
    const before = initial[key];
    if (now.value !== before.value || now.unit !== before.unit) {
      edits[valueKey] = now.value;
      units[unitKey] = now.unit;
    }
  }
  if (Object.keys(units).length > 0) edits.TokenValidityUnits = units;
  if (values.authSessionValidity !== initial.authSessionValidity) {
    edits.AuthSessionValidity = values.authSessionValidity;
  }
  const sets = [
    ['readAttributes', 'ReadAttributes'],
    ['writeAttributes', 'WriteAttributes'],
    ['supportedIdentityProviders', 'SupportedIdentityProviders'],
    ['allowedOAuthScopes', 'AllowedOAuthScopes'],
  ] as const;
  for (const [key, apiKey] of sets) {
    if (!sameSet(values[key], initial[key])) edits[apiKey] = listOrNull([...values[key]]);
  }
  if (!sameSet(values.explicitAuthFlows, initial.explicitAuthFlows)) {
    edits.ExplicitAuthFlows = listOrNull(values.explicitAuthFlows as ExplicitAuthFlow[]);
  }
  if (!sameSet(values.allowedOAuthFlows, initial.allowedOAuthFlows)) {
    edits.AllowedOAuthFlows = listOrNull([...values.allowedOAuthFlows]);
  }
  if (!sameList(urls(values.callbackUrls), urls(initial.callbackUrls))) {
    edits.CallbackURLs = listOrNull(urls(values.callbackUrls));
  }
  if (!sameList(urls(values.logoutUrls), urls(initial.logoutUrls))) {
    edits.LogoutURLs = listOrNull(urls(values.logoutUrls));
  }
  if (values.defaultRedirectUri !== initial.defaultRedirectUri) {
    edits.DefaultRedirectURI = values.defaultRedirectUri || null;
  }
  if (values.allowedOAuthFlowsUserPoolClient !== initial.allowedOAuthFlowsUserPoolClient) {
    edits.AllowedOAuthFlowsUserPoolClient = values.allowedOAuthFlowsUserPoolClient;
  }
  if (values.preventUserExistenceErrors !== initial.preventUserExistenceErrors) {
    edits.PreventUserExistenceErrors = values.preventUserExistenceErrors ? 'ENABLED' : 'LEGACY';
  }
  if (values.enableTokenRevocation !== initial.enableTokenRevocation) {
    edits.EnableTokenRevocation = values.enableTokenRevocation;
  }
  if (
    values.enablePropagateAdditionalUserContextData !==
    initial.enablePropagateAdditionalUserContextData
  ) {
    edits.EnablePropagateAdditionalUserContextData =
      values.enablePropagateAdditionalUserContextData;
  }
  return edits;
}

export interface CreateClientInput extends ClientSettings {
  UserPoolId: string;
  ClientName: string;
  GenerateSecret?: boolean;
}

/** Form values -> CreateUserPoolClient input: every setting explicit, units always sent. */
export function toCreateUserPoolClientInput(
  poolId: string,
  values: ClientFormValues,
): CreateClientInput {
  const callbacks = urls(values.callbackUrls);
  const logouts = urls(values.logoutUrls);
  const optionalList = <K extends string, T>(key: K, list: T[]) =>
    (list.length > 0 ? { [key]: [...list] } : {}) as Partial<Record<K, T[]>>;
  return {
    UserPoolId: poolId,
    ClientName: values.name.trim(),
    GenerateSecret: values.generateSecret,
    AccessTokenValidity: values.accessToken.value,
    IdTokenValidity: values.idToken.value,
    RefreshTokenValidity: values.refreshToken.value,
    TokenValidityUnits: {
      AccessToken: values.accessToken.unit,
      IdToken: values.idToken.unit,
      RefreshToken: values.refreshToken.unit,
    },
    AuthSessionValidity: values.authSessionValidity,
    ...optionalList('ReadAttributes', values.readAttributes),
    ...optionalList('WriteAttributes', values.writeAttributes),
    ...optionalList('ExplicitAuthFlows', values.explicitAuthFlows as ExplicitAuthFlow[]),
    ...optionalList('SupportedIdentityProviders', values.supportedIdentityProviders),
    ...optionalList('CallbackURLs', callbacks),
    ...optionalList('LogoutURLs', logouts),
    ...(values.defaultRedirectUri ? { DefaultRedirectURI: values.defaultRedirectUri } : {}),
    AllowedOAuthFlowsUserPoolClient: values.allowedOAuthFlowsUserPoolClient,
    ...optionalList('AllowedOAuthFlows', values.allowedOAuthFlows as OAuthFlow[]),
    ...optionalList('AllowedOAuthScopes', values.allowedOAuthScopes),
    PreventUserExistenceErrors: values.preventUserExistenceErrors ? 'ENABLED' : 'LEGACY',
    EnableTokenRevocation: values.enableTokenRevocation,
    EnablePropagateAdditionalUserContextData: values.enablePropagateAdditionalUserContextData,
  };
}
