import clsx from 'clsx';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface DataColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Cell look: plain text, or an identifier in monospace that may break anywhere. */
  kind?: 'text' | 'id';
}

/** A list of resources as a table with real headers; `busy` dims it while the next page loads. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  busy,
}: {
  caption: string;
  columns: DataColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  busy?: boolean;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={clsx('w-full text-left text-sm', busy && 'opacity-60')} aria-busy={busy}>
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className="px-4 py-2 font-semibold">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="hover:bg-slate-50">
              {columns.map((column) => (
                <td
                  key={column.header}
                  className={clsx(
                    'px-4 py-2 text-slate-700',
                    column.kind === 'id' && 'font-mono text-xs break-all',
                  )}
                >
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The first cell of a row: the resource's name, linking to its page. */
export function RowLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="font-medium break-all text-blue-800 hover:underline">
      {children}
    </Link>
  );
}
