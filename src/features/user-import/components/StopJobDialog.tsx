import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useStopUserImportJob } from '@/api/user-import/stop-user-import-job';

export function StopJobDialog({
  poolId,
  jobId,
  jobName,
  open,
  onOpenChange,
}: {
  poolId: string;
  jobId: string;
  jobName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const stop = useStopUserImportJob(poolId);
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={stop}
      title={`Stop import job ${jobName}?`}
      confirmLabel="Stop import"
      onConfirm={() => stop.mutate(jobId, { onSuccess: () => onOpenChange(false) })}
    >
      <p>
        The job <strong>{jobName}</strong> stops where it is. The users it has imported stay in the
        pool; the rest of the file is not imported, and a stopped job cannot be started again.
      </p>
    </ConfirmDialog>
  );
}
