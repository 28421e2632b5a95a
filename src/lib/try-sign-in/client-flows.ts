/** How the tester can sign a user in through an app client, from its ExplicitAuthFlows. */
export type SignInMethod = 'srp' | 'password' | 'admin';

export const signInMethodLabels: Record<SignInMethod, string> = {
  srp: 'SRP (USER_SRP_AUTH)',
  password: 'Password (USER_PASSWORD_AUTH)',
  admin: 'Server-side (ADMIN_USER_PASSWORD_AUTH)',
};

/**
 * The methods the client allows. No ExplicitAuthFlows means AWS's default (SRP, refresh, custom);
 * the legacy names (USER_PASSWORD_AUTH, ADMIN_NO_SRP_AUTH) still count.
 */
export function allowedSignInMethods(
  explicitAuthFlows: readonly string[] | undefined,
): SignInMethod[] {
  const flows = new Set(
    explicitAuthFlows && explicitAuthFlows.length > 0
      ? explicitAuthFlows
      : ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_CUSTOM_AUTH'],
  );
  const methods: SignInMethod[] = [];
  if (flows.has('ALLOW_USER_SRP_AUTH')) methods.push('srp');
  if (flows.has('ALLOW_USER_PASSWORD_AUTH') || flows.has('USER_PASSWORD_AUTH'))
    methods.push('password');
  if (flows.has('ALLOW_ADMIN_USER_PASSWORD_AUTH') || flows.has('ADMIN_NO_SRP_AUTH'))
    methods.push('admin');
  return methods;
}
