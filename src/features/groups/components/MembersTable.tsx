import clsx from 'clsx';
import { Link } from 'react-router';
import { toUser } from '@/features/users/routes';
import { Button } from '@/components/Button';
import type { GroupMember } from '@/api/groups/list-users-in-group';
import { useUserNaming } from '@/api/users/user-naming';

export function MembersTable({
  poolId,
  members,
  busy,
  onRemove,
}: {
  poolId: string;
  members: GroupMember[];
  busy?: boolean;
  /** Absent for read-only viewers. */
  onRemove?: (member: { username: string; name: string }) => void;
}) {
  const nameOf = useUserNaming(poolId);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200">
      <table className={clsx('w-full text-left text-sm', busy && 'opacity-60')} aria-busy={busy}>
        <caption className="sr-only">Members</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              User
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Email
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Status
            </th>
            {onRemove && (
              <th scope="col" className="px-4 py-2 font-semibold">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => {
            const name = nameOf(member);
            return (
              <tr key={member.username}>
                <td
                  className={clsx(
                    'px-4 py-2 break-all',
                    name === member.username && 'font-mono text-xs',
                  )}
                >
                  <Link
                    to={toUser({ poolId, username: member.username })}
                    className="text-blue-800 hover:underline"
                  >
                    {name}
                  </Link>
                </td>
                <td className="px-4 py-2 break-all text-slate-700">{member.email}</td>
                <td className="px-4 py-2 text-slate-700">
                  {member.status}
                  {member.enabled === false ? ' (disabled)' : ''}
                </td>
                {onRemove && (
                  <td className="px-4 py-2 text-right">
                    <Button
                      variant="ghost"
                      onClick={() => onRemove({ username: member.username, name })}
                      aria-label={`Remove ${name} from group`}
                    >
                      Remove
                    </Button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
