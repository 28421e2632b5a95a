/**
 * Structural copies of the SDK shapes: src/lib stays free of SDK imports, and the SDK's own types
 * are assignable to these.
 */
export interface ResourceServerScope {
  ScopeName: string | undefined;
  ScopeDescription: string | undefined;
}

export interface DescribedResourceServer {
  UserPoolId?: string | undefined;
  Identifier?: string | undefined;
  Name?: string | undefined;
  Scopes?: ResourceServerScope[] | undefined;
}

export interface ResourceServerEdits {
  name?: string;
  /** The complete new list; omitted means "keep every described scope". */
  scopes?: readonly { name: string; description: string }[];
}

export interface UpdateResourceServerInput {
  UserPoolId: string;
  Identifier: string;
  Name: string;
  Scopes: { ScopeName: string; ScopeDescription: string }[];
}

/**
 * UpdateResourceServer replaces the whole scope list and requires Name (cognito-behaviour.md item
 * 14), so the input always carries both: the edit where there is one, else what Describe returned.
 */
export function toUpdateResourceServerInput(
  described: DescribedResourceServer,
  edits: ResourceServerEdits,
): UpdateResourceServerInput {
  const scopes = edits.scopes
    ? edits.scopes.map((s) => ({
        ScopeName: s.name.trim(),
        ScopeDescription: s.description.trim(),
      }))
    : (described.Scopes ?? []).map((s) => ({
        ScopeName: s.ScopeName ?? '',
        ScopeDescription: s.ScopeDescription ?? '',
      }));
  return {
    UserPoolId: described.UserPoolId ?? '',
    Identifier: described.Identifier ?? '',
    Name: (edits.name ?? described.Name ?? '').trim(),
    Scopes: scopes,
  };
}

/** Describe's scopes as editor rows. */
export function toScopeRows(
  described: DescribedResourceServer,
): { name: string; description: string }[] {
  return (described.Scopes ?? []).map((s) => ({
    name: s.ScopeName ?? '',
    description: s.ScopeDescription ?? '',
  }));
}
