import { OperatorLockoutWarning } from '@/components/OperatorLockoutWarning';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { toastStore } from '@/components/toast/toast-store';
import { useSetUserEnabled } from '@/api/users/set-user-enabled';
import type { UserDetail } from '@/api/users/get-user';
import type { DialogProps } from './dialog-props';

/** What enabling does for the user, which depends on the password state they are left in. */
function EnableConsequences({ username, status }: { username: string; status: string }) {
  if (status === 'RESET_REQUIRED') {
    return (
      <>
        <p>
          {username} can sign in again, but their password has been reset: at sign-in Cognito
          refuses the old password and asks for the code it sent to their verified email or phone,
          then a new password. Enabling does not send a new code.
        </p>
        <p>
          Next: if the user has lost the code or it has expired, use Reset password to send a new
          one. If they have no verified email or phone, an administrator must set a password for
          them instead.
        </p>
      </>
    );
  }
  if (status === 'FORCE_CHANGE_PASSWORD') {
    return (
      <>
        <p>
          {username} can sign in again, but only with the temporary password from their invitation,
          and must then choose a new password. Enabling does not send the invitation again, and an
          expired temporary password stays expired.
        </p>
        <p>
          Next: if the user no longer has the invitation or it has expired, an administrator can
          resend the invitation.
        </p>
      </>
    );
  }
  return <p>The user can sign in again with their current password.</p>;
}

/** Enable or disable, whichever the user is not now. */
export function SetEnabledDialog({
  user,
  name,
  standing,
  open,
  onOpenChange,
  enable,
  status,
}: DialogProps & { enable: boolean; status: UserDetail['status'] }) {
  const mutation = useSetUserEnabled(user, {
    onSuccess: () => {
      toastStore.show(`${name} ${enable ? 'enabled' : 'disabled'}.`, 'success');
      onOpenChange(false);
    },
  });
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={mutation}
      title={enable ? `Enable ${name}?` : `Disable ${name}?`}
      confirmLabel={enable ? 'Enable user' : 'Disable user'}
      destructive={!enable}
      onConfirm={() => mutation.mutate(enable)}
    >
      {enable ? (
        <EnableConsequences username={name} status={status ?? ''} />
      ) : (
        <>
          <OperatorLockoutWarning name={name} standing={standing} action="Disabling this account" />
          <p>
            The user can no longer sign in or refresh their tokens. Their data, groups and devices
            are kept, and you can enable the account again at any time. Access tokens already issued
            stay valid until they expire (up to an hour).
          </p>
        </>
      )}
    </ConfirmDialog>
  );
}
