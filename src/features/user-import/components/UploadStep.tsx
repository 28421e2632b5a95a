import { useForm } from 'react-hook-form';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { useGuardedSubmit } from '@/components/use-guarded-submit';
import { formatDateTime } from '@/lib/format';
import { curlUploadCommand } from '@/lib/user-import/upload-command';
import { useStartUserImportJob } from '@/api/user-import/start-user-import-job';
import type { ImportJob } from '@/api/user-import/import-job-status';
import { CopyBlock } from './CopyBlock';
import type { UploadState } from './upload-state';

/** The pre-signed URL's life (cognito-user-pools-creating-import-job.html). */
const UPLOAD_URL_MINUTES = 15;

/**
 * A Created job: its file is being uploaded, or was, and the job can start; or the browser could
 * not upload it (on AWS, S3 refuses the browser's cross-origin request), and the exact command
 * that uploads it is shown, with a start button for when it has run.
 */
export function UploadStep({
  poolId,
  job,
  upload,
  canStart,
}: {
  poolId: string;
  job: ImportJob;
  upload: UploadState | undefined;
  canStart: boolean;
}) {
  const start = useStartUserImportJob(poolId);
  const { handleSubmit } = useForm();
  const submit = useGuardedSubmit(handleSubmit, () => start.mutateAsync(job.JobId ?? ''));
  const expires = job.CreationDate
    ? new Date(job.CreationDate.getTime() + UPLOAD_URL_MINUTES * 60_000)
    : undefined;

  if (upload?.status === 'uploading') {
    return (
      <p role="status" className="text-sm text-slate-700">
        Uploading {upload.fileName}…
      </p>
    );
  }
  const uploaded = upload?.status === 'uploaded';
  return (
    <form onSubmit={submit} className="space-y-3">
      {uploaded ? (
        <Alert tone="info" title="File uploaded">
          {upload.fileName} is with Cognito. Start the job to import its users.
        </Alert>
      ) : (
        <div className="space-y-3">
          <Alert tone="warning" title="Upload the file from a terminal">
            {upload?.message ?? 'This tab did not upload the file to this job.'} Run this command
            where the file is, before {formatDateTime(expires)} (the upload URL lasts{' '}
            {UPLOAD_URL_MINUTES} minutes), then start the job.
          </Alert>
          <CopyBlock
            label="Upload command"
            text={curlUploadCommand(upload?.fileName ?? 'users.csv', job.PreSignedUrl ?? '')}
          />
        </div>
      )}
      {start.error != null && <Alert>{getErrorMessage(start.error)}</Alert>}
      {canStart && (
        <Button type="submit" pending={start.isPending}>
          {uploaded ? 'Start import' : 'I uploaded it, start import'}
        </Button>
      )}
    </form>
  );
}
