import type { RequestContext } from '../protocol/context.ts';
import type { AttributeRecord, CodeRecord } from '../store/types.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { aliasExists, checkAliases } from '../user-admin/aliases.ts';
import {
  checkAttributeWrites,
  dedupe,
  getAttribute,
  checkRequiredKept,
  setAttributes,
} from '../user-admin/attributes.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { userOfAccessToken } from './access-token.ts';
import {
  codeDeliveryDetails,
  newCodeRecord,
  sendVerificationMessage,
  VERIFICATION_CODE_TTL_SECONDS,
  type Destination,
} from './codes.ts';
import { checkClientMayWrite } from './sign-up.ts';
import { mediumOf } from './verifiable.ts';

interface UpdateUserAttributesInput {
  AccessToken: string;
  UserAttributes: AttributeRecord[];
}

/**
 * The signed-in user edits their attributes. A new email or phone the pool verifies gets a code;
 * under UserAttributeUpdateSettings, a verified one stays in place (and verified) until the code
 * for the new value is confirmed with VerifyUserAttribute.
 */
export async function updateUserAttributes(input: UpdateUserAttributesInput, ctx: RequestContext) {
  const { pool, user, claims } = await userOfAccessToken(ctx, input.AccessToken);
  const requested = dedupe(input.UserAttributes);
  const client =
    typeof claims.client_id === 'string' ? pool.clients.get(claims.client_id) : undefined;
  if (client) checkClientMayWrite(client, requested);
  checkAttributeWrites(pool, requested, 'update');
  checkRequiredKept(pool, requested);

  const autoVerified = (pool.pool.AutoVerifiedAttributes as string[] | undefined) ?? [];
  const updateSettings = pool.pool.UserAttributeUpdateSettings as
    { AttributesRequireVerificationBeforeUpdate?: string[] } | undefined;
  const verifyFirst = updateSettings?.AttributesRequireVerificationBeforeUpdate ?? [];
  const now = epochSeconds(ctx.now);
  let changes = [...requested];
  const sends: { destination: Destination; record: CodeRecord }[] = [];
  for (const attribute of ['email', 'phone_number'] as const) {
    const next = requested.find((a) => a.Name === attribute);
    if (!next || next.Value === getAttribute(user, attribute)) continue;
    changes = changes.filter((a) => a.Name !== `${attribute}_verified`);
    if (next.Value === '') {
      changes.push({ Name: `${attribute}_verified`, Value: '' });
      continue;
    }
    const held =
      verifyFirst.includes(attribute) && getAttribute(user, `${attribute}_verified`) === 'true';
    if (held) changes = changes.filter((a) => a.Name !== attribute);
    else changes.push({ Name: `${attribute}_verified`, Value: 'false' });
    if (!autoVerified.includes(attribute)) continue;
    const record = newCodeRecord(now, VERIFICATION_CODE_TTL_SECONDS, attribute);
    if (held) record.pendingValue = next.Value;
    sends.push({ destination: { to: next.Value, medium: mediumOf(attribute), attribute }, record });
  }

  const after = structuredClone(user);
  setAttributes(after, changes);
  checkAliases(pool, user.Username, after.Attributes, {
    force: false,
    usernameConflict: () => aliasExists('email'),
  });
  updateUser(ctx, pool, user, () => {
    user.Attributes = after.Attributes;
    for (const { destination, record } of sends)
      user.verificationCodes = { ...user.verificationCodes, [destination.attribute]: record };
  });
  for (const { destination, record } of sends)
    sendVerificationMessage(pool, user, destination, 'verification-code', record.code, now);
  return { CodeDeliveryDetailsList: sends.map((s) => codeDeliveryDetails(s.destination)) };
}
