import {
  poolConfigOf,
  poolRecordOf,
  type EmulatorState,
  type PoolConfigRecord,
  type UserPoolRecord,
} from './types.ts';

/** A record of a pool's collections, by the collection's field name. */
export type PoolCollection =
  | 'users'
  | 'groups'
  | 'clients'
  | 'identityProviders'
  | 'resourceServers'
  | 'domains'
  | 'uiCustomizations'
  | 'importJobs'
  | 'importFiles';

/** A top-level collection of the state other than the pools. */
export type GlobalCollection =
  'identities' | 'credentials' | 'refreshTokens' | 'revokedTokenFamilies';

/**
 * The unit the store persists: one pool's settings, one record of a pool's collection, or one
 * record of a global collection. A write persists only the records it names.
 */
export type RecordKey =
  | readonly ['pool', poolId: string]
  | readonly [PoolCollection, poolId: string, name: string]
  | readonly [GlobalCollection, id: string];

const POOL_COLLECTIONS: readonly PoolCollection[] = [
  'users',
  'groups',
  'clients',
  'identityProviders',
  'resourceServers',
  'domains',
  'uiCustomizations',
  'importJobs',
  'importFiles',
];
const GLOBAL_COLLECTIONS: readonly GlobalCollection[] = [
  'identities',
  'credentials',
  'refreshTokens',
  'revokedTokenFamilies',
];

const isPoolCollection = (kind: string): kind is PoolCollection =>
  (POOL_COLLECTIONS as readonly string[]).includes(kind);
const isGlobalCollection = (kind: string): kind is GlobalCollection =>
  (GLOBAL_COLLECTIONS as readonly string[]).includes(kind);

/** The record's current value, or null when it no longer exists (a deletion). */
export function valueAt(state: EmulatorState, key: RecordKey): unknown {
  if (key[0] === 'pool') {
    const record = state.userPools.get(key[1]);
    return record ? poolConfigOf(record) : null;
  }
  if (key.length === 3) return state.userPools.get(key[1])?.[key[0]].get(key[2]) ?? null;
  return state[key[0]].get(key[1]) ?? null;
}

/** Every record of the state, pools before their collections. */
export function* allRecords(state: EmulatorState): Generator<[RecordKey, unknown]> {
  for (const [poolId, record] of state.userPools) {
    yield [['pool', poolId], poolConfigOf(record)];
    for (const collection of POOL_COLLECTIONS) {
      for (const [name, value] of record[collection]) yield [[collection, poolId, name], value];
    }
  }
  for (const collection of GLOBAL_COLLECTIONS) {
    for (const [id, value] of state[collection]) yield [[collection, id], value];
  }
}

/**
 * Applies one persisted record to the state. A record of a pool that no longer exists is dropped:
 * the pool's deletion follows it in the journal.
 */
export function applyRecord(state: EmulatorState, key: RecordKey, value: unknown): void {
  if (key[0] === 'pool') {
    const existing = state.userPools.get(key[1]);
    if (value === null) state.userPools.delete(key[1]);
    else if (existing) setPoolConfig(existing, value as PoolConfigRecord);
    else state.userPools.set(key[1], poolRecordOf(value as PoolConfigRecord));
    return;
  }
  if (key.length === 3) {
    const pool = state.userPools.get(key[1]);
    if (!pool) return;
    const collection = pool[key[0]] as Map<string, unknown>;
    if (value === null) collection.delete(key[2]);
    else collection.set(key[2], value);
    return;
  }
  const collection = state[key[0]] as Map<string, unknown>;
  if (value === null) collection.delete(key[1]);
  else collection.set(key[1], value);
}

