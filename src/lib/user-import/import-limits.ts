/** Cognito's limits on an import file (cognito-user-pools-using-import-tool-csv-header.html). */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 500_000;
/** Characters one row may take. */
export const MAX_ROW_CHARACTERS = 16_000;
/** cognito:username: 1 to 128 characters, none of them white space. */
export const MAX_USERNAME_LENGTH = 128;
/** The problems shown; the count says how many more there are. */
export const PROBLEMS_SHOWN = 20;
