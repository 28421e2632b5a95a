import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { getPool } from '../userpools/pool-store.ts';
import { removeAttributes, schemaOf } from './attributes.ts';
import { requireUser } from './find-user.ts';
import { updateUser } from './write-user.ts';

export function adminDeleteUserAttributes(
  input: { UserPoolId: string; Username: string; UserAttributeNames: string[] },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  const user = requireUser(pool, input.Username);
  const schema = new Map(schemaOf(pool).map((a) => [a.Name, a]));
  for (const name of input.UserAttributeNames) {
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
  const names = input.UserAttributeNames.flatMap((name) =>
    name === 'email' || name === 'phone_number' ? [name, `${name}_verified`] : [name],
  );
  updateUser(ctx, pool, user, () => removeAttributes(user, names));
  return {};
}
