import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { getAttribute } from '../user-admin/attributes.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { userOfAccessToken } from './access-token.ts';
import {
  codeDeliveryDetails,
  newCodeRecord,
  sendVerificationMessage,
  VERIFICATION_CODE_TTL_SECONDS,
  type Destination,
} from './codes.ts';
import { mediumOf, verifiableAttribute } from './verifiable.ts';

/** A (new) code to verify the user's email or phone, or the new value an update holds back. */
export async function getUserAttributeVerificationCode(
  input: { AccessToken: string; AttributeName: string },
  ctx: RequestContext,
) {
  const { pool, user } = await userOfAccessToken(ctx, input.AccessToken);
  const attribute = verifiableAttribute(input.AttributeName);
  const pendingValue = user.verificationCodes?.[attribute]?.pendingValue;
  const to = pendingValue ?? getAttribute(user, attribute);
  // Wording not documented by AWS.
  if (!to) throw invalidParameter(`User does not have the attribute ${attribute}.`);
  const now = epochSeconds(ctx.now);
  const record = newCodeRecord(now, VERIFICATION_CODE_TTL_SECONDS, attribute);
  if (pendingValue) record.pendingValue = pendingValue;
  const destination: Destination = { to, medium: mediumOf(attribute), attribute };
  updateUser(
    ctx,
    pool,
    user,
    () => {
      user.verificationCodes = { ...user.verificationCodes, [attribute]: record };
    },
    { stamp: false },
  );
  sendVerificationMessage(pool, user, destination, 'verification-code', record.code, now);
  return { CodeDeliveryDetails: codeDeliveryDetails(destination) };
}