function setPoolConfig(record: UserPoolRecord, config: PoolConfigRecord): void {
  record.pool = config.pool;
  record.signingKey = config.signingKey;
  record.samlEncryptionCertificate = config.samlEncryptionCertificate;
  if (config.mfaConfig) record.mfaConfig = config.mfaConfig;
  else delete record.mfaConfig;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const stringList = (v: unknown) => Array.isArray(v) && v.every(isString);
const hasStrings = (v: unknown, ...names: string[]) =>
  isObject(v) && names.every((n) => isString(v[n]));
const hasNumbers = (v: unknown, ...names: string[]) =>
  isObject(v) && names.every((n) => isNumber(v[n]));

/** What each kind of record must look like to be loaded; anything else is a corrupt state. */
const SHAPES: Record<RecordKey[0], (v: Record<string, unknown>) => boolean> = {
  pool: (v) =>
    hasStrings(v.pool, 'Id', 'Name', 'Arn') &&
    hasStrings(v.signingKey, 'kid') &&
    isObject((v.signingKey as Record<string, unknown>).privateJwk) &&
    isObject((v.signingKey as Record<string, unknown>).publicJwk) &&
    isString(v.samlEncryptionCertificate),
  users: (v) =>
    isString(v.Username) &&
    Array.isArray(v.Attributes) &&
    v.Attributes.every((a) => hasStrings(a, 'Name', 'Value')) &&
    hasNumbers(v, 'UserCreateDate', 'UserLastModifiedDate') &&
    typeof v.Enabled === 'boolean' &&
    isString(v.UserStatus) &&
    stringList(v.groups) &&
    (v.password === undefined || hasStrings(v.password, 'salt', 'verifier')),
  groups: (v) => isString(v.GroupName) && hasNumbers(v, 'CreationDate', 'LastModifiedDate'),
  clients: (v) => hasStrings(v, 'ClientId', 'ClientName'),
  identityProviders: (v) =>
    hasStrings(v, 'ProviderName', 'ProviderType') &&
    isObject(v.ProviderDetails) &&
    isObject(v.AttributeMapping) &&
    stringList(v.IdpIdentifiers),
  resourceServers: (v) =>
    hasStrings(v, 'Identifier', 'Name') &&
    Array.isArray(v.Scopes) &&
    v.Scopes.every((s) => hasStrings(s, 'ScopeName', 'ScopeDescription')),
  domains: (v) => hasStrings(v, 'Domain', 'CloudFrontDistribution', 'S3Bucket', 'Version'),
  uiCustomizations: (v) =>
    hasStrings(v, 'ClientId', 'CSSVersion') &&
    hasNumbers(v, 'CreationDate', 'LastModifiedDate') &&
    (v.CSS === undefined || isString(v.CSS)) &&
    (v.image === undefined || hasStrings(v.image, 'base64', 'contentType')),
  importJobs: (v) =>
    hasStrings(
      v,
      'JobId',
      'JobName',
      'UserPoolId',
      'CloudWatchLogsRoleArn',
      'Status',
      'uploadSignature',
    ) &&
    hasNumbers(
      v,
      'CreationDate',
      'ImportedUsers',
      'SkippedUsers',
      'FailedUsers',
      'uploadExpiresAt',
      'rowsDone',
    ) &&
    stringList(v.log),
  importFiles: (v) => hasStrings(v, 'JobId', 'csv'),
  identities: (v) => hasStrings(v, 'identityId', 'identityPoolId') && stringList(v.logins),
  credentials: (v) =>
    hasStrings(v, 'accessKeyId', 'secretAccessKey', 'sessionToken', 'role') &&
    isNumber(v.expiration),
  refreshTokens: (v) =>
    hasStrings(v, 'poolId', 'clientId', 'username') && hasNumbers(v, 'issuedAt', 'expiresAt'),
  revokedTokenFamilies: (v) => isString(v.originJti) && isNumber(v.expiresAt),
};

/** The name a record carries must be the name it is filed under. */
const NAME_FIELD: Record<RecordKey[0], string> = {
  pool: '',
  users: 'Username',
  groups: 'GroupName',
  clients: 'ClientId',
  identityProviders: 'ProviderName',
  resourceServers: 'Identifier',
  domains: 'Domain',
  uiCustomizations: 'ClientId',
  importJobs: 'JobId',
  importFiles: 'JobId',
  identities: 'identityId',
  credentials: 'accessKeyId',
  refreshTokens: '',
  revokedTokenFamilies: 'originJti',
};

/** The key of a persisted record, if `key` is one. */
export function parseKey(key: unknown): RecordKey | undefined {
  if (!Array.isArray(key) || !key.every(isString)) return undefined;
  const [kind = ''] = key as string[];
  if (kind === 'pool' && key.length === 2) return key as unknown as RecordKey;
  if (isPoolCollection(kind) && key.length === 3) return key as unknown as RecordKey;
  if (isGlobalCollection(kind) && key.length === 2) return key as unknown as RecordKey;
  return undefined;
}

/** True when `value` may be stored under `key` (null: a deletion). */
export function isValidRecord(key: RecordKey, value: unknown): boolean {
  if (value === null) return true;
  if (!isObject(value) || !SHAPES[key[0]](value)) return false;
  if (key[0] === 'pool') return (value.pool as Record<string, unknown>).Id === key[1];
  const field = NAME_FIELD[key[0]];
  return field === '' || value[field] === key[key.length - 1];
}
