import { describe, expect, it } from 'vitest';
import { poolRecordOf, type UserPoolRecord } from '../store/types.ts';
import { buildSchema } from '../userpools/schema.ts';
import { csvHeaderOf } from './csv-header.ts';
import { MAX_ROW_CHARACTERS, rowOutcome } from './import-row.ts';

function poolWith(settings: Record<string, unknown> = {}, schema: object[] = []): UserPoolRecord {
  return poolRecordOf({
    pool: {
      Id: 'us-east-1_Rows',
      Name: 'rows',
      Arn: 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Rows',
      SchemaAttributes: buildSchema(schema as never),
      AutoVerifiedAttributes: ['email'],
      MfaConfiguration: 'OFF',
      ...settings,
    },
    signingKey: { kid: 'k', privateJwk: {}, publicJwk: {} },
    samlEncryptionCertificate: '',
  });
}

/** The outcome of one row giving `values` (by column), the others empty. */
function outcome(pool: UserPoolRecord, values: Record<string, string>, length = 100) {
  const header = csvHeaderOf(pool);
  const row = { line: 2, values: header.map((c) => values[c] ?? ''), length };
  return rowOutcome(pool, header, row);
}

const user = (extra: Record<string, string> = {}) => ({
  'cognito:username': 'ann',
  'cognito:mfa_enabled': 'FALSE',
  email: ' ann@example.com ',
  email_verified: 'TRUE',
  ...extra,
});

describe('rowOutcome', () => {
  it('imports a good row: values trimmed, booleans as true/false, empty columns left out', () => {
    expect(outcome(poolWith(), user({ given_name: 'Ann' }))).toEqual({
      kind: 'import',
      username: 'ann',
      attributes: [
        { Name: 'given_name', Value: 'Ann' },
        { Name: 'email', Value: 'ann@example.com' },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
  });

  it('skips a username the pool already has', () => {
    const pool = poolWith();
    pool.users.set('ann', {
      Username: 'ann',
      Attributes: [],
      UserCreateDate: 0,
      UserLastModifiedDate: 0,
      Enabled: true,
      UserStatus: 'CONFIRMED',
      groups: [],
    });
    expect(outcome(pool, user())).toEqual({ kind: 'skip', reason: 'The user already exists.' });
  });

  it.each([
    ['no auto-verified attribute verified', user({ email_verified: 'false' }), /auto verified/],
    ['a missing username', user({ 'cognito:username': '' }), /cognito:username/],
    ['a username with a tab', user({ 'cognito:username': 'a\tb' }), /white space/],
    ['mfa_enabled not a boolean', user({ 'cognito:mfa_enabled': 'yes' }), /true or false/],
    [
      'mfa_enabled true in a pool without MFA',
      user({ 'cognito:mfa_enabled': 'true' }),
      /MFA is off/,
    ],
    ['a bad email', user({ email: 'nope' }), /email/],
    [
      'a verified phone without a number',
      user({ phone_number_verified: 'true' }),
      /phone_number_verified/,
    ],
    ['updated_at that is not a number', user({ updated_at: 'yesterday' }), /schema/],
  ])('fails %s', (_why, values, reason) => {
    const result = outcome(poolWith(), values);
    expect(result.kind).toBe('fail');
    expect(result.kind === 'fail' && result.reason).toMatch(reason);
  });

  it('needs cognito:mfa_enabled true where MFA is required', () => {
    expect(outcome(poolWith({ MfaConfiguration: 'ON' }), user()).kind).toBe('fail');
    expect(
      outcome(poolWith({ MfaConfiguration: 'ON' }), user({ 'cognito:mfa_enabled': 'true' })).kind,
    ).toBe('import');
  });

  it('fails a row without a required attribute, and a row over the length limit', () => {
    const pool = poolWith({}, [{ Name: 'family_name', Required: true }]);
    expect(outcome(pool, user())).toMatchObject({ kind: 'fail', reason: /family_name/ });
    expect(outcome(poolWith(), user(), MAX_ROW_CHARACTERS + 1)).toMatchObject({ kind: 'fail' });
  });

  it('a pool without auto-verified attributes needs no verified flag', () => {
    expect(
      outcome(poolWith({ AutoVerifiedAttributes: [] }), user({ email_verified: '' })).kind,
    ).toBe('import');
  });
});
