import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { forgetDevice } from '@/api/user-self/forget-device';
import { getDevice } from '@/api/user-self/get-device';
import { listDevices, type UserDevice } from '@/api/user-self/list-devices';
import { updateDeviceStatus } from '@/api/user-self/update-device-status';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { TestRun } from '../flow/test-run';

const PAGE_SIZE = 10;

interface DevicesSectionProps {
  run: TestRun;
  accessToken: string;
  /** The device whose secret this page keeps, if any. */
  ownDeviceKey?: string;
  /** This page's own device was forgotten: its secret must go. */
  onOwnDeviceForgotten: () => void;
}

const attribute = (device: UserDevice, name: string) =>
  device.DeviceAttributes?.find((a) => a.Name === name)?.Value;

/** A device's name, or its key when it has none. */
export const deviceName = (device: UserDevice) =>
  attribute(device, 'device_name') ?? device.DeviceKey ?? '';

/** The test user's devices (ListDevices, page by page), each opened, marked or forgotten. */
export function DevicesSection({
  run,
  accessToken,
  ownDeviceKey,
  onOwnDeviceForgotten,
}: DevicesSectionProps) {
  const ctx = run.client.ctx;
  const [devices, setDevices] = useState<UserDevice[]>();
  const [next, setNext] = useState<string>();
  const [opened, setOpened] = useState<string>();
  const [forgetting, setForgetting] = useState<UserDevice>();
  const replace = (fresh: UserDevice) =>
    setDevices((current) => current?.map((d) => (d.DeviceKey === fresh.DeviceKey ? fresh : d)));
  const list = useMutation({
    mutationFn: (paginationToken?: string) =>
      listDevices(ctx, {
        AccessToken: accessToken,
        Limit: PAGE_SIZE,
        PaginationToken: paginationToken,
      }),
    onSuccess: (output, paginationToken) => {
      const page = output.Devices ?? [];
      setDevices((current) => (paginationToken ? [...(current ?? []), ...page] : page));
      setNext(output.PaginationToken);
    },
  });
  const details = useMutation({
    mutationFn: async (deviceKey: string) =>
      (await getDevice(ctx, { AccessToken: accessToken, DeviceKey: deviceKey })).Device,
    onSuccess: (device) => {
      if (!device) return;
      replace(device);
      setOpened(device.DeviceKey);
    },
  });
  const mark = useMutation({
    mutationFn: async ({ deviceKey, remembered }: { deviceKey: string; remembered: boolean }) => {
      await updateDeviceStatus(ctx, {
        AccessToken: accessToken,
        DeviceKey: deviceKey,
        DeviceRememberedStatus: remembered ? 'remembered' : 'not_remembered',
      });
      return (await getDevice(ctx, { AccessToken: accessToken, DeviceKey: deviceKey })).Device;
    },
    onSuccess: (device) => device && replace(device),
  });
  const forget = useMutation({
    mutationFn: async (deviceKey: string) => {
      await forgetDevice(ctx, { AccessToken: accessToken, DeviceKey: deviceKey });
      return deviceKey;
    },
    onSuccess: (deviceKey) => {
      setForgetting(undefined);
      setDevices((current) => current?.filter((d) => d.DeviceKey !== deviceKey));
      if (deviceKey === ownDeviceKey) onOwnDeviceForgotten();
    },
  });
  const busy = details.isPending || mark.isPending;
  const error = list.error ?? details.error ?? mark.error;
  return (
    <div className="space-y-3" role="region" aria-label="Your devices">
      <h3 className="text-sm font-semibold text-slate-900">Your devices</h3>
      <Button
        variant="secondary"
        pending={list.isPending && !list.variables}
        onClick={() => list.mutate(undefined)}
      >
        {devices ? 'List devices again' : 'List devices'}
      </Button>
      {error && <Alert>{error instanceof Error ? error.message : String(error)}</Alert>}
      {devices && devices.length === 0 && (
        <p className="text-sm text-slate-600">Cognito tracks no device of this user.</p>
      )}
      {devices && devices.length > 0 && (
        <ul aria-label="Devices" className="space-y-2">
          {devices.map((device) => {
            const key = device.DeviceKey ?? '';
            const name = deviceName(device);
            const remembered = attribute(device, 'device_remembered_status') === 'remembered';
            return (
              <li
                key={key}
                aria-label={name}
                className="rounded-md border border-slate-200 p-2 text-sm"
              >
                <p className="font-medium">
                  {name}
                  {key === ownDeviceKey && <span className="text-slate-600"> (this page)</span>}
                </p>
                <p className="font-mono text-xs text-slate-700">{key}</p>
                <p className="text-slate-700">
                  {remembered ? 'Remembered' : 'Not remembered'} · last sign-in{' '}
                  {device.DeviceLastAuthenticatedDate?.toLocaleString() ?? 'never'}
                </p>
                {opened === key && (
                  <dl className="mt-1 text-xs text-slate-700">
                    <dt className="font-semibold">Created</dt>
                    <dd>{device.DeviceCreateDate?.toLocaleString() ?? '—'}</dd>
                    <dt className="font-semibold">Last modified</dt>
                    <dd>{device.DeviceLastModifiedDate?.toLocaleString() ?? '—'}</dd>
                    {device.DeviceAttributes?.map((a) => (
                      <div key={a.Name}>
                        <dt className="font-semibold">{a.Name}</dt>
                        <dd className="font-mono">{a.Value}</dd>
                      </div>
                    ))}
                  </dl>
                )}
                <div className="mt-2 flex flex-wrap gap-2">
                  <Button variant="ghost" disabled={busy} onClick={() => details.mutate(key)}>
                    Details
                  </Button>
                  <Button
                    variant="ghost"
                    disabled={busy}
                    onClick={() => mark.mutate({ deviceKey: key, remembered: !remembered })}
                  >
                    {remembered ? 'Mark as not remembered' : 'Mark as remembered'}
                  </Button>
                  <Button variant="danger" onClick={() => setForgetting(device)}>
                    Forget
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {next && (
        <Button
          variant="secondary"
          pending={list.isPending && Boolean(list.variables)}
          onClick={() => list.mutate(next)}
        >
          More devices
        </Button>
      )}
      <ConfirmDialog
        open={forgetting !== undefined}
        onOpenChange={(open) => !open && setForgetting(undefined)}
        title={`Forget ${forgetting ? deviceName(forgetting) : ''}?`}
        confirmLabel="Forget device"
        onConfirm={() => forgetting?.DeviceKey && forget.mutate(forgetting.DeviceKey)}
        mutation={forget}
      >
        <p>
          Cognito forgets device {forgetting?.DeviceKey} (ForgetDevice): it no longer stands in for
          MFA, and the next sign-in on it is a new device.
        </p>
      </ConfirmDialog>
    </div>
  );
}
