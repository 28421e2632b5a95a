/**
 * What each console role may call on Cognito user pools: the one table behind the IAM policies
 * the README tells operators to attach, the emulator's enforcement of them, and what the console
 * offers each role. Pure data, no SDK: the browser bundle, the emulator and the tests import it.
 *
 * IAM allows or denies whole actions, never fields of an answer. So support gets no action whose
 * answer carries a credential (DescribeUserPoolClient returns ClientSecret; DescribeIdentityProvider
 * returns the provider's client_secret or private key), and no pool configuration a support desk
 * does not need to help a user.
 */

export type ConsoleRole = 'admin' | 'support';

/** One Allow statement: cognito-idp actions on every user pool, or on "*" (not pool-scoped). */
export interface RoleStatement {
  /** Operation names without the `cognito-idp:` prefix; `*` is every operation. */
  actions: readonly string[];
  on: 'pools' | 'account';
}

/**
 * The reads a support desk needs to find a user and see why they cannot sign in, and the hosted
 * sign-in page's branding (no credential in it) that users describe when they call.
 */
export const SUPPORT_READS = [
  'DescribeUserPool',
  'ListUsers',
  'ListUsersInGroup',
  'AdminGetUser',
  'AdminListGroupsForUser',
  'AdminListDevices',
  'AdminGetDevice',
  'ListGroups',
  'GetGroup',
  'GetUICustomization',
  'GetUserPoolMfaConfig',
] as const;

/** The four fixes a support desk makes. */
export const SUPPORT_WRITES = [
  'AdminResetUserPassword',
  'AdminEnableUser',
  'AdminDisableUser',
  'AdminUserGlobalSignOut',
] as const;

export const roleStatements: Readonly<Record<ConsoleRole, readonly RoleStatement[]>> = {
  admin: [
    { actions: ['*'], on: 'pools' },
    {
      actions: ['CreateUserPool', 'ListUserPools', 'DescribeUserPoolDomain'],
      on: 'account',
    },
  ],
  support: [
    { actions: [...SUPPORT_READS, ...SUPPORT_WRITES], on: 'pools' },
    { actions: ['ListUserPools'], on: 'account' },
  ],
};

export const consoleRoles: readonly ConsoleRole[] = ['admin', 'support'];

export interface PolicyStatement {
  Effect: 'Allow';
  Action: string | string[];
  Resource: string;
}

export interface PolicyDocument {
  Version: '2012-10-17';
  Statement: PolicyStatement[];
}

/** The pool ARN pattern of a policy; `account` is ACCOUNT in the README, the real id in the emulator. */
export const poolsResource = (account: string) => `arn:aws:cognito-idp:*:${account}:userpool/*`;

/** The role's IAM policy document, as the README prints it (one action is a string, as IAM writes it). */
export function policyDocument(role: ConsoleRole, account = 'ACCOUNT'): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: roleStatements[role].map(({ actions, on }) => {
      const names = actions.map((a) => `cognito-idp:${a}`);
      return {
        Effect: 'Allow',
        Action: names.length === 1 ? names[0]! : names,
        Resource: on === 'pools' ? poolsResource(account) : '*',
      };
    }),
  };
}

function statementAllows(statement: RoleStatement, operation: string): boolean {
  return statement.actions.includes('*') || statement.actions.includes(operation);
}

/** True when the role's policy allows the cognito-idp operation on some resource. */
export function canCall(role: ConsoleRole, operation: string): boolean {
  return roleStatements[role].some((s) => statementAllows(s, operation));
}

/** The roles whose policy allows the operation, strongest first. */
export function rolesAllowed(operation: string): ConsoleRole[] {
  return consoleRoles.filter((role) => canCall(role, operation));
}

/**
 * True when the role's policy allows the operation on this resource: a user pool's ARN, or "*"
 * for operations that name no pool (CreateUserPool, ListUserPools, DescribeUserPoolDomain).
 */
export function allowsOn(
  role: ConsoleRole,
  operation: string,
  resource: string,
  account: string,
): boolean {
  const pools = new RegExp(`^arn:aws:cognito-idp:[a-z0-9-]+:${account}:userpool/.+$`);
  return roleStatements[role].some(
    (s) => statementAllows(s, operation) && (s.on === 'account' ? true : pools.test(resource)),
  );
}
