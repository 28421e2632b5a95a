import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../emulator/src/user-import/csv';
import { csvLine, escapeField, needsFormulaGuard } from './escape';

const sheet = { dialect: 'rfc4180', formulaGuard: true } as const;
const cognito = { dialect: 'cognito', formulaGuard: true } as const;

describe('escapeField for spreadsheets (RFC 4180)', () => {
  it('leaves plain values alone', () => {
    expect(escapeField('Aisha Okafor', sheet)).toBe('Aisha Okafor');
    expect(escapeField('', sheet)).toBe('');
  });

  it('quotes a comma, a quote or a line break, doubling quotes', () => {
    expect(escapeField('Smith, Jr.', sheet)).toBe('"Smith, Jr."');
    expect(escapeField('say "hi"', sheet)).toBe('"say ""hi"""');
    expect(escapeField('line\nbreak', sheet)).toBe('"line\nbreak"');
    expect(escapeField('cr\rlf', sheet)).toBe('"cr\rlf"');
  });

  it('guards values a spreadsheet would run as formulas', () => {
    expect(escapeField('=HYPERLINK("http://x","y")', sheet)).toBe(
      `"'=HYPERLINK(""http://x"",""y"")"`,
    );
    expect(escapeField('@SUM(A1)', sheet)).toBe("'@SUM(A1)");
    expect(escapeField('-2+3', sheet)).toBe("'-2+3");
    expect(escapeField('+cmd', sheet)).toBe("'+cmd");
    expect(escapeField('\tx', sheet)).toBe("'\tx");
    expect(escapeField('\rx', sheet)).toBe(`"'\rx"`);
  });

  it('leaves plain numbers such as E.164 phone numbers unchanged', () => {
    expect(needsFormulaGuard('+4915123456789')).toBe(false);
    expect(escapeField('+4915123456789', sheet)).toBe('+4915123456789');
    expect(escapeField('-12.5', sheet)).toBe('-12.5');
    expect(needsFormulaGuard('+49 151')).toBe(true);
  });

  it('writes formula-like values verbatim when the guard is off', () => {
    expect(escapeField('=1+1', { dialect: 'rfc4180', formulaGuard: false })).toBe('=1+1');
  });
});

describe("escapeField for Cognito's import format", () => {
  it('writes a comma as \\, without quotes', () => {
    expect(escapeField('Smith, Jr.', cognito)).toBe('Smith\\, Jr.');
  });

  it('quotes what has no unquoted form: quotes, line breaks, backslashes', () => {
    expect(escapeField('say "hi", then', cognito)).toBe('"say ""hi"", then"');
    expect(escapeField('a\\', cognito)).toBe('"a\\"');
  });
});

describe('csvLine', () => {
  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 'b,c'], sheet)).toBe('a,"b,c"\r\n');
  });

  it.each([sheet, cognito])('reads back through the import parser (%o)', (options) => {
    const values = ['Smith, Jr.', 'say "hi"', 'two\nlines', 'back\\slash', '+4915123456789', ''];
    const text = csvLine(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], options) + csvLine(values, options);
    const { header, rows } = parseCsv(text);
    expect(header).toEqual(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
    expect(rows.map((r) => r.values)).toEqual([values]);
  });
});
