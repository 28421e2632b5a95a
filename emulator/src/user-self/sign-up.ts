import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../protocol/context.ts';
import { AwsError, notAuthorized } from '../protocol/errors.ts';
import type { AttributeRecord, ClientRecord, UserRecord } from '../store/types.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { checkAliases, usernameTakenByAlias } from '../user-admin/aliases.ts';
import { checkAttributeWrites, checkRequired, dedupe } from '../user-admin/attributes.ts';
import { resolveUsername } from '../user-admin/admin-create-user.ts';
import { userByUsername } from '../user-admin/find-user.ts';
import { insertUser } from '../user-admin/write-user.ts';
import { assertPasswordConforms, passwordRecord } from '../users/password.ts';
import {
  codeDeliveryDetails,
  newCodeRecord,
  sendVerificationMessage,
  VERIFICATION_CODE_TTL_SECONDS,
} from './codes.ts';
import { clientAndUser } from './public-client.ts';
import { signUpDestination } from './sign-up-destination.ts';

interface SignUpInput {
  ClientId: string;
  SecretHash?: string;
  Username: string;
  Password?: string;
  UserAttributes?: AttributeRecord[];
}

export const unauthorizedAttribute = () =>
  notAuthorized('A client attempted to write unauthorized attribute');

/** Attributes the app client may not write (its WriteAttributes, when it lists any). */
export function checkClientMayWrite(client: ClientRecord, attributes: AttributeRecord[]): void {
  const allowed = (client.WriteAttributes as string[] | undefined) ?? [];
  if (allowed.length > 0 && attributes.some((a) => !allowed.includes(a.Name)))
    throw unauthorizedAttribute();
}

/**
 * A user registers themself: UNCONFIRMED (no pre-sign-up Lambda can confirm them here) with a
 * permanent password, and a code sent to the attribute the pool verifies automatically.
 */
export function signUp(input: SignUpInput, ctx: RequestContext) {
  const { pool, client } = clientAndUser(ctx, input);
  const adminCreate = pool.pool.AdminCreateUserConfig as
    { AllowAdminCreateUserOnly?: boolean } | undefined;
  if (adminCreate?.AllowAdminCreateUserOnly)
    throw notAuthorized('SignUp is not permitted for this user pool');

  const requested = dedupe(input.UserAttributes);
  checkClientMayWrite(client, requested);
  checkAttributeWrites(pool, requested, 'create');
  const { username, attributes } = resolveUsername(pool, input.Username, requested);
  if (userByUsername(pool, username))
    throw new AwsError('UsernameExistsException', 'User already exists');
  const password = input.Password ?? '';
  assertPasswordConforms(pool, password);
  checkRequired(pool, attributes);
  checkAliases(pool, username, attributes, {
    force: false,
    usernameConflict: usernameTakenByAlias(attributes, input.Username),
  });

  const now = epochSeconds(ctx.now);
  const sub = randomUUID();
  const user: UserRecord = {
    Username: username,
    Attributes: [{ Name: 'sub', Value: sub }, ...attributes.filter((a) => a.Value !== '')],
    UserCreateDate: now,
    UserLastModifiedDate: now,
    Enabled: true,
    UserStatus: 'UNCONFIRMED',
    password: passwordRecord(pool.pool.Id, username, password, false, ctx.now),
    groups: [],
  };
  const destination = signUpDestination(pool, user);
  if (destination) {
    user.signUpCode = newCodeRecord(now, VERIFICATION_CODE_TTL_SECONDS, destination.attribute);
  }
  insertUser(ctx, pool, user);
  if (destination) {
    sendVerificationMessage(pool, user, destination, 'sign-up-code', user.signUpCode!.code, now);
  }
  return {
    UserConfirmed: false,
    UserSub: sub,
    ...(destination ? { CodeDeliveryDetails: codeDeliveryDetails(destination) } : {}),
  };
}
