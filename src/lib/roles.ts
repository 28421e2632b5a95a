export type Role = 'admin' | 'support';

/** Group of the console's own user pool that grants each role, strongest first. */
export const roleGroups: ReadonlyArray<readonly [group: string, role: Role]> = [
  ['admins', 'admin'],
  ['support', 'support'],
];

/** The console role for a user's `cognito:groups` claim, or null when no group grants one. */
export function resolveRole(groups: unknown): Role | null {
  if (!Array.isArray(groups)) return null;
  for (const [group, role] of roleGroups) {
    if (groups.includes(group)) return role;
  }
  return null;
}

export const roleLabels: Record<Role, string> = { admin: 'Administrator', support: 'Support' };
