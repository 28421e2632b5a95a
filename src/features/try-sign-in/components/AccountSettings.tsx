import { useMutation } from '@tanstack/react-query';
import { getUser, type SelfUser } from '@/api/user-self/get-user';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import type { TestRun } from '../flow/test-run';
import { MfaPreferencesForm } from './MfaPreferencesForm';
import { RemoveAttributeForm } from './RemoveAttributeForm';

interface AccountSettingsProps {
  run: TestRun;
  accessToken: string;
}

/** What GetUser says of the user (attributes, MFA), and the settings the user changes themself. */
export function AccountSettings({ run, accessToken }: AccountSettingsProps) {
  const read = useMutation({
    mutationFn: () => getUser(run.client.ctx, { AccessToken: accessToken }),
  });
  const user: SelfUser | undefined = read.data;
  const reread = () => read.mutate();
  return (
    <div className="space-y-3" role="region" aria-label="Account settings">
      <h3 className="text-sm font-semibold text-slate-900">Attributes and MFA (GetUser)</h3>
      <Button variant="secondary" pending={read.isPending} onClick={reread}>
        {user ? 'Read the user again' : 'Read the user'}
      </Button>
      {read.error && (
        <Alert>{read.error instanceof Error ? read.error.message : String(read.error)}</Alert>
      )}
      {user && (
        <>
          <dl aria-label="Attributes" className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
            {user.UserAttributes?.map((a) => (
              <div key={a.Name} className="contents">
                <dt className="font-semibold">{a.Name}</dt>
                <dd className="break-all font-mono">{a.Value}</dd>
              </div>
            ))}
          </dl>
          <MfaPreferencesForm
            key={`${user.PreferredMfaSetting ?? ''}-${(user.UserMFASettingList ?? []).join()}-${(user.MFAOptions ?? []).length}`}
            run={run}
            accessToken={accessToken}
            user={user}
            onChanged={reread}
          />
          <RemoveAttributeForm run={run} accessToken={accessToken} onRemoved={reread} />
        </>
      )}
    </div>
  );
}
