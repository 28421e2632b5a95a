import { describe, expect, it } from 'vitest';
import { escapeField } from './escape';
import { exportHeader, userRowBuilder, type ExportableUser } from './user-row';

const csvHeader = [
  'name',
  'email',
  'email_verified',
  'phone_number',
  'phone_number_verified',
  'custom:tier',
  'cognito:mfa_enabled',
  'cognito:username',
];

const user: ExportableUser = {
  Username: 'aisha.okafor',
  Attributes: [
    { Name: 'sub', Value: '8f0c…' },
    { Name: 'email', Value: 'aisha@example.com' },
    { Name: 'email_verified', Value: 'true' },
    { Name: 'name', Value: 'Aisha Okafor' },
    { Name: 'phone_number', Value: '+4915123456789' },
  ],
  Enabled: false,
  UserStatus: 'CONFIRMED',
  UserCreateDate: new Date('2026-01-02T03:04:05.000Z'),
  UserLastModifiedDate: new Date('2026-02-03T04:05:06.000Z'),
};

describe('userRowBuilder', () => {
  it("puts each value under GetCSVHeader's column, empty where the user has none", () => {
    const row = userRowBuilder(csvHeader, 'import', 'OFF')(user);
    expect(row).toEqual([
      'Aisha Okafor',
      'aisha@example.com',
      'true',
      '+4915123456789',
      '',
      '',
      'false',
      'aisha.okafor',
    ]);
  });

  it('sets cognito:mfa_enabled as an import into a pool with that MFA setting accepts', () => {
    const mfaOf = (mfa: 'OFF' | 'ON' | 'OPTIONAL') =>
      userRowBuilder(csvHeader, 'import', mfa)(user)[6];
    expect(mfaOf('ON')).toBe('true');
    expect(mfaOf('OFF')).toBe('false');
    expect(mfaOf('OPTIONAL')).toBe('false');
  });

  it('appends status, enabled, created and modified for a report', () => {
    expect(exportHeader(csvHeader, 'report').slice(-4)).toEqual([
      'status',
      'enabled',
      'created',
      'modified',
    ]);
    expect(userRowBuilder(csvHeader, 'report', 'OFF')(user).slice(-4)).toEqual([
      'CONFIRMED',
      'false',
      '2026-01-02T03:04:05.000Z',
      '2026-02-03T04:05:06.000Z',
    ]);
  });

  it('keeps exactly GetCSVHeader for an import file', () => {
    expect(exportHeader(csvHeader, 'import')).toEqual(csvHeader);
  });
});

describe('the groups column of a report', () => {
  const groupsByUser = new Map([['aisha.okafor', ['beta-testers', 'premium']]]);

  it("ends a report with the user's groups joined by ;, empty for a user in none", () => {
    expect(exportHeader(csvHeader, 'report', true).slice(-5)).toEqual([
      'status',
      'enabled',
      'created',
      'modified',
      'groups',
    ]);
    const toRow = userRowBuilder(csvHeader, 'report', 'OFF', groupsByUser);
    expect(toRow(user).at(-1)).toBe('beta-testers;premium');
    expect(toRow({ ...user, Username: 'ben' }).at(-1)).toBe('');
    expect(toRow(user)).toHaveLength(csvHeader.length + 5);
  });

  it('is never part of an import file', () => {
    expect(exportHeader(csvHeader, 'import', true)).toEqual(csvHeader);
    expect(userRowBuilder(csvHeader, 'import', 'OFF', groupsByUser)(user)).toHaveLength(
      csvHeader.length,
    );
  });

  it('is written by the escaper like any value: quoted, and guarded against formulas', () => {
    const tricky = new Map([['aisha.okafor', ['=cmd', 'north, south']]]);
    const value = userRowBuilder(csvHeader, 'report', 'OFF', tricky)(user).at(-1)!;
    expect(escapeField(value, { dialect: 'rfc4180', formulaGuard: true })).toBe(
      `"'=cmd;north, south"`,
    );
  });
});
