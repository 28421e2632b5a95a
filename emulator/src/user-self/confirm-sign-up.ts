import type { RequestContext } from '../protocol/context.ts';
import { notAuthorized } from '../protocol/errors.ts';
import { applyAliasMoves, checkAliases } from '../user-admin/aliases.ts';
import { setAttributes } from '../user-admin/attributes.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { codeMismatch } from './codes.ts';
import { consumeCode } from './consume-code.ts';
import { clientAndUser, hidesUserExistence, noSuchUser } from './public-client.ts';

interface ConfirmSignUpInput {
  ClientId: string;
  SecretHash?: string;
  Username: string;
  ConfirmationCode: string;
  ForceAliasCreation?: boolean;
}

/**
 * The code SignUp sent: UNCONFIRMED becomes CONFIRMED and the attribute the code went to becomes
 * verified, which makes it an alias (taken from another user only with ForceAliasCreation).
 */
export function confirmSignUp(input: ConfirmSignUpInput, ctx: RequestContext) {
  const target = clientAndUser(ctx, input);
  const { pool, user } = target;
  if (!user) throw hidesUserExistence(target) ? codeMismatch() : noSuchUser();
  if (user.UserStatus !== 'UNCONFIRMED') {
    throw notAuthorized(`User cannot be confirmed. Current status is ${user.UserStatus}`);
  }
  const code = consumeCode(ctx, pool, user, user.signUpCode, input.ConfirmationCode);
  const after = structuredClone(user);
  if (code.attribute) setAttributes(after, [{ Name: `${code.attribute}_verified`, Value: 'true' }]);
  const moves = checkAliases(pool, user.Username, after.Attributes, {
    force: input.ForceAliasCreation === true,
    usernameConflict: () => notAuthorized('User cannot be confirmed.'),
  });
  applyAliasMoves(ctx, pool, moves);
  updateUser(ctx, pool, user, () => {
    user.Attributes = after.Attributes;
    user.UserStatus = 'CONFIRMED';
    delete user.signUpCode;
  });
  return {};
}
