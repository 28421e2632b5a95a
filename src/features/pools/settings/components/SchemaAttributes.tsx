import type { UserPool } from '@/api/pools/describe-user-pool';

type SchemaAttribute = NonNullable<UserPool['SchemaAttributes']>[number];

function constraints(attribute: SchemaAttribute): string {
  const s = attribute.StringAttributeConstraints;
  const n = attribute.NumberAttributeConstraints;
  if (s && (s.MinLength || s.MaxLength))
    return `Length ${s.MinLength ?? '0'}–${s.MaxLength ?? '∞'}`;
  if (n && (n.MinValue || n.MaxValue)) return `Value ${n.MinValue ?? '−∞'}–${n.MaxValue ?? '∞'}`;
  return '';
}

const yesNo = (value: boolean | undefined) => (value ? 'Yes' : 'No');

/** The pool's schema: everything in it is fixed at creation, and attributes are never removed. */
export function SchemaAttributes({ attributes }: { attributes: SchemaAttribute[] }) {
  const sorted = [...attributes].sort((a, b) => {
    const custom =
      Number((b.Name ?? '').includes('custom:')) - Number((a.Name ?? '').includes('custom:'));
    return custom || (a.Name ?? '').localeCompare(b.Name ?? '');
  });
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600">
        Can never change after creation: each attribute&rsquo;s name, type, constraints, whether it
        is required and whether its value can change. Attributes cannot be removed or renamed.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Schema attributes</caption>
          <thead className="border-b border-slate-200 text-slate-700">
            <tr>
              {[
                'Name',
                'Type',
                'Required',
                'Value can change',
                'Developer only',
                'Constraints',
              ].map((heading) => (
                <th key={heading} scope="col" className="py-2 pr-4 font-semibold">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {sorted.map((attribute) => (
              <tr key={attribute.Name}>
                <td className="py-2 pr-4 font-mono text-xs">{attribute.Name}</td>
                <td className="py-2 pr-4">{attribute.AttributeDataType}</td>
                <td className="py-2 pr-4">{yesNo(attribute.Required)}</td>
                <td className="py-2 pr-4">
                  {attribute.Mutable === false ? 'No: fixed once set' : 'Yes'}
                </td>
                <td className="py-2 pr-4">{yesNo(attribute.DeveloperOnlyAttribute)}</td>
                <td className="py-2 pr-4">{constraints(attribute)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
