import type { UserPoolRecord } from '../store/types.ts';
import { schemaOf } from '../user-admin/attributes.ts';

/**
 * GetCSVHeader's columns: every schema attribute but sub, in the schema's order (custom
 * attributes after the standard ones), then cognito:mfa_enabled and cognito:username, as AWS
 * answers (cognito-user-pools-using-import-tool-csv-header.html).
 */
export function csvHeaderOf(pool: UserPoolRecord): string[] {
  const attributes = schemaOf(pool)
    .map((a) => a.Name)
    .filter((name) => name !== 'sub');
  return [...attributes, 'cognito:mfa_enabled', 'cognito:username'];
}
