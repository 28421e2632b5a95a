import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { deleteUser } from '@/api/user-self/delete-user';
import { globalSignOut } from '@/api/user-self/global-sign-out';
import { updateDeviceStatus } from '@/api/user-self/update-device-status';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { Section } from '@/components/Section';
import { TokenViewer } from '@/components/token-viewer/TokenViewer';
import { afterRefresh } from '@/lib/try-sign-in/auth-step';
import { toFlowError } from '../flow/flow-error';
import type { TestSession } from '../flow/session';
import { refreshSession, type RememberedDevice } from '../flow/sign-in-flow';
import type { TestRun } from '../flow/test-run';
import { AccountSettings } from './AccountSettings';
import { AttributeForm } from './AttributeForm';
import { ChangePasswordForm } from './ChangePasswordForm';
import { DevicesSection } from './DevicesSection';

interface SessionSectionProps {
  run: TestRun;
  session: TestSession;
  device?: RememberedDevice;
  /** ConfirmDevice said the user chooses whether to remember the device. */
  deviceAwaitsChoice: boolean;
  onSessionChange: (session: TestSession) => void;
  onDeviceRemembered: () => void;
  /** The user forgot this page's device: the page drops its secret. */
  onDeviceForgotten: () => void;
  /** The user is gone (deleted) or the page forgets the tokens. */
  onEnded: (reason: 'deleted' | 'forgotten') => void;
}

export function SessionSection({
  run,
  session,
  device,
  deviceAwaitsChoice,
  onSessionChange,
  onDeviceRemembered,
  onDeviceForgotten,
  onEnded,
}: SessionSectionProps) {
  const [deleting, setDeleting] = useState(false);
  const accessToken = session.tokens.accessToken ?? '';
  const refresh = useMutation({
    mutationFn: async () => {
      const step = await refreshSession(
        run.client,
        session.username,
        session.tokens.refreshToken ?? '',
        device,
      );
      if (step.kind !== 'tokens')
        throw new Error(`Cognito answered the refresh with ${step.name}.`);
      return step.tokens;
    },
    onSuccess: (fresh) =>
      onSessionChange({
        ...session,
        previous: session.tokens,
        tokens: afterRefresh(session.tokens, fresh),
      }),
  });
  const signOut = useMutation({
    mutationFn: () => globalSignOut(run.client.ctx, { AccessToken: accessToken }),
    onSuccess: () => onSessionChange({ ...session, signedOutEverywhere: true }),
  });
  const remember = useMutation({
    mutationFn: () =>
      updateDeviceStatus(run.client.ctx, {
        AccessToken: accessToken,
        DeviceKey: device?.deviceKey ?? '',
        DeviceRememberedStatus: 'remembered',
      }),
    onSuccess: onDeviceRemembered,
  });
  const remove = useMutation({
    mutationFn: async () => {
      await deleteUser(run.client.ctx, { AccessToken: accessToken });
      await run.usersChanged();
    },
    onSuccess: () => {
      setDeleting(false);
      onEnded('deleted');
    },
  });
  const refreshError = toFlowError(refresh.error, run.hidesUserExistence);
  const actionError = toFlowError(signOut.error ?? remember.error, run.hidesUserExistence);
  return (
    <Section
      title={`Signed in as ${session.username}`}
      actions={
        <Button variant="ghost" onClick={() => onEnded('forgotten')}>
          Forget these tokens
        </Button>
      }
    >
      <div className="space-y-5">
        <p className="text-xs text-slate-600">
          These tokens are the test user’s, kept in this page only; the console’s own session is
          separate.
        </p>
        {session.signedOutEverywhere && (
          <Alert tone="info">
            Signed out everywhere: Cognito revoked every refresh token of {session.username}.
            Refresh to see Cognito refuse the old one.
          </Alert>
        )}
        <TokenViewer
          tokens={session.tokens}
          previous={session.previous}
          onRefresh={
            session.tokens.refreshToken
              ? () => {
                  if (!refresh.isPending) refresh.mutate();
                }
              : undefined
          }
          refreshing={refresh.isPending}
        />
        {refreshError && <Alert title="Refresh refused">{refreshError.message}</Alert>}
        {device && (
          <div className="space-y-2 text-sm text-slate-700">
            <p>
              Device <span className="font-mono">{device.deviceKey}</span> is confirmed; this page
              keeps its secret, so the next sign-in of {session.username} answers DEVICE_SRP_AUTH.
            </p>
            {deviceAwaitsChoice && (
              <Button
                variant="secondary"
                pending={remember.isPending}
                onClick={() => remember.mutate()}
              >
                Remember this device
              </Button>
            )}
          </div>
        )}
        <ChangePasswordForm run={run} accessToken={accessToken} />
        <DevicesSection
          run={run}
          accessToken={accessToken}
          ownDeviceKey={device?.deviceKey}
          onOwnDeviceForgotten={onDeviceForgotten}
        />
        <AttributeForm run={run} username={session.username} accessToken={accessToken} />
        <AccountSettings run={run} accessToken={accessToken} />
        {actionError && <Alert>{actionError.message}</Alert>}
        <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4">
          <Button
            variant="secondary"
            pending={signOut.isPending}
            disabled={session.signedOutEverywhere}
            onClick={() => signOut.mutate()}
          >
            Sign out everywhere
          </Button>
          <Button variant="danger" onClick={() => setDeleting(true)}>
            Delete test user
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={deleting}
        onOpenChange={setDeleting}
        title={`Delete ${session.username}?`}
        confirmLabel="Delete test user"
        onConfirm={() => remove.mutate()}
        mutation={remove}
      >
        <p>
          {session.username} deletes themself from {run.poolName} (DeleteUser with their access
          token). This cannot be undone.
        </p>
      </ConfirmDialog>
    </Section>
  );
}
