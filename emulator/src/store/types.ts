/**
 * The emulator's whole state. Times are epoch seconds (the wire format of AWS JSON 1.1), so a
 * record can be returned as it is stored. Every collection keyed by a name or id a caller chose is
 * a Map: a user named `__proto__` is data, never a property of an object.
 */
export interface AttributeRecord {
  Name: string;
  Value: string;
}

export interface PasswordRecord {
  /** SRP salt and verifier (hex): the password itself is never stored. */
  salt: string;
  verifier: string;
  /** Set by AdminCreateUser / AdminSetUserPassword(Permanent=false): forces a change at sign-in. */
  temporary: boolean;
  setAt: number;
}

export interface MfaOption {
  DeliveryMedium: string;
  AttributeName: string;
}

export interface DeviceRecord {
  DeviceKey: string;
  DeviceAttributes: AttributeRecord[];
  DeviceCreateDate: number;
  DeviceLastModifiedDate: number;
  DeviceLastAuthenticatedDate?: number;
}

/** What ConfirmDevice stored for device SRP (hex), kept apart from what GetDevice returns. */
export interface DeviceVerifierRecord {
  DeviceKey: string;
  salt: string;
  verifier: string;
}

/** A one-time code sent to the user, checked by the operation that consumes it. */
export interface CodeRecord {
  code: string;
  expiresAt: number;
  /** The attribute the code was sent to, which using it verifies. */
  attribute?: 'email' | 'phone_number';
  /** Wrong codes tried since this one was sent. */
  failedAttempts?: number;
  /** A new email or phone held back until this code verifies it (UserAttributeUpdateSettings). */
  pendingValue?: string;
}

export interface UserRecord {
  Username: string;
  Attributes: AttributeRecord[];
  UserCreateDate: number;
  UserLastModifiedDate: number;
  Enabled: boolean;
  UserStatus: string;
  password?: PasswordRecord;
  groups: string[];
  /** Refresh tokens issued before this time (epoch seconds) are refused: global sign-out. */
  tokensValidAfter?: number;
  /** The legacy MFAOptions setting (AdminSetUserSettings). */
  mfaOptions?: MfaOption[];
  devices?: DeviceRecord[];
  /** The user's NewDeviceMetadata.DeviceGroupKey: device SRP's "pool name" for all their devices. */
  deviceGroupKey?: string;
  /** Device SRP verifiers of the user's confirmed devices. */
  deviceVerifiers?: DeviceVerifierRecord[];
  /** The preferred MFA method and the enabled ones, as AdminGetUser reports them. */
  preferredMfa?: string;
  mfaMethods?: string[];
  /** The code SignUp or ResendConfirmationCode sent, for ConfirmSignUp to check. */
  signUpCode?: CodeRecord;
  /** AdminResetUserPassword's or ForgotPassword's code, for ConfirmForgotPassword to check. */
  passwordResetCode?: CodeRecord;
  /** Codes sent to verify a changed email or phone, for VerifyUserAttribute to check. */
  verificationCodes?: { email?: CodeRecord; phone_number?: CodeRecord };
  /** The TOTP authenticator: `secret` once verified, `pendingSecret` between associate and verify. */
  softwareToken?: { secret?: string; pendingSecret?: string; friendlyName?: string };
  /** The MFA challenge in progress: which session it belongs to, the SMS code sent, wrong tries. */
  mfaChallenge?: MfaChallengeRecord;
}

export interface MfaChallengeRecord {
  sessionId: string;
  method: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA';
  /** The code sent by SMS; a software token's code is computed instead. */
  code?: string;
  /** Epoch seconds. */
  expiresAt: number;
  failedAttempts: number;
}

export interface GroupRecord {
  GroupName: string;
  Description?: string;
  RoleArn?: string;
  Precedence?: number;
  CreationDate: number;
  LastModifiedDate: number;
}

/** Signing key of a user pool: tokens are RS256 JWTs verifiable with the pool's JWKS. */
export interface SigningKeyRecord {
  kid: string;
  privateJwk: Record<string, unknown>;
  publicJwk: Record<string, unknown>;
}

/** The pool in DescribeUserPool's shape, minus what is derived at read time. */
export type PoolSettings = Record<string, unknown> & { Id: string; Name: string; Arn: string };

/** An app client in DescribeUserPoolClient's shape. */
export type ClientRecord = Record<string, unknown> & { ClientId: string; ClientName: string };

/** What SetUserPoolMfaConfig stored (MfaConfiguration itself lives in the pool settings). */
export interface MfaConfigRecord {
  SmsMfaConfiguration?: {
    SmsAuthenticationMessage?: string;
    SmsConfiguration?: { SnsCallerArn?: string; ExternalId?: string; SnsRegion?: string };
  };
  SoftwareTokenMfaConfiguration: { Enabled: boolean };
  EmailMfaConfiguration?: { Message?: string; Subject?: string };
  WebAuthnConfiguration?: Record<string, unknown>;
}

export type ProviderType =
  'SAML' | 'OIDC' | 'Google' | 'Facebook' | 'LoginWithAmazon' | 'SignInWithApple';

export interface ProviderRecord {
  ProviderName: string;
  ProviderType: ProviderType;
  /** Only the keys the request sent; the derived ones are added when read. */
  ProviderDetails: Record<string, string>;
  AttributeMapping: Record<string, string>;
  IdpIdentifiers: string[];
  CreationDate: number;
  LastModifiedDate: number;
}

