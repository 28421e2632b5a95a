/** AWS's constraints on resource servers (cognito-behaviour.md item 41, the API model's types). */
export const MAX_SCOPES = 100;
export const MAX_RESOURCE_SERVERS = 25;

// ResourceServerScopeNameType: printable ASCII without space, ", / and \.
const SCOPE_NAME = /^[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]+$/;
const IDENTIFIER = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
const NAME = /^[\w\s+=,.@-]+$/;

export function resourceServerIdentifierProblem(identifier: string): string | undefined {
  if (identifier.length === 0) return 'Enter an identifier, for example https://api.example.com.';
  if (identifier.length > 256) return 'Use at most 256 characters.';
  if (!IDENTIFIER.test(identifier)) return 'Use printable characters without spaces, " or \\.';
  return undefined;
}

export function resourceServerNameProblem(name: string): string | undefined {
  if (name.trim().length === 0) return 'Enter a name.';
  if (name.length > 256) return 'Use at most 256 characters.';
  if (!NAME.test(name)) return 'Use only letters, numbers, spaces and + = , . @ - _';
  return undefined;
}

export function scopeNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'Enter a scope name.';
  if (name.length > 256) return 'Use at most 256 characters.';
  if (!SCOPE_NAME.test(name)) return 'No spaces, ", / or \\ in a scope name.';
  return undefined;
}

export function scopeDescriptionProblem(description: string): string | undefined {
  if (description.trim().length === 0) return 'Enter a description: AWS requires one.';
  if (description.length > 256) return 'Use at most 256 characters.';
  return undefined;
}

export interface ScopeRow {
  name: string;
  description: string;
}

export interface ScopeProblem {
  index: number;
  field: 'name' | 'description';
  message: string;
}

/** Every problem in a scope list, at the row and field it belongs to. */
export function scopeListProblems(scopes: readonly ScopeRow[]): ScopeProblem[] {
  const problems: ScopeProblem[] = [];
  const seen = new Set<string>();
  scopes.forEach((scope, index) => {
    const nameProblem = scopeNameProblem(scope.name);
    if (nameProblem) problems.push({ index, field: 'name', message: nameProblem });
    else if (seen.has(scope.name))
      problems.push({ index, field: 'name', message: `Scope ${scope.name} is already listed.` });
    seen.add(scope.name);
    const descriptionProblem = scopeDescriptionProblem(scope.description);
    if (descriptionProblem)
      problems.push({ index, field: 'description', message: descriptionProblem });
  });
  return problems;
}

export function scopeCountProblem(count: number): string | undefined {
  return count > MAX_SCOPES ? `A resource server has at most ${MAX_SCOPES} scopes.` : undefined;
}
