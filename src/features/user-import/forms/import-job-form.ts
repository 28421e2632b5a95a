import * as z from 'zod';
import { ROLE_ARN_PATTERN } from '@/lib/user-import/logs-role';

/** CreateUserImportJob's JobName: 1 to 128 of letters, digits, spaces and + = , . @ - _. */
const JOB_NAME_PATTERN = /^[\w\s+=,.@-]+$/;

export const importJobFormSchema = z.object({
  jobName: z
    .string()
    .trim()
    .min(1, 'Name the job: it names its CloudWatch log stream.')
    .max(128, 'At most 128 characters.')
    .regex(JOB_NAME_PATTERN, 'Letters, digits, spaces and + = , . @ - _ only.'),
  roleArn: z
    .string()
    .trim()
    .min(1, 'Cognito needs a role to write the import log to CloudWatch.')
    .regex(
      ROLE_ARN_PATTERN,
      'Enter the ARN of an IAM role, such as arn:aws:iam::123456789012:role/CognitoImportLogs.',
    ),
});

export type ImportJobFormValues = z.infer<typeof importJobFormSchema>;

/** A default name that says when the job was made: import-2026-03-01-0930. */
export function defaultJobName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `import-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
}
