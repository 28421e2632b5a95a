import { DataTable } from '@/components/DataTable';
import { explainClaim, explainHeader, type TokenUse } from '@/lib/jwt/claims';
import { ClaimValue } from './ClaimValue';

interface Row {
  name: string;
  value: unknown;
}

/** A token's claims (or its header), each with its value and what it means. */
export function ClaimsTable({
  caption,
  entries,
  part,
  tokenUse,
}: {
  caption: string;
  entries: ReadonlyMap<string, unknown>;
  part: 'header' | 'claims';
  tokenUse?: TokenUse;
}) {
  const rows: Row[] = [...entries].map(([name, value]) => ({ name, value }));
  return (
    <DataTable<Row>
      caption={caption}
      rows={rows}
      rowKey={(row) => row.name}
      columns={[
        {
          header: part === 'header' ? 'Parameter' : 'Claim',
          rowHeader: true,
          // Claim names are short identifiers: kept whole, not broken mid-word.
          cell: (row) => <code className="font-mono text-xs whitespace-nowrap">{row.name}</code>,
        },
        { header: 'Value', cell: (row) => <ClaimValue name={row.name} value={row.value} /> },
        {
          header: 'Meaning',
          cell: (row) => (
            <span className="text-slate-600">
              {part === 'header' ? explainHeader(row.name) : explainClaim(row.name, tokenUse)}
            </span>
          ),
        },
      ]}
    />
  );
}
