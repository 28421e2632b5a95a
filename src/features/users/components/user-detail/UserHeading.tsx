import { Alert } from '@/components/Alert';
import { roleLabels } from '@/lib/roles';
import type { OperatorStanding } from '@/lib/users/console-operators';

interface UserHeadingProps {
  name: string;
  username: string;
  /** Shown under the name when it is not the email already. */
  contact?: string;
  standing: OperatorStanding | null;
}

/** The user by the name people know, the username beside it when that is a generated ID. */
export function UserHeading({ name, username, contact, standing }: UserHeadingProps) {
  return (
    <div className="space-y-3">
      <div>
        <h1 className="text-2xl font-semibold break-all text-slate-900">{name}</h1>
        {name !== username && (
          <p className="text-sm break-all text-slate-600">
            Username <span className="font-mono">{username}</span>
          </p>
        )}
        {contact && contact !== name && (
          <p className="text-sm break-all text-slate-600">{contact}</p>
        )}
      </div>
      {standing?.operator && (
        <Alert tone="info" title={standing.self ? 'This is you' : 'An operator of this console'}>
          {standing.self ? 'You sign' : `${name} signs`} in to this console with this account
          {standing.role ? `, as ${roleLabels[standing.role]}` : ''}. Disabling, deleting or signing
          out this account, resetting its password or removing it from an operator group can lock{' '}
          {standing.self ? 'you' : 'them'} out of this console.
        </Alert>
      )}
    </div>
  );
}
