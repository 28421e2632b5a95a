import type { ImportProblem } from './import-problem';

/**
 * The header row against the template: every column of the template once, and no other. Cognito
 * reads columns by name, so their order is free (cognito-user-pools-using-import-tool-csv-header).
 */
export function headerProblems(template: readonly string[], header: readonly string[]) {
  const problems: ImportProblem[] = [];
  const expected = new Set(template);
  const seen = new Set<string>();
  header.forEach((column, index) => {
    const where = { row: 1, column: column || `column ${index + 1}` };
    if (column === '') problems.push({ ...where, message: 'This column has no name.' });
    else if (seen.has(column))
      problems.push({ ...where, message: 'This column appears twice in the header.' });
    else if (!expected.has(column))
      problems.push({
        ...where,
        message: "The pool's template has no such column: remove it or check its spelling.",
      });
    seen.add(column);
  });
  for (const column of template) {
    if (!seen.has(column))
      problems.push({
        row: 1,
        column,
        message: "This column of the pool's template is missing from the header.",
      });
  }
  return problems;
}