export interface ResourceServerScope {
  ScopeName: string;
  ScopeDescription: string;
}

export interface ResourceServerRecord {
  Identifier: string;
  Name: string;
  Scopes: ResourceServerScope[];
}

export interface DomainRecord {
  Domain: string;
  CloudFrontDistribution: string;
  S3Bucket: string;
  Version: string;
  ManagedLoginVersion: number;
  CustomDomainConfig?: { CertificateArn: string };
}

/** SetUICustomization's settings for one scope: a client id, or ALL for the pool's default. */
export interface UICustomizationRecord {
  ClientId: string;
  CSS?: string;
  /** The logo, base64, and its type read from its bytes. */
  image?: { base64: string; contentType: 'image/png' | 'image/jpeg' };
  CSSVersion: string;
  CreationDate: number;
  LastModifiedDate: number;
}

export type UserImportJobStatus =
  | 'Created'
  | 'Pending'
  | 'InProgress'
  | 'Stopping'
  | 'Stopped'
  | 'Succeeded'
  | 'Failed'
  | 'Expired';

/** A user import job in UserImportJobType's shape, plus where its processing has got to. */
export interface UserImportJobRecord {
  JobId: string;
  JobName: string;
  UserPoolId: string;
  CloudWatchLogsRoleArn: string;
  CreationDate: number;
  StartDate?: number;
  CompletionDate?: number;
  Status: UserImportJobStatus;
  ImportedUsers: number;
  SkippedUsers: number;
  FailedUsers: number;
  CompletionMessage?: string;
  /** The upload URL's signature and expiry (epoch seconds); the URL is rebuilt on each answer. */
  uploadSignature: string;
  uploadExpiresAt: number;
  /** Data rows handled so far: processing resumes after them, also after a restart. */
  rowsDone: number;
  /** One line per skipped or failed row, as the job's CloudWatch log shows them (capped). */
  log: string[];
}

/** The CSV uploaded to a job's pre-signed URL, kept until the job ends. */
export interface ImportFileRecord {
  JobId: string;
  csv: string;
}

/** A pool's own settings: everything of a pool that is not one of its collections. */
export interface PoolConfigRecord {
  pool: PoolSettings;
  signingKey: SigningKeyRecord;
  /** The pool's SAML encryption certificate (base64 DER), made once so Describe stays stable. */
  samlEncryptionCertificate: string;
  mfaConfig?: MfaConfigRecord;
}

export interface UserPoolRecord extends PoolConfigRecord {
  clients: Map<string, ClientRecord>;
  users: Map<string, UserRecord>;
  groups: Map<string, GroupRecord>;
  identityProviders: Map<string, ProviderRecord>;
  resourceServers: Map<string, ResourceServerRecord>;
  domains: Map<string, DomainRecord>;
  /** Classic hosted-UI branding, by client id or ALL. */
  uiCustomizations: Map<string, UICustomizationRecord>;
  /** User import jobs, by JobId, and the CSV files uploaded for them. */
  importJobs: Map<string, UserImportJobRecord>;
  importFiles: Map<string, ImportFileRecord>;
}

export interface IdentityRecord {
  identityId: string;
  identityPoolId: string;
  /** Login keys (provider names) the identity was created with. */
  logins: string[];
  createdAt: number;
}

export interface IssuedCredentialRecord {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** Epoch seconds. */
  expiration: number;
  role: string;
  identityId: string;
}

export interface RefreshTokenRecord {
  poolId: string;
  clientId: string;
  username: string;
  issuedAt: number;
  expiresAt: number;
  /** origin_jti of the tokens issued with it and from it: RevokeToken ends them all. */
  originJti?: string;
  /** The device the sign-in named: ForgetDevice ends the refresh tokens of that device. */
  deviceKey?: string;
}

export interface EmulatorState {
  userPools: Map<string, UserPoolRecord>;
  identities: Map<string, IdentityRecord>;
  credentials: Map<string, IssuedCredentialRecord>;
  /** Refresh tokens: opaque token -> what it refreshes. */
  refreshTokens: Map<string, RefreshTokenRecord>;
  /** Sessions ended by RevokeToken, by origin_jti. */
  revokedTokenFamilies: Map<string, RevokedFamilyRecord>;
}

/** A session ended by RevokeToken; dropped once every token of the session has expired anyway. */
export interface RevokedFamilyRecord {
  originJti: string;
  /** Epoch seconds. */
  expiresAt: number;
}

export const emptyState = (): EmulatorState => ({
  userPools: new Map(),
  identities: new Map(),
  credentials: new Map(),
  refreshTokens: new Map(),
  revokedTokenFamilies: new Map(),
});

/** A pool record around its settings, with empty collections. */
export function poolRecordOf(config: PoolConfigRecord): UserPoolRecord {
  return {
    ...config,
    clients: new Map(),
    users: new Map(),
    groups: new Map(),
    identityProviders: new Map(),
    resourceServers: new Map(),
    domains: new Map(),
    uiCustomizations: new Map(),
    importJobs: new Map(),
    importFiles: new Map(),
  };
}

export function poolConfigOf(record: UserPoolRecord): PoolConfigRecord {
  return {
    pool: record.pool,
    signingKey: record.signingKey,
    samlEncryptionCertificate: record.samlEncryptionCertificate,
    ...(record.mfaConfig ? { mfaConfig: record.mfaConfig } : {}),
  };
}
