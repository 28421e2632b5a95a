import clsx from 'clsx';
import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import type { Group } from '../api/get-group';
import { toGroup } from '../routes';

export function GroupsTable({
  poolId,
  groups,
  busy,
}: {
  poolId: string;
  groups: Group[];
  busy?: boolean;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={clsx('w-full text-left text-sm', busy && 'opacity-60')} aria-busy={busy}>
        <caption className="sr-only">Groups</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            {['Name', 'Description', 'Precedence', 'IAM role', 'Last modified'].map((h) => (
              <th key={h} scope="col" className="px-4 py-2 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {groups.map((group) => (
            <tr key={group.GroupName} className="hover:bg-slate-50">
              <td className="px-4 py-2">
                <Link
                  to={toGroup({ poolId, groupName: group.GroupName ?? '' })}
                  className="font-medium break-all text-blue-800 hover:underline"
                >
                  {group.GroupName}
                </Link>
              </td>
              <td className="px-4 py-2 text-slate-700">{group.Description}</td>
              <td className="px-4 py-2 text-slate-700">{group.Precedence ?? ''}</td>
              <td className="px-4 py-2 font-mono text-xs break-all text-slate-700">
                {group.RoleArn}
              </td>
              <td className="px-4 py-2 text-slate-700">{formatDateTime(group.LastModifiedDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
