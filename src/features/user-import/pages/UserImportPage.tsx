import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { importRulesOf } from '@/lib/user-import/import-rules';
import { accountOfPoolArn } from '@/lib/user-import/logs-role';
import { useCanCall } from '@/session/session-hooks';
import { regionOfPool } from '@/api/pool-scope';
import { useDescribeUserPool } from '@/api/pools/describe-user-pool';
import { useCreateUserImportJob } from '@/api/user-import/create-user-import-job';
import { useCsvHeader } from '@/api/user-import/get-csv-header';
import { UploadUnreachableError, useUploadImportFile } from '@/api/user-import/upload-import-file';
import type { ImportJobFormValues } from '../forms/import-job-form';
import { userImportPermissions } from '../routes';
import { ActiveJobSection } from '../components/ActiveJobSection';
import { JobHistorySection } from '../components/JobHistorySection';
import { NewImportSection, type CheckedFile } from '../components/NewImportSection';
import { TemplateSection } from '../components/TemplateSection';
import type { UploadState } from '../components/upload-state';

export function UserImportPage() {
  const { poolId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const activeJobId = search.get('job') ?? undefined;
  const pool = useDescribeUserPool(poolId);
  const header = useCsvHeader(poolId);
  const canCreate = useCanCall(userImportPermissions.create);
  const canStart = useCanCall(userImportPermissions.start);
  const canStop = useCanCall(userImportPermissions.stop);
  const create = useCreateUserImportJob();
  const upload = useUploadImportFile();
  const [uploadState, setUploadState] = useState<UploadState>();

  const createAndUpload = async (values: ImportJobFormValues, { file, rows }: CheckedFile) => {
    const job = await create.mutateAsync({
      UserPoolId: poolId,
      JobName: values.jobName,
      CloudWatchLogsRoleArn: values.roleArn,
    });
    const jobId = job.JobId ?? '';
    const base = { jobId, fileName: file.name, rows };
    setUploadState({ ...base, status: 'uploading' });
    setSearch({ job: jobId });
    try {
      await upload.mutateAsync({ url: job.PreSignedUrl ?? '', file });
      setUploadState({ ...base, status: 'uploaded' });
    } catch (error) {
      setUploadState({
        ...base,
        status: error instanceof UploadUnreachableError ? 'unreachable' : 'refused',
        message:
          error instanceof UploadUnreachableError
            ? 'The browser could not upload the file: the upload URL refused its request (on AWS, S3 does not accept uploads from a web page) or the network is down.'
            : `The upload was refused: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const heading = (
    <div>
      <h1 className="text-2xl font-semibold text-slate-900">Import users</h1>
      <p className="font-mono text-sm text-slate-600">{poolId}</p>
    </div>
  );
  if (pool.isPending || header.isPending)
    return (
      <div className="space-y-4">
        {heading}
        <LoadingState label="Loading the pool's import template…" />
      </div>
    );
  if (pool.isError || header.isError) {
    const failed = pool.isError ? pool : header;
    return (
      <div className="space-y-4">
        {heading}
        <ErrorState
          title="Could not load the pool's import template"
          error={failed.error}
          onRetry={() => void failed.refetch()}
          retrying={failed.isFetching}
        />
      </div>
    );
  }
  const rules = importRulesOf(pool.data, header.data.header);
  const poolName = pool.data.Name ?? poolId;
  const required = [...rules.attributes.values()]
    .filter((a) => a.required && rules.template.includes(a.name))
    .map((a) => a.name);

  return (
    <div className="space-y-6">
      {heading}
      <TemplateSection
        poolName={poolName}
        template={rules.template}
        required={required}
        autoVerified={rules.autoVerified}
      />
      <NewImportSection
        poolId={poolId}
        region={regionOfPool(poolId)}
        account={accountOfPoolArn(pool.data.Arn)}
        rules={rules}
        canCreate={canCreate}
        onCreate={createAndUpload}
      />
      {activeJobId && (
        <ActiveJobSection
          key={activeJobId}
          poolId={poolId}
          poolName={poolName}
          jobId={activeJobId}
          upload={uploadState}
          canStart={canStart}
          canStop={canStop}
        />
      )}
      <JobHistorySection poolId={poolId} poolName={poolName} />
    </div>
  );
}
