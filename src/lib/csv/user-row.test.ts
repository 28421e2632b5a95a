import { describe, expect, it } from 'vitest';
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
