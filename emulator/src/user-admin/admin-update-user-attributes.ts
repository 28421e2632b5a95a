import type { RequestContext } from '../protocol/context.ts';
import type { AttributeRecord } from '../store/types.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import { aliasExists, checkAliases } from './aliases.ts';
import {
  checkAttributeWrites,
  dedupe,
  getAttribute,
  checkRequiredKept,
  setAttributes,
} from './attributes.ts';
import { requireUser } from './find-user.ts';
import { newCode, sendCode } from './messages.ts';
import { updateUser } from './write-user.ts';

const CODE_TTL_SECONDS = 24 * 3600;

export function adminUpdateUserAttributes(
  input: { UserPoolId: string; Username: string; UserAttributes: AttributeRecord[] },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  const requested = dedupe(input.UserAttributes);
  checkAttributeWrites(pool, requested, 'update');
  checkRequiredKept(pool, requested);

  // A new email or phone is unverified unless the same request says otherwise.
  const changes = [...requested];
  const changed: ('email' | 'phone_number')[] = [];
  for (const attribute of ['email', 'phone_number'] as const) {
    const next = requested.find((a) => a.Name === attribute);
    if (!next || next.Value === getAttribute(user, attribute)) continue;
    changed.push(attribute);
    if (!requested.some((a) => a.Name === `${attribute}_verified`)) {
      changes.push({ Name: `${attribute}_verified`, Value: next.Value === '' ? '' : 'false' });
    }
  }

  const after = structuredClone(user);
  setAttributes(after, changes);
  checkAliases(pool, user.Username, after.Attributes, {
    force: false,
    usernameConflict: () => aliasExists('email'),
  });

  const now = epochSeconds(ctx.now);
  const autoVerified = (pool.pool.AutoVerifiedAttributes as string[] | undefined) ?? [];
  const sends: { attribute: 'email' | 'phone_number'; value: string; code: string }[] = [];
  for (const attribute of changed) {
    const value = getAttribute(after, attribute);
    if (
      !value ||
      !autoVerified.includes(attribute) ||
      getAttribute(after, `${attribute}_verified`) === 'true'
    )
      continue;
    sends.push({ attribute, value, code: newCode() });
  }
  updateUser(ctx, pool, user, () => {
    user.Attributes = after.Attributes;
    for (const { attribute, code } of sends) {
      user.verificationCodes = {
        ...user.verificationCodes,
        [attribute]: { code, expiresAt: Math.floor(now) + CODE_TTL_SECONDS },
      };
    }
  });
  for (const { attribute, value, code } of sends) {
    sendCode(
      pool,
      user,
      { to: value, medium: attribute === 'email' ? 'EMAIL' : 'SMS' },
      'verification-code',
      code,
      now,
    );
  }
  return {};
}
