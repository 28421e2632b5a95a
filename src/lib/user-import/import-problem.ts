/** One thing wrong with an import file: where (row 1 is the header) and what. */
export interface ImportProblem {
  row: number;
  /** The column's name, when the problem is in one column. */
  column?: string;
  message: string;
}
