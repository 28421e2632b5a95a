import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';
import type { AttributeRecord, UserPoolRecord, UserRecord } from '../store/types.ts';
import { aliasAttributesOf, usernameAttributesOf } from './find-user.ts';
import { usersWith } from './user-index.ts';
import { updateUser } from './write-user.ts';

const valueIn = (attributes: AttributeRecord[], name: string) =>
  attributes.find((a) => a.Name === name)?.Value;

export const aliasExists = (attribute: string) =>
  new AwsError('AliasExistsException', `An account with the given ${attribute} already exists.`);

/** A verified alias another user holds, which ForceAliasCreation would take from them. */
export interface AliasMove {
  user: UserRecord;
  attribute: 'email' | 'phone_number';
}

/**
 * Checks the aliases `attributes` (the user's attributes after the write) would claim. Email and
 * phone are an alias only once verified; preferred_username always is. Pools that sign in with
 * email or phone (UsernameAttributes) keep those unique whether verified or not.
 * Returns the verified aliases to take over when `force` is set; otherwise a conflict throws.
 */
export function checkAliases(
  pool: UserPoolRecord,
  username: string,
  attributes: AttributeRecord[],
  options: { force: boolean; usernameConflict: () => AwsError },
): AliasMove[] {
  const moves: AliasMove[] = [];
  const usernameAttributes = usernameAttributesOf(pool);
  const aliasAttributes = aliasAttributesOf(pool);
  for (const attribute of ['email', 'phone_number', 'preferred_username'] as const) {
    const value = valueIn(attributes, attribute);
    if (value === undefined || value === '') continue;
    const others = usersWith(pool, attribute, value).filter((u) => u.Username !== username);
    if (others.length === 0) continue;
    if (usernameAttributes.includes(attribute)) throw options.usernameConflict();
    if (!aliasAttributes.includes(attribute)) continue;
    if (attribute === 'preferred_username') throw aliasExists(attribute);
    if (valueIn(attributes, `${attribute}_verified`) !== 'true') continue;
    for (const other of others) {
      if (valueIn(other.Attributes, `${attribute}_verified`) !== 'true') continue;
      if (!options.force) throw aliasExists(attribute);
      moves.push({ user: other, attribute });
    }
  }
  return moves;
}

/** ForceAliasCreation: the previous holder keeps the value but it is no longer verified (or an alias). */
export function applyAliasMoves(
  ctx: RequestContext,
  pool: UserPoolRecord,
  moves: AliasMove[],
): void {
  for (const { user, attribute } of moves) {
    updateUser(ctx, pool, user, () => {
      user.Attributes = user.Attributes.map((a) =>
        a.Name === `${attribute}_verified` ? { Name: a.Name, Value: 'false' } : a,
      );
    });
  }
}

/**
 * The error when the requested username is already another user's email or phone alias:
 * "An account with the given email already exists." (or phone_number).
 */
export function usernameTakenByAlias(
  attributes: readonly AttributeRecord[],
  username: string | undefined,
): () => AwsError {
  return () => {
    const attribute = attributes.some((a) => a.Name === 'email' && a.Value === username)
      ? 'email'
      : 'phone_number';
    return new AwsError(
      'UsernameExistsException',
      `An account with the given ${attribute} already exists.`,
    );
  };
}
