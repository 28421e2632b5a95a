import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { errorName, getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { Field } from '@/components/Field';
import { TextField } from '@/components/form-fields';
import { Section } from '@/components/Section';
import { useGuardedSubmit } from '@/components/use-guarded-submit';
import type { ImportRules } from '@/lib/user-import/import-rules';
import {
  defaultJobName,
  importJobFormSchema,
  type ImportJobFormValues,
} from '../forms/import-job-form';
import { FileCheckReport } from './FileCheckReport';
import { LogsRoleHelp } from './LogsRoleHelp';
import { useImportFileCheck } from './use-import-file-check';

export interface CheckedFile {
  file: File;
  rows: number;
}

interface NewImportSectionProps {
  poolId: string;
  region: string;
  account: string | undefined;
  rules: ImportRules;
  canCreate: boolean;
  /** Creates the job and uploads the file; returns once both are settled, throws if creating failed. */
  onCreate: (values: ImportJobFormValues, checked: CheckedFile) => Promise<unknown>;
}

/** Choose a file, see it checked, name the job and its logs role, then create it and upload. */
export function NewImportSection({
  poolId,
  region,
  account,
  rules,
  canCreate,
  onCreate,
}: NewImportSectionProps) {
  const check = useImportFileCheck(rules);
  const [fileError, setFileError] = useState<string>();
  const [inputKey, setInputKey] = useState(0);
  const form = useForm<ImportJobFormValues>({
    resolver: zodResolver(importJobFormSchema),
    defaultValues: { jobName: defaultJobName(new Date()), roleArn: '' },
  });
  const { register, handleSubmit, formState, setError, setValue } = form;
  const { state } = check;

  const fileProblem = (): string | undefined => {
    if (state.status === 'none') return 'Choose the CSV file to import.';
    if (state.status === 'checking') return 'Wait until the file is checked.';
    if (state.status === 'unreadable') return state.message;
    if (state.report.problemCount > 0) return 'Fix the problems in the file first.';
    return undefined;
  };

  const submit = useGuardedSubmit(handleSubmit, async (values) => {
    const problem = fileProblem();
    if (problem || state.status !== 'checked') {
      setFileError(problem);
      document.getElementById('import-file')?.focus();
      return;
    }
    try {
      await onCreate(values, { file: state.file, rows: state.report.rows });
    } catch (error) {
      const message = getErrorMessage(error);
      if (errorName(error) === 'InvalidParameterException' && /RoleArn/i.test(message))
        setError('roleArn', { message }, { shouldFocus: true });
      else setError('root.server', { message });
      throw error;
    }
    check.choose(undefined);
    setInputKey((k) => k + 1);
    setValue('jobName', defaultJobName(new Date()));
  });

  return (
    <Section title="2. Check the file and create the job">
      <form onSubmit={submit} noValidate className="space-y-4">
        <Field
          id="import-file"
          label="CSV file"
          hint="Checked here, in the browser, before anything is sent."
          error={fileError}
        >
          {(wiring) => (
            <input
              key={inputKey}
              {...wiring}
              aria-describedby={[
                wiring['aria-describedby'],
                state.status === 'none' ? undefined : 'import-file-report',
              ]
                .filter(Boolean)
                .join(' ')}
              type="file"
              accept=".csv,text/csv"
              className="block text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
              onChange={(event) => {
                setFileError(undefined);
                check.choose(event.target.files?.[0]);
              }}
            />
          )}
        </Field>
        <FileCheckReport state={state} id="import-file-report" />
        {canCreate && (
          <>
            {formState.errors.root?.server && <Alert>{formState.errors.root.server.message}</Alert>}
            <TextField
              id="import-job-name"
              label="Job name"
              hint="Names the job in the history and its CloudWatch log stream."
              requiredMark
              error={formState.errors.jobName?.message}
              {...register('jobName')}
            />
            <TextField
              id="import-role-arn"
              label="CloudWatch Logs role ARN"
              hint="Required by Cognito: the role it writes the job's log through."
              placeholder={`arn:aws:iam::${account ?? '123456789012'}:role/CognitoImportLogs`}
              requiredMark
              className="font-mono"
              error={formState.errors.roleArn?.message}
              {...register('roleArn')}
            />
            <LogsRoleHelp region={region} account={account} poolId={poolId} />
            <div className="flex justify-end">
              <Button type="submit" pending={formState.isSubmitting}>
                Create job and upload file
              </Button>
            </div>
          </>
        )}
      </form>
    </Section>
  );
}
