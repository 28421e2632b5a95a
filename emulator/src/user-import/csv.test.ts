import { describe, expect, it } from 'vitest';
import { CsvParseError, parseCsv } from './csv.ts';

describe('parseCsv', () => {
  it('reads the header and each row with its line number', () => {
    const { header, rows } = parseCsv('cognito:username,email\nann,ann@example.com\nbob,\n');
    expect(header).toEqual(['cognito:username', 'email']);
    expect(rows.map((r) => [r.line, r.values])).toEqual([
      [2, ['ann', 'ann@example.com']],
      [3, ['bob', '']],
    ]);
  });

  it('reads a comma escaped with a backslash, as AWS documents', () => {
    const { rows } = parseCsv('a,b\n100 Main St\\, Springfield,x\n');
    expect(rows[0]!.values).toEqual(['100 Main St, Springfield', 'x']);
  });

  it('reads quoted values with commas, quotes and new lines, and counts lines across them', () => {
    const { rows } = parseCsv('a,b\r\n"x, ""y""",z\r\n"two\nlines",w\r\nlast,v');
    expect(rows.map((r) => [r.line, r.values])).toEqual([
      [2, ['x, "y"', 'z']],
      [3, ['two\nlines', 'w']],
      [5, ['last', 'v']],
    ]);
  });

  it('keeps a quote inside an unquoted value as it is', () => {
    expect(parseCsv('a\nsay "hi"\n').rows[0]!.values).toEqual(['say "hi"']);
  });

  it('skips blank lines and measures each row', () => {
    const { rows } = parseCsv('a,b\n\nxy,z\n\n');
    expect(rows).toEqual([{ line: 3, values: ['xy', 'z'], length: 4 }]);
  });

  it('refuses an unterminated quote and an empty file', () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(CsvParseError);
    expect(() => parseCsv('')).toThrow(/empty/);
  });
});
