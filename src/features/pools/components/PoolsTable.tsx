import clsx from 'clsx';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import type { PoolSummary } from '../api/list-user-pools';
import { toPool } from '../routes';

export function PoolsTable({ pools, busy }: { pools: PoolSummary[]; busy?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={clsx('w-full text-left text-sm', busy && 'opacity-60')} aria-busy={busy}>
        <caption className="sr-only">User pools</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              Name
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Pool ID
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Created
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Last modified
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {pools.map((pool) => (
            <tr key={pool.id} className="hover:bg-slate-50">
              <td className="px-4 py-2">
                <Link
                  to={toPool({ poolId: pool.id })}
                  className="font-medium text-blue-800 hover:underline"
                >
                  {pool.name}
                </Link>
              </td>
              <td className="px-4 py-2 font-mono text-xs text-slate-700">{pool.id}</td>
              <td className="px-4 py-2 text-slate-700">{formatDateTime(pool.createdAt)}</td>
              <td className="px-4 py-2 text-slate-700">{formatDateTime(pool.modifiedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
