import { describe, expect, it } from 'vitest';
import { joinEscapedCommas } from './escaped-commas';
import { ImportFileCheck } from './import-file-check';
import {
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_ROWS,
  MAX_ROW_CHARACTERS,
  PROBLEMS_SHOWN,
} from './import-limits';
import { importRulesOf, type ImportPoolInput } from './import-rules';
import { checkImportFile } from './read-import-file';

const template = [
  'name',
  'given_name',
  'family_name',
  'email',
  'email_verified',
  'phone_number',
  'phone_number_verified',
  'custom:tier',
  'custom:vip',
  'cognito:mfa_enabled',
  'cognito:username',
];

const pool: ImportPoolInput = {
  SchemaAttributes: [
    { Name: 'name', AttributeDataType: 'String' },
    { Name: 'given_name', AttributeDataType: 'String' },
    { Name: 'family_name', AttributeDataType: 'String', Required: true },
    { Name: 'email', AttributeDataType: 'String', Required: true },
    { Name: 'email_verified', AttributeDataType: 'Boolean' },
    { Name: 'phone_number', AttributeDataType: 'String' },
    { Name: 'phone_number_verified', AttributeDataType: 'Boolean' },
    {
      Name: 'custom:tier',
      AttributeDataType: 'String',
      StringAttributeConstraints: { MaxLength: '10' },
    },
    { Name: 'custom:vip', AttributeDataType: 'Boolean' },
  ],
  AutoVerifiedAttributes: ['email'],
  MfaConfiguration: 'OFF',
};

const rules = (overrides: ImportPoolInput = {}) =>
  importRulesOf({ ...pool, ...overrides }, template);

type Row = Partial<Record<(typeof template)[number], string>>;
const good: Row = {
  family_name: 'Okafor',
  email: 'ann@example.com',
  email_verified: 'TRUE',
  'cognito:mfa_enabled': 'false',
  'cognito:username': 'ann',
};
const line = (row: Row, columns = template) => columns.map((c) => row[c] ?? '').join(',');
const file = (...rows: Row[]) => [template.join(','), ...rows.map((r) => line(r))].join('\n');

