/**
 * The emulator's whole state, as persisted. Times are epoch seconds (the wire format of AWS JSON 1.1),
 * so a record can be returned as it is stored.
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
  /** Free-form extras later modules own (MFA settings, devices, linked identities…). */
  extra?: Record<string, unknown>;
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

export interface UserPoolRecord {
  /** The pool in DescribeUserPool's shape, minus what is derived at read time. */
  pool: Record<string, unknown> & { Id: string; Name: string; Arn: string };
  clients: Record<string, Record<string, unknown> & { ClientId: string; ClientName: string }>;
  users: Record<string, UserRecord>;
  groups: Record<string, GroupRecord>;
  signingKey: SigningKeyRecord;
  /** Free-form per-pool extras later modules own (domain, providers, resource servers…). */
  extra?: Record<string, unknown>;
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

export interface EmulatorState {
  version: 1;
  userPools: Record<string, UserPoolRecord>;
  identities: Record<string, IdentityRecord>;
  credentials: Record<string, IssuedCredentialRecord>;
  /** Refresh tokens: opaque token -> what it refreshes. */
  refreshTokens: Record<string, RefreshTokenRecord>;
  /**
   * Sessions ended by RevokeToken: origin_jti -> epoch seconds after which every token of the
   * session has expired anyway (then the entry is dropped).
   */
  revokedTokenFamilies: Record<string, number>;
}

export interface RefreshTokenRecord {
  poolId: string;
  clientId: string;
  username: string;
  issuedAt: number;
  expiresAt: number;
  /** origin_jti of the tokens issued with it and from it: RevokeToken ends them all. */
  originJti?: string;
}

export const emptyState = (): EmulatorState => ({
  version: 1,
  userPools: {},
  identities: {},
  credentials: {},
  refreshTokens: {},
  revokedTokenFamilies: {},
});
