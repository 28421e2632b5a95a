/** One data row of an import file: its line number (the header is line 1) and its values. */
export interface CsvRow {
  line: number;
  values: string[];
  /** Characters the row takes in the file (AWS allows 16,000). */
  length: number;
}

export class CsvParseError extends Error {}

/**
 * Splits an import file into its header and rows. AWS's format: values separated by commas, a
 * comma inside a value written `\,`. Values in double quotes (RFC 4180, `""` for a quote) are read
 * too, so files written by spreadsheet tools import. Blank lines are skipped.
 */
export function parseCsv(text: string): { header: string[]; rows: CsvRow[] } {
  const records: CsvRow[] = [];
  let values: string[] = [];
  let value = '';
  let quoted = false;
  let valueStarted = false;
  let line = 1;
  let rowLine = 1;
  let rowStart = 0;
  const endValue = () => {
    values.push(value);
    value = '';
    valueStarted = false;
  };
  const endRow = (at: number) => {
    endValue();
    if (!(values.length === 1 && values[0]!.trim() === ''))
      records.push({ line: rowLine, values, length: at - rowStart });
    values = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        value += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        if (c === '\n') line++;
        value += c;
      }
      continue;
    }
    if (c === '\\' && text[i + 1] === ',') {
      value += ',';
      valueStarted = true;
      i++;
    } else if (c === '"' && !valueStarted && value.trim() === '') {
      quoted = true;
      valueStarted = true;
      value = '';
    } else if (c === ',') {
      endValue();
    } else if (c === '\n' || c === '\r') {
      endRow(i);
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      rowLine = line;
      rowStart = i + 1;
    } else {
      value += c;
      if (c.trim() !== '') valueStarted = true;
    }
  }
  if (quoted) throw new CsvParseError(`A quoted value that starts on line ${rowLine} never ends.`);
  endRow(text.length);
  const [header, ...rows] = records;
  if (!header) throw new CsvParseError('The file is empty.');
  return { header: header.values.map((v) => v.trim()), rows };
}
