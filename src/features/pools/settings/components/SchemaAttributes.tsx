import type { UserPool } from '@/api/pools/describe-user-pool';
import { SchemaTable } from '../../components/overview/SchemaTable';

/** The pool's schema: everything in it is fixed at creation, and attributes are never removed. */
export function SchemaAttributes({
  attributes,
}: {
  attributes: NonNullable<UserPool['SchemaAttributes']>;
}) {
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        Can never change after creation: each attribute&rsquo;s name, type, constraints, whether it
        is required and whether its value can change. Attributes cannot be removed or renamed.
      </p>
      <SchemaTable attributes={attributes} />
    </div>
  );
}
