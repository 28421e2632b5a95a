import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { applyRecord, isValidRecord, type GlobalCollection, type RecordKey } from './records.ts';
import { StateError } from './state-error.ts';
import { emptyState, type EmulatorState } from './types.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The pool extras of the single-file format, now fields of the pool record. */
const POOL_EXTRAS = {
  domains: 'domains',
  identityProviders: 'identityProviders',
  resourceServers: 'resourceServers',
} as const;

/**
 * Reads the single-file state (`state.json`, version 1) of earlier versions into the current
 * shape; throws StateError when it is not one.
 */
export async function readLegacyState(path: string): Promise<EmulatorState> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new StateError(path, 'it is not valid JSON');
  }
  if (!isObject(parsed) || parsed.version !== 1 || !isObject(parsed.userPools))
    throw new StateError(path, 'it has no userPools object');
  const state = emptyState();
  const put = (key: RecordKey, value: unknown) => {
    if (!isValidRecord(key, value) || value === null)
      throw new StateError(path, `${key.slice(0, 2).join(' ')} is not a valid record`);
    applyRecord(state, key, value);
  };
  for (const [poolId, record] of Object.entries(parsed.userPools)) {
    if (!isObject(record)) throw new StateError(path, `pool ${poolId} is not an object`);
    const extra = isObject(record.extra) ? record.extra : {};
    put(['pool', poolId], {
      pool: record.pool,
      signingKey: record.signingKey,
      samlEncryptionCertificate:
        typeof extra.samlEncryptionCertificate === 'string'
          ? extra.samlEncryptionCertificate
          : randomBytes(768).toString('base64'),
      ...(isObject(extra.mfaConfig) ? { mfaConfig: extra.mfaConfig } : {}),
    });
    for (const [collection, source] of [
      ['users', record.users],
      ['groups', record.groups],
      ['clients', record.clients],
      ...Object.entries(POOL_EXTRAS).map(([field, name]) => [field, extra[name] ?? {}]),
    ] as const) {
      if (!isObject(source)) throw new StateError(path, `pool ${poolId}: ${collection} is missing`);
      for (const [name, value] of Object.entries(source)) {
        const converted =
          collection === 'users' && isObject(value) && isObject(value.extra)
            ? (({ extra: userExtra, ...user }) => ({ ...user, ...(userExtra as Json) }))(value)
            : value;
        put([collection as 'users', poolId, name], converted);
      }
    }
  }
  for (const collection of ['identities', 'credentials', 'refreshTokens'] as GlobalCollection[]) {
    const source = parsed[collection] ?? {};
    if (!isObject(source)) throw new StateError(path, `${collection} is not an object`);
    for (const [id, value] of Object.entries(source)) put([collection, id], value);
  }
  const revoked = parsed.revokedTokenFamilies ?? {};
  if (!isObject(revoked)) throw new StateError(path, 'revokedTokenFamilies is not an object');
  for (const [originJti, expiresAt] of Object.entries(revoked))
    put(['revokedTokenFamilies', originJti], { originJti, expiresAt });
  return state;
}
