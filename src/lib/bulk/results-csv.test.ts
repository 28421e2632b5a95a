import { describe, expect, it } from 'vitest';
import { csvField, resultsCsv } from './results-csv';

describe('resultsCsv', () => {
  it('writes one row per user with the result and AWS message', () => {
    expect(
      resultsCsv('Disable', [
        { username: 'ana', status: 'done' },
        { username: 'bo', status: 'failed', message: 'InternalErrorException: Internal error.' },
        { username: 'me', status: 'skipped', message: 'Your own account' },
        { username: 'zed', status: 'not-run', message: 'Not run: stopped before its turn.' },
      ]),
    ).toBe(
      'username,action,result,message\r\n' +
        'ana,Disable,done,\r\n' +
        'bo,Disable,failed,InternalErrorException: Internal error.\r\n' +
        'me,Disable,skipped,Your own account\r\n' +
        'zed,Disable,not run,Not run: stopped before its turn.\r\n',
    );
  });

  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@me')).toBe("'@me");
    expect(csvField('plain.user@example.com')).toBe('plain.user@example.com');
  });
});
