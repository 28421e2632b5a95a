import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { getPool } from '../userpools/pool-store.ts';
import { removeAttributes, schemaOf } from './attributes.ts';
import { requireUser } from './find-user.ts';
import { updateUser } from './write-user.ts';

export function adminDeleteUserAttributes(
  input: { UserPoolId: string; Username: string; UserAttributeNames: string[] },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  deleteAttributesOf(ctx, pool, requireUser(pool, input.Username), input.UserAttributeNames);
  return {};
}

/** Removes attributes a schema lets go: neither required nor immutable. */
export function deleteAttributesOf(
  ctx: RequestContext,
  pool: UserPoolRecord,
  user: UserRecord,
  attributeNames: string[],
): void {
  const schema = new Map(schemaOf(pool).map((a) => [a.Name, a]));
  for (const name of attributeNames) {
    const definition = schema.get(name);
    if (!definition) {
      throw invalidParameter(
        `Attributes did not conform to the schema: Type for attribute {${name}} could not be determined`,
      );
    }
    if (definition.Required)
      throw invalidParameter(
        `Invalid user attributes: ${name}: Required attribute cannot be deleted.`,
      );
    if (!definition.Mutable) {
      throw invalidParameter(
        `${name}: Attribute cannot be updated. (changing an immutable attribute)`,
      );
    }
  }
  // Without the email or phone, its verified flag means nothing: it goes too.
  const names = attributeNames.flatMap((name) =>
    name === 'email' || name === 'phone_number' ? [name, `${name}_verified`] : [name],
  );
  updateUser(ctx, pool, user, () => removeAttributes(user, names));
}
