import type { RequestContext } from '../protocol/context.ts';
import { aliasExists, checkAliases } from '../user-admin/aliases.ts';
import { setAttributes } from '../user-admin/attributes.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { userOfAccessToken } from './access-token.ts';
import { consumeCode } from './consume-code.ts';
import { verifiableAttribute } from './verifiable.ts';

/** The code sent for an email or phone: it becomes verified (and a held-back new value takes effect). */
export async function verifyUserAttribute(
  input: { AccessToken: string; AttributeName: string; Code: string },
  ctx: RequestContext,
) {
  const { pool, user } = await userOfAccessToken(ctx, input.AccessToken);
  const attribute = verifiableAttribute(input.AttributeName);
  const record = consumeCode(ctx, pool, user, user.verificationCodes?.[attribute], input.Code);
  const after = structuredClone(user);
  setAttributes(after, [
    ...(record.pendingValue ? [{ Name: attribute, Value: record.pendingValue }] : []),
    { Name: `${attribute}_verified`, Value: 'true' },
  ]);
  checkAliases(pool, user.Username, after.Attributes, {
    force: false,
    usernameConflict: () => aliasExists(attribute),
  });
  updateUser(ctx, pool, user, () => {
    user.Attributes = after.Attributes;
    const codes = { ...user.verificationCodes };
    delete codes[attribute];
    user.verificationCodes = codes;
  });
  return {};
}
