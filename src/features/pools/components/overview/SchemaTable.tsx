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

/** Custom attributes first: they are what an admin of this pool added. */
export function SchemaTable({ attributes }: { attributes: SchemaAttribute[] }) {
  const sorted = [...attributes].sort((a, b) => {
    const custom =
      Number((b.Name ?? '').startsWith('custom:')) - Number((a.Name ?? '').startsWith('custom:'));
    return custom || (a.Name ?? '').localeCompare(b.Name ?? '');
  });
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Attributes schema</caption>
        <thead className="border-b border-slate-200 text-slate-700">
          <tr>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Name
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Type
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Required
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Mutable
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Developer only
            </th>
            <th scope="col" className="py-2 pr-4 font-semibold">
              Constraints
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {sorted.map((attribute) => (
            <tr key={attribute.Name}>
              <td className="py-2 pr-4 font-mono text-xs">{attribute.Name}</td>
              <td className="py-2 pr-4">{attribute.AttributeDataType}</td>
              <td className="py-2 pr-4">{yesNo(attribute.Required)}</td>
              <td className="py-2 pr-4">{yesNo(attribute.Mutable)}</td>
              <td className="py-2 pr-4">{yesNo(attribute.DeveloperOnlyAttribute)}</td>
              <td className="py-2 pr-4">{constraints(attribute)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
