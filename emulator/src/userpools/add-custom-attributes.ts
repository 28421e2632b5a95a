import { assertNoImportRunning } from '../user-import/job-store.ts';
import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { epochSeconds, getPool } from './pool-store.ts';
import {
  MAX_CUSTOM_ATTRIBUTES,
  customAttribute,
  isCustomAttributeName,
  type SchemaAttribute,
} from './schema.ts';

export function addCustomAttributes(
  input: { UserPoolId: string; CustomAttributes: Partial<SchemaAttribute>[] },
  ctx: RequestContext,
) {
  const record = getPool(ctx, input.UserPoolId);
  assertNoImportRunning(record);
  const schema = [...(record.pool.SchemaAttributes as SchemaAttribute[])];
  for (const requested of input.CustomAttributes) {
    const attribute = customAttribute(requested);
    const bare = attribute.Name.replace(/^(dev:)?custom:/, '');
    // custom:x and dev:custom:x share a name: either blocks the other.
    const existing = schema.find(
      (a) => a.Name.replace(/^(dev:)?custom:/, '') === bare && isCustomAttributeName(a.Name),
    );
    if (existing) {
      throw invalidParameter(
        `custom:${bare}: Existing attribute already has name ${existing.Name}.`,
      );
    }
    schema.push(attribute);
  }
  if (schema.filter((a) => isCustomAttributeName(a.Name)).length > MAX_CUSTOM_ATTRIBUTES) {
    throw invalidParameter(`Cannot add more than ${MAX_CUSTOM_ATTRIBUTES} custom attributes.`);
  }
  record.pool = {
    ...record.pool,
    SchemaAttributes: schema,
    LastModifiedDate: epochSeconds(ctx.now),
  };
  ctx.store.touch('pool', record.pool.Id);
  return {};
}