describe('checkImportFile', () => {
  it('passes a good file and counts its users, whatever the order of the columns', async () => {
    const reversed = [...template].reverse();
    const text = [
      reversed.join(','),
      line(good, reversed),
      line({ ...good, 'cognito:username': 'bob' }, reversed),
    ].join('\r\n');
    expect(await checkImportFile(`${text}\r\n\r\n`, rules())).toEqual({
      rows: 2,
      problems: [],
      problemCount: 0,
    });
  });

  it('names the missing, unknown and repeated columns of the header at row 1', async () => {
    const header = template.filter((c) => c !== 'custom:tier').concat('custom:teir', 'email');
    const report = await checkImportFile(`${header.join(',')}\n`, rules());
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { row: 1, column: 'custom:teir', message: expect.stringMatching(/no such column/) },
        { row: 1, column: 'email', message: expect.stringMatching(/twice/) },
        { row: 1, column: 'custom:tier', message: expect.stringMatching(/missing/) },
      ]),
    );
  });

  it.each([
    ['a bad email', { email: 'ann.example.com' }, 'email', /email address/],
    ['a phone number not in E.164', { phone_number: '555-0101' }, 'phone_number', /\+/],
    ['a boolean that is not one', { 'custom:vip': 'yes' }, 'custom:vip', /true or false/],
    ['a missing required attribute', { family_name: '' }, 'family_name', /required/],
    ['a value over its length', { 'custom:tier': 'platinum-plus' }, 'custom:tier', /At most 10/],
    ['no username', { 'cognito:username': '' }, 'cognito:username', /needs a username/],
    ['a username with a space', { 'cognito:username': 'a b' }, 'cognito:username', /white space/],
    [
      'mfa_enabled true in a pool without MFA',
      { 'cognito:mfa_enabled': 'true' },
      'cognito:mfa_enabled',
      /must be false/,
    ],
    ['mfa_enabled empty', { 'cognito:mfa_enabled': '' }, 'cognito:mfa_enabled', /true or false/],
    [
      'the auto-verified email not verified',
      { email_verified: 'false' },
      'email_verified',
      /email_verified must be true/,
    ],
    [
      'a verified phone without a number',
      { phone_number_verified: 'true' },
      'phone_number_verified',
      /phone_number is empty/,
    ],
  ])('finds %s at its row and column', async (_why, change, column, message) => {
    const report = await checkImportFile(
      file(good, { ...good, 'cognito:username': 'bob', ...change }),
      rules(),
    );
    expect(report.problems).toEqual([{ row: 3, column, message: expect.stringMatching(message) }]);
  });

  it('wants one of the auto-verified attributes verified when the pool verifies both', async () => {
    const both = rules({ AutoVerifiedAttributes: ['email', 'phone_number'] });
    const phoneOnly = {
      ...good,
      email_verified: 'false',
      phone_number: '+14155550123',
      phone_number_verified: 'true',
    };
    expect((await checkImportFile(file(phoneOnly), both)).problemCount).toBe(0);
    const neither = await checkImportFile(file({ ...good, email_verified: '' }), both);
    expect(neither.problems[0]?.message).toMatch(/one of email_verified, phone_number_verified/);
    expect(
      (
        await checkImportFile(
          file({ ...good, email_verified: '' }),
          rules({ AutoVerifiedAttributes: [] }),
        )
      ).problemCount,
    ).toBe(0);
  });

  it('wants mfa_enabled true where MFA is required', async () => {
    const on = rules({ MfaConfiguration: 'ON' });
    expect((await checkImportFile(file(good), on)).problems[0]?.message).toMatch(/must be true/);
    expect(
      (await checkImportFile(file({ ...good, 'cognito:mfa_enabled': 'True' }), on)).problemCount,
    ).toBe(0);
  });

  it('flags a username given twice, a short row and a long one', async () => {
    const long = { ...good, 'cognito:username': 'long', name: 'x'.repeat(MAX_ROW_CHARACTERS) };
    const text = `${file(good, good, long)}\nann,only-two`;
    const report = await checkImportFile(text, rules());
    expect(report.problems).toEqual([
      { row: 3, column: 'cognito:username', message: expect.stringMatching(/also in row 2/) },
      { row: 4, message: expect.stringMatching(/longer than 16000/) },
      { row: 5, message: 'The row has 2 values; the header has 11 columns.' },
    ]);
  });

  it('reads a comma escaped with a backslash and quoted values as one value', async () => {
    const text = file(
      { ...good, name: 'Okafor\\, Ann' },
      { ...good, 'cognito:username': 'bob', name: '"Okafor, ""Bob"""' },
    );
    expect(await checkImportFile(text, rules())).toMatchObject({ rows: 2, problemCount: 0 });
    expect(joinEscapedCommas(['a\\', 'b', 'c\\\\', 'd'])).toEqual(['a,b', 'c\\\\', 'd']);
  });

  it('shows the first problems and counts them all', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({
      ...good,
      'cognito:username': `u${i}`,
      email: 'bad',
    }));
    const report = await checkImportFile(file(...rows), rules());
    expect(report.problems).toHaveLength(PROBLEMS_SHOWN);
    expect(report.problemCount).toBe(50);
    expect(report.problems[0]).toMatchObject({ row: 2, column: 'email' });
  });

  it('refuses an empty file, a header without users, and more users than Cognito takes', async () => {
    expect((await checkImportFile('', rules())).problems[0]?.message).toMatch(/empty/);
    expect((await checkImportFile(template.join(','), rules())).problems[0]?.message).toMatch(
      /no users/,
    );
    const check = new ImportFileCheck(rules(), { maxRows: 3 });
    check.record(template, 1, 0);
    for (let i = 0; i < 4; i++)
      check.record(line({ ...good, 'cognito:username': `u${i}` }).split(','), i + 2, 50);
    expect(check.report()).toMatchObject({
      rows: 4,
      problems: [{ row: 5, message: 'The file has more than 3 users.' }],
    });
    expect(MAX_IMPORT_ROWS).toBe(500_000);
    const big = new ImportFileCheck(rules());
    big.size(MAX_IMPORT_FILE_BYTES + 1);
    expect(big.report().problems[0]?.message).toMatch(/larger than 100 MB/);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      checkImportFile(file(good), rules(), { signal: controller.signal }),
    ).rejects.toThrow(/cancelled/);
  });
});
