import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../protocol/context.ts';
import { AwsError, invalidParameter } from '../protocol/errors.ts';
import type { AttributeRecord, UserPoolRecord, UserRecord } from '../store/types.ts';
import { epochSeconds, getPool } from '../userpools/pool-store.ts';
import { applyAliasMoves, checkAliases, usernameTakenByAlias } from './aliases.ts';
import { checkAttributeWrites, checkRequired, dedupe } from './attributes.ts';
import {
  aliasAttributesOf,
  requireUser,
  userByUsername,
  usernameAttributesOf,
} from './find-user.ts';
import { sendInvitation } from './messages.ts';
import { assertPasswordConforms, passwordRecord } from '../users/password.ts';
import { generateTemporaryPassword } from './password.ts';
import { userType } from './user-output.ts';
import { insertUser, updateUser } from './write-user.ts';

interface AdminCreateUserInput {
  UserPoolId: string;
  Username: string;
  UserAttributes?: AttributeRecord[];
  TemporaryPassword?: string;
  ForceAliasCreation?: boolean;
  MessageAction?: 'RESEND' | 'SUPPRESS';
  DesiredDeliveryMediums?: string[];
}

const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+$/.test(value);
const looksLikePhone = (value: string) => /^\+[0-9]+$/.test(value);

/**
 * In pools that sign in with email or phone, the Username given is that email or phone, and the
 * real username is a UUID. Returns the username to store and the attributes with the identifier set.
 */
export function resolveUsername(
  pool: UserPoolRecord,
  given: string,
  attributes: AttributeRecord[],
) {
  const usernameAttributes = usernameAttributesOf(pool);
  if (usernameAttributes.length > 0) {
    const asEmail = usernameAttributes.includes('email') && looksLikeEmail(given);
    const asPhone = usernameAttributes.includes('phone_number') && looksLikePhone(given);
    if (!asEmail && !asPhone) {
      throw invalidParameter(
        usernameAttributes.length === 2
          ? 'Username should be either an email or a phone number.'
          : usernameAttributes[0] === 'email'
            ? 'Username should be an email.'
            : 'Username should be a phone number.',
      );
    }
    const attribute = asEmail ? 'email' : 'phone_number';
    const rest = attributes.filter((a) => a.Name !== attribute);
    return { username: randomUUID(), attributes: [...rest, { Name: attribute, Value: given }] };
  }
  const aliases = aliasAttributesOf(pool);
  if (aliases.includes('email') && looksLikeEmail(given)) {
    throw invalidParameter(
      'Username cannot be of email format, since user pool is configured for email alias.',
    );
  }
  if (aliases.includes('phone_number') && looksLikePhone(given)) {
    throw invalidParameter(
      'Username cannot be of phone number format, since user pool is configured for phone number alias.',
    );
  }
  return { username: given, attributes };
}

function resend(ctx: RequestContext, pool: UserPoolRecord, input: AdminCreateUserInput) {
  const user = requireUser(pool, input.Username);
  if (user.UserStatus !== 'FORCE_CHANGE_PASSWORD') {
    throw new AwsError(
      'UnsupportedUserStateException',
      `Resend not possible. ${user.Username} status is not FORCE_CHANGE_PASSWORD`,
    );
  }
  const password = input.TemporaryPassword ?? generateTemporaryPassword(pool);
  if (input.TemporaryPassword !== undefined) assertPasswordConforms(pool, password);
  const now = epochSeconds(ctx.now);
  updateUser(ctx, pool, user, () => {
    user.password = passwordRecord(pool.pool.Id, user.Username, password, true, ctx.now);
  });
  sendInvitation(pool, user, password, input.DesiredDeliveryMediums ?? ['SMS'], now);
  return { User: userType(user) };
}

export function adminCreateUser(input: AdminCreateUserInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  if (input.MessageAction === 'RESEND') return resend(ctx, pool, input);

  const requested = dedupe(input.UserAttributes);
  checkAttributeWrites(pool, requested, 'create');
  const { username, attributes } = resolveUsername(pool, input.Username, requested);
  if (userByUsername(pool, username))
    throw new AwsError('UsernameExistsException', 'User account already exists');
  checkRequired(pool, attributes);
  const moves = checkAliases(pool, username, attributes, {
    force: input.ForceAliasCreation === true,
    usernameConflict: usernameTakenByAlias(attributes, input.Username),
  });

  const password = input.TemporaryPassword ?? generateTemporaryPassword(pool);
  if (input.TemporaryPassword !== undefined) assertPasswordConforms(pool, password);

  const now = epochSeconds(ctx.now);
  const user: UserRecord = {
    Username: username,
    Attributes: [{ Name: 'sub', Value: randomUUID() }, ...attributes.filter((a) => a.Value !== '')],
    UserCreateDate: now,
    UserLastModifiedDate: now,
    Enabled: true,
    UserStatus: 'FORCE_CHANGE_PASSWORD',
    password: passwordRecord(pool.pool.Id, username, password, true, ctx.now),
    groups: [],
  };
  applyAliasMoves(ctx, pool, moves);
  insertUser(ctx, pool, user);
  if (input.MessageAction !== 'SUPPRESS') {
    sendInvitation(pool, user, password, input.DesiredDeliveryMediums ?? ['SMS'], now);
  }
  return { User: userType(user) };
}
