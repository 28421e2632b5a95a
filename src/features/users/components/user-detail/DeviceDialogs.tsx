import * as Dialog from '@radix-ui/react-dialog';
import { Button } from '@/components/Button';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { DescriptionList } from '@/components/DescriptionList';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { toastStore } from '@/components/toast/toast-store';
import { formatDateTime } from '@/lib/format';
import { useForgetDevice } from '@/api/users/forget-device';
import { useDevice } from '@/api/users/get-device';
import type { UserDevice } from '@/api/users/list-devices';
import type { UserRef } from '@/api/users/user-keys';
import { FormDialog } from './FormDialog';

export function deviceLabel(device: UserDevice): string {
  return device.name || device.key;
}

export function DeviceDetailsDialog({
  user,
  device,
  onClose,
}: {
  user: UserRef;
  device: UserDevice | null;
  onClose: () => void;
}) {
  const details = useDevice(user, device?.key ?? '', { enabled: device !== null });
  return (
    <FormDialog
      open={device !== null}
      onOpenChange={(next) => !next && onClose()}
      title={device ? `Device ${deviceLabel(device)}` : 'Device'}
      description={<p>As AdminGetDevice reports it now.</p>}
    >
      {details.isPending ? (
        <LoadingState label="Loading device…" rows={3} />
      ) : details.isError ? (
        <ErrorState
          title="Could not load the device"
          error={details.error}
          onRetry={() => void details.refetch()}
        />
      ) : (
        <DescriptionList
          items={[
            { term: 'Device key', value: <span className="font-mono">{details.data.key}</span> },
            { term: 'Created', value: formatDateTime(details.data.createdAt) },
            { term: 'Last signed in', value: formatDateTime(details.data.lastAuthenticatedAt) },
            { term: 'Last modified', value: formatDateTime(details.data.modifiedAt) },
            ...details.data.attributes.map((a) => ({ term: a.name, value: a.value })),
          ]}
        />
      )}
      <div className="flex justify-end">
        <Dialog.Close asChild>
          <Button variant="secondary">Close</Button>
        </Dialog.Close>
      </div>
    </FormDialog>
  );
}

export function ForgetDeviceDialog({
  user,
  device,
  onClose,
}: {
  user: UserRef;
  device: UserDevice | null;
  onClose: () => void;
}) {
  const forget = useForgetDevice(user, {
    onSuccess: () => {
      toastStore.show('Device forgotten.', 'success');
      onClose();
    },
  });
  return (
    <ConfirmDialog
      open={device !== null}
      onOpenChange={(next) => {
        if (!next) {
          forget.reset();
          onClose();
        }
      }}
      title={`Forget ${device ? deviceLabel(device) : 'this device'}?`}
      confirmLabel="Forget device"
      mutation={forget}
      onConfirm={() => device && forget.mutate(device.key)}
    >
      <p>
        Cognito removes the device from the user&apos;s tracked devices. If it was remembered, the
        user will be asked for MFA again on it at the next sign-in.
      </p>
    </ConfirmDialog>
  );
}
