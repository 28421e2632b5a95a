import { useState } from 'react';
import { useCanCall } from '@/session/session-hooks';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { DataTable } from '@/components/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Pager } from '@/components/Pager';
import { Section } from '@/components/Section';
import { formatDateTime } from '@/lib/format';
import { DEVICES_PAGE_SIZE, useDevices, type UserDevice } from '@/api/users/list-devices';
import { useUpdateDeviceStatus } from '@/api/users/update-device-status';
import type { UserRef } from '@/api/users/user-keys';
import { userPermissions } from '../../routes';
import { DeviceDetailsDialog, deviceLabel, ForgetDeviceDialog } from './DeviceDialogs';

export function DevicesSection({ user }: { user: UserRef }) {
  const canManage = useCanCall(userPermissions.manageDevices);
  const [tokens, setTokens] = useState<(string | undefined)[]>([undefined]);
  const devices = useDevices(user, tokens[tokens.length - 1]);
  const [viewing, setViewing] = useState<UserDevice | null>(null);
  const [forgetting, setForgetting] = useState<UserDevice | null>(null);
  const status = useUpdateDeviceStatus(user);

  return (
    <Section title="Devices">
      {devices.isPending ? (
        <LoadingState label="Loading devices…" rows={2} />
      ) : devices.isError ? (
        <ErrorState
          title="Could not list the user's devices"
          error={devices.error}
          onRetry={() => void devices.refetch()}
          retrying={devices.isFetching}
        />
      ) : devices.data.devices.length === 0 && tokens.length === 1 ? (
        <EmptyState title="No tracked devices">
          Devices appear here when the pool remembers devices and the user signs in on one.
        </EmptyState>
      ) : (
        <>
          {status.isError && <Alert>{getErrorMessage(status.error)}</Alert>}
          <DataTable
            caption={`Devices of ${user.username}`}
            rows={devices.data.devices}
            rowKey={(device) => device.key}
            columns={[
              {
                header: 'Device',
                cell: (device) => (
                  <>
                    <p className="text-slate-900">{deviceLabel(device)}</p>
                    <p className="font-mono text-xs break-all text-slate-600">{device.key}</p>
                  </>
                ),
              },
              {
                header: 'Remembered',
                cell: (device) =>
                  device.remembered === 'remembered' ? 'Remembered' : 'Not remembered',
              },
              {
                header: 'Last signed in',
                cell: (device) => formatDateTime(device.lastAuthenticatedAt),
              },
              {
                header: 'Actions',
                headerHidden: true,
                cell: (device) => (
                  <DeviceActions
                    device={device}
                    canManage={canManage}
                    status={status}
                    onView={setViewing}
                    onForget={setForgetting}
                  />
                ),
              },
            ]}
          />
          <Pager
            page={tokens.length - 1}
            pageSize={DEVICES_PAGE_SIZE}
            itemsOnPage={devices.data.devices.length}
            hasNext={Boolean(devices.data.nextToken) && !devices.isPlaceholderData}
            busy={devices.isPlaceholderData}
            onNext={() => {
              const next = devices.data.nextToken;
              if (next) setTokens([...tokens, next]);
            }}
            onPrevious={() => setTokens(tokens.slice(0, -1))}
          />
        </>
      )}
      <DeviceDetailsDialog user={user} device={viewing} onClose={() => setViewing(null)} />
      {canManage && (
        <ForgetDeviceDialog user={user} device={forgetting} onClose={() => setForgetting(null)} />
      )}
    </Section>
  );
}

function DeviceActions({
  device,
  canManage,
  status,
  onView,
  onForget,
}: {
  device: UserDevice;
  canManage: boolean;
  status: ReturnType<typeof useUpdateDeviceStatus>;
  onView: (device: UserDevice) => void;
  onForget: (device: UserDevice) => void;
}) {
  const remembered = device.remembered === 'remembered';
  const label = deviceLabel(device);
  return (
    <div className="flex flex-wrap justify-end gap-1">
      <Button variant="ghost" aria-label={`Details of ${label}`} onClick={() => onView(device)}>
        Details
      </Button>
      {canManage && (
        <>
          <Button
            variant="ghost"
            aria-label={`Mark ${label} as ${remembered ? 'not remembered' : 'remembered'}`}
            pending={status.isPending && status.variables?.deviceKey === device.key}
            onClick={() => status.mutate({ deviceKey: device.key, remembered: !remembered })}
          >
            {remembered ? 'Mark not remembered' : 'Mark remembered'}
          </Button>
          <Button variant="ghost" aria-label={`Forget ${label}`} onClick={() => onForget(device)}>
            Forget
          </Button>
        </>
      )}
    </div>
  );
}
