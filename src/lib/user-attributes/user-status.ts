/** What each Cognito user status means for the person behind the account, in plain words. */
const explanations: Record<string, string> = {
  UNCONFIRMED:
    'Signed up but has not confirmed the account yet (no code entered). They cannot sign in until confirmed.',
  CONFIRMED: 'Confirmed and able to sign in.',
  FORCE_CHANGE_PASSWORD:
    'Created by an administrator. They must sign in with the temporary password and choose a new one.',
  RESET_REQUIRED:
    'An administrator reset the password. They must reset it with a code before they can sign in again.',
  EXTERNAL_PROVIDER:
    'Signs in through an external identity provider (social, SAML or OIDC), not with a password here.',
};

export function userStatusExplanation(status: string | undefined): string {
  if (!status) return 'Cognito returned no status for this user.';
  return explanations[status] ?? `Status ${status} is no longer used by Cognito.`;
}

export function userStatusLabel(status: string | undefined): string {
  return (status ?? 'UNKNOWN').replace(/_/g, ' ').toLowerCase();
}
