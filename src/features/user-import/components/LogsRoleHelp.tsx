import { logsRolePolicies } from '@/lib/user-import/logs-role';
import { CopyBlock } from './CopyBlock';

/** What the CloudWatch Logs role is, and the two policies that make one. */
export function LogsRoleHelp({
  region,
  account,
  poolId,
}: {
  region: string;
  account: string | undefined;
  poolId: string;
}) {
  const policies = logsRolePolicies({ region, account: account ?? 'ACCOUNT', poolId });
  return (
    <details className="rounded-md border border-slate-200 p-3 text-sm">
      <summary className="cursor-pointer font-medium text-slate-800">
        What is this role, and how do I make one?
      </summary>
      <div className="mt-3 space-y-3 text-slate-700">
        <p>
          Cognito writes one log line per user it could not import (and why) to CloudWatch Logs. It
          does so through an IAM role you create once per account: a role that Cognito
          (cognito-idp.amazonaws.com) may assume, allowed to create log groups and streams under
          /aws/cognito/ and to write to them. Create it in the IAM console with the permissions
          policy below, then replace its trust policy with the second one, and paste the role&apos;s
          ARN here.
        </p>
        <CopyBlock label="Permissions policy" text={policies.permissions} />
        <CopyBlock label="Trust policy" text={policies.trust} />
      </div>
    </details>
  );
}
