import { allowsOn, consoleRoles, type ConsoleRole } from '../../../src/lib/iam/roles.ts';
import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';

/**
 * The resource IAM checks a call against: the user pool it names (UserPoolId, or the pool ARN of
 * the tagging operations), else "*".
 */
function resourceArn(ctx: RequestContext, input: Record<string, unknown>): string {
  if (ctx.service === 'cognito-idp') {
    if (typeof input.UserPoolId === 'string') {
      return `arn:aws:cognito-idp:${ctx.region}:${ctx.accountId}:userpool/${input.UserPoolId}`;
    }
    return typeof input.ResourceArn === 'string' ? input.ResourceArn : '*';
  }
  return typeof input.IdentityPoolId === 'string'
    ? `arn:aws:cognito-identity:${ctx.region}:${ctx.accountId}:identitypool/${input.IdentityPoolId}`
    : '*';
}

const isConsoleRole = (role: string): role is ConsoleRole =>
  (consoleRoles as readonly string[]).includes(role);

/**
 * Throws AccessDeniedException, worded as IAM does, unless the principal's role policy (the
 * console's roles table, the same the README prints) allows the operation on its resource. The
 * roles have no rights on other services.
 */
export function authorize(ctx: RequestContext, input: Record<string, unknown>): void {
  const principal = ctx.principal;
  if (!principal)
    throw new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token');
  const resource = resourceArn(ctx, input);
  if (
    ctx.service === 'cognito-idp' &&
    isConsoleRole(principal.role) &&
    allowsOn(principal.role, ctx.operation, resource, ctx.accountId)
  ) {
    return;
  }
  const action = `${ctx.service}:${ctx.operation}`;
  throw new AwsError(
    'AccessDeniedException',
    `User: ${principal.arn} is not authorized to perform: ${action} on resource: ${resource} because no identity-based policy allows the ${action} action`,
  );
}
