import { headerProblems } from './check-header';
import { rowProblems } from './check-row';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS, PROBLEMS_SHOWN } from './import-limits';
import type { ImportProblem } from './import-problem';
import type { ImportRules } from './import-rules';

export interface ImportFileReport {
  /** Data rows (the header and blank lines not counted). */
  rows: number;
  /** The first problems, in file order. */
  problems: ImportProblem[];
  /** Every problem found, shown or not. */
  problemCount: number;
}

/**
 * Checks an import file record by record as it is read, so a file of any size is checked in
 * constant memory but for its usernames (a username twice in a file imports once: the second
 * is skipped). Records are numbered as the file's lines: the header is row 1.
 */
export class ImportFileCheck {
  private header: string[] | undefined;
  private rows = 0;
  private problemCount = 0;
  private readonly problems: ImportProblem[] = [];
  private readonly usernames = new Map<string, number>();

  private readonly shown: number;
  private readonly maxRows: number;

  constructor(
    private readonly rules: ImportRules,
    {
      shown = PROBLEMS_SHOWN,
      maxRows = MAX_IMPORT_ROWS,
    }: { shown?: number; maxRows?: number } = {},
  ) {
    this.shown = shown;
    this.maxRows = maxRows;
  }

  private add(problems: readonly ImportProblem[]) {
    this.problemCount += problems.length;
    for (const problem of problems) {
      if (this.problems.length < this.shown) this.problems.push(problem);
    }
  }

  /** The file's size, before any record is read. */
  size(bytes: number) {
    if (bytes > MAX_IMPORT_FILE_BYTES)
      this.add([{ row: 1, message: 'The file is larger than 100 MB, the most Cognito takes.' }]);
  }

  /** A record; blank lines are counted in the numbering and otherwise ignored. */
  record(fields: readonly string[], row: number, characters: number) {
    if (fields.length === 1 && fields[0]!.trim() === '') return;
    if (!this.header) {
      this.header = fields.map((f) => f.trim());
      this.add(headerProblems(this.rules.template, this.header));
      return;
    }
    this.rows++;
    if (this.rows === this.maxRows + 1)
      this.add([{ row, message: `The file has more than ${this.maxRows} users.` }]);
    const problems = rowProblems(this.rules, this.header, fields, row, characters);
    const index = this.header.indexOf('cognito:username');
    const username = index >= 0 ? fields[index]?.trim() : undefined;
    if (username && fields.length === this.header.length) {
      const first = this.usernames.get(username);
      if (first !== undefined)
        problems.push({
          row,
          column: 'cognito:username',
          message: `This username is also in row ${first}: it would be skipped.`,
        });
      else this.usernames.set(username, row);
    }
    this.add(problems);
  }

  /** A record the parser could not read (an unterminated quote). */
  unreadable(row: number, message: string) {
    this.add([{ row, message }]);
  }

  report(): ImportFileReport {
    const problems = [...this.problems];
    let problemCount = this.problemCount;
    if (!this.header) {
      problems.push({ row: 1, message: 'The file is empty: it needs the header row.' });
      problemCount++;
    } else if (this.rows === 0) {
      problems.push({ row: 2, message: 'The file has a header but no users.' });
      problemCount++;
    }
    return { rows: this.rows, problems, problemCount };
  }
}
