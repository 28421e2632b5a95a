/**
 * Finds which form field an AWS validation message is about. AWS names members in two styles:
 * model validation ("Value 'x' at 'poolName' failed to satisfy constraint") and service prose
 * ("PasswordPolicy.MinimumLength must be ..."). Matching is case-insensitive; the longest member
 * wins, so 'passwordPolicy.minimumLength' beats 'passwordPolicy'.
 */
export function fieldForAwsMessage<Field extends string>(
  message: string,
  membersToFields: Record<string, Field>,
): Field | undefined {
  const text = message.toLowerCase();
  const members = Object.keys(membersToFields).sort((a, b) => b.length - a.length);
  for (const member of members) {
    const escaped = member.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`(^|[^a-z0-9])${escaped}([^a-z0-9]|$)`).test(text))
      return membersToFields[member];
  }
  return undefined;
}
