import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';

export interface RolePolicy {
  description: string;
  /** True when the role may call this cognito-idp operation. */
  allows(operation: string): boolean;
}

/** Read operations a support agent needs beyond Describe*, List* and Get*. */
const SUPPORT_READS = new Set([
  'AdminGetUser',
  'AdminGetDevice',
  'AdminListDevices',
  'AdminListGroupsForUser',
  'AdminListUserAuthEvents',
]);

/** The few writes a support desk is trusted with. */
const SUPPORT_WRITES = new Set([
  'AdminResetUserPassword',
  'AdminEnableUser',
  'AdminDisableUser',
  'AdminUserGlobalSignOut',
]);

export function isReadOperation(operation: string): boolean {
  return /^(Describe|List|Get)[A-Z]/.test(operation) || SUPPORT_READS.has(operation);
}

/** What each console role's IAM policy allows on cognito-idp (nothing on other services). */
export const rolePolicies: Record<string, RolePolicy> = {
  admin: {
    description: 'cognito-idp:* on every user pool',
    allows: () => true,
  },
  support: {
    description: `read operations (Describe*, List*, Get*, ${[...SUPPORT_READS].join(', ')}) plus ${[...SUPPORT_WRITES].join(', ')}`,
    allows: (operation) => isReadOperation(operation) || SUPPORT_WRITES.has(operation),
  },
};

function resourceArn(ctx: RequestContext, input: Record<string, unknown>): string {
  if (ctx.service === 'cognito-idp') {
    return typeof input.UserPoolId === 'string'
      ? `arn:aws:cognito-idp:${ctx.region}:${ctx.accountId}:userpool/${input.UserPoolId}`
      : '*';
  }
  return typeof input.IdentityPoolId === 'string'
    ? `arn:aws:cognito-identity:${ctx.region}:${ctx.accountId}:identitypool/${input.IdentityPoolId}`
    : '*';
}

/** Throws AccessDeniedException, worded as IAM does, when the principal's role may not call the operation. */
export function authorize(ctx: RequestContext, input: Record<string, unknown>): void {
  const principal = ctx.principal;
  if (!principal)
    throw new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const policy = rolePolicies[principal.role];
  if (ctx.service === 'cognito-idp' && policy?.allows(ctx.operation)) return;
  const action = `${ctx.service}:${ctx.operation}`;
  throw new AwsError(
    'AccessDeniedException',
    `User: ${principal.arn} is not authorized to perform: ${action} on resource: ${resourceArn(ctx, input)} because no identity-based policy allows the ${action} action`,
  );
}
