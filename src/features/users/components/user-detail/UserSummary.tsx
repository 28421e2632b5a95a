import { DescriptionList } from '@/components/DescriptionList';
import { Section } from '@/components/Section';
import { formatDateTime } from '@/lib/format';
import { userStatusExplanation } from '@/lib/user-attributes/user-status';
import type { UserDetail } from '@/api/users/get-user';
import { EnabledBadge, UserStatusBadge } from './UserStatusBadge';

export function UserSummary({ user }: { user: UserDetail }) {
  return (
    <Section title="Account">
      <DescriptionList
        items={[
          { term: 'Username', value: <span className="font-mono">{user.username}</span> },
          {
            term: 'Status',
            value: (
              <div className="space-y-1">
                <UserStatusBadge status={user.status} />
                <p className="text-slate-700">{userStatusExplanation(user.status)}</p>
              </div>
            ),
          },
          {
            term: 'Sign-in',
            value: (
              <div className="space-y-1">
                <EnabledBadge enabled={user.enabled} />
                <p className="text-slate-700">
                  {user.enabled
                    ? 'The account is enabled.'
                    : 'The account is disabled: the user cannot sign in until it is enabled again.'}
                </p>
              </div>
            ),
          },
          { term: 'Created', value: formatDateTime(user.createdAt) },
          { term: 'Last modified', value: formatDateTime(user.modifiedAt) },
          { term: 'sub', value: <span className="font-mono">{user.attributes.sub}</span> },
        ]}
      />
    </Section>
  );
}
