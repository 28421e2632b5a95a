import { DataTable } from '@/components/DataTable';
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
    <DataTable
      caption="Attributes schema"
      rows={sorted}
      rowKey={(attribute) => attribute.Name ?? ''}
      columns={[
        { header: 'Name', kind: 'id', cell: (attribute) => attribute.Name },
        { header: 'Type', cell: (attribute) => attribute.AttributeDataType },
        { header: 'Required', cell: (attribute) => yesNo(attribute.Required) },
        { header: 'Mutable', cell: (attribute) => yesNo(attribute.Mutable) },
        { header: 'Developer only', cell: (attribute) => yesNo(attribute.DeveloperOnlyAttribute) },
        { header: 'Constraints', cell: constraints },
      ]}
    />
  );
}
