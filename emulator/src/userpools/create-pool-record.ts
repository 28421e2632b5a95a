import { randomBytes } from 'node:crypto';
import { invalidParameter } from '../protocol/errors.ts';
import { poolRecordOf, type SigningKeyRecord, type UserPoolRecord } from '../store/types.ts';
import { newUserPoolId } from '../users/ids.ts';
import { poolSettings } from './pool-config.ts';
import { epochSeconds, poolArn } from './pool-store.ts';
import { buildSchema } from './schema.ts';

export interface PoolPlacement {
  region: string;
  accountId: string;
  /** Epoch milliseconds. */
  now: number;
  /** Fixed id (seed); otherwise a fresh one. */
  id?: string;
}

/** A new pool record from CreateUserPool's input, with AWS's defaults for everything left out. */
export function createPoolRecord(
  input: Record<string, unknown>,
  placement: PoolPlacement,
  signingKey: SigningKeyRecord,
): UserPoolRecord {
  const usernameAttributes = input.UsernameAttributes as string[] | undefined;
  const aliasAttributes = input.AliasAttributes as string[] | undefined;
  if (usernameAttributes?.length && aliasAttributes?.length) {
    throw invalidParameter(
      'Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.',
    );
  }
  const id = placement.id ?? newUserPoolId(placement.region);
  const now = epochSeconds(placement.now);
  const settings = poolSettings(input);
  const pool: UserPoolRecord['pool'] = {
    Id: id,
    Name: String(input.PoolName),
    Arn: poolArn(placement.region, placement.accountId, id),
    CreationDate: now,
    LastModifiedDate: now,
    SchemaAttributes: buildSchema(input.Schema as never),
    ...(usernameAttributes?.length ? { UsernameAttributes: [...usernameAttributes] } : {}),
    ...(aliasAttributes?.length ? { AliasAttributes: [...aliasAttributes] } : {}),
    ...(input.UsernameConfiguration ? { UsernameConfiguration: input.UsernameConfiguration } : {}),
    ...settings,
  };
  return poolRecordOf({
    pool,
    signingKey,
    samlEncryptionCertificate: randomBytes(768).toString('base64'),
  });
}
