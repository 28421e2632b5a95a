import clsx from 'clsx';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface DataColumn<Row> {
  header: string;
  /** The header is read out but not shown (a column of row actions). */
  headerHidden?: boolean;
  cell: (row: Row) => ReactNode;
  /** Cell look: plain text, or an identifier in monospace that may break anywhere. */
  kind?: 'text' | 'id';
  /** The cell names its row (a row header), as an attribute's name does for its value. */
  rowHeader?: boolean;
  /** Row actions sit at the end of the row. */
  align?: 'end';
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
                {column.headerHidden ? (
                  <span className="sr-only">{column.header}</span>
                ) : (
                  column.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={rowKey(row)} className="align-top hover:bg-slate-50">
              {columns.map((column) => {
                const Cell = column.rowHeader ? 'th' : 'td';
                return (
                  <Cell
                    key={column.header}
                    scope={column.rowHeader ? 'row' : undefined}
                    className={clsx(
                      'px-4 py-2 text-slate-700',
                      column.rowHeader && 'font-normal',
                      column.kind === 'id' && 'font-mono text-xs break-all',
                      column.align === 'end' && 'text-right',
                    )}
                  >
                    {column.cell(row)}
                  </Cell>
                );
              })}
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
