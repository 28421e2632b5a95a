import { useState } from 'react';
import { useCanCall } from '@/session/session-hooks';
import { Button } from '@/components/Button';
import type { PasswordPolicyInput } from '@/lib/user-attributes/password-policy';
import type { UserDetail } from '@/api/users/get-user';
import type { UserRef } from '@/api/users/user-keys';
import { userPermissions } from '../../routes';
import { ConfirmSignUpDialog } from './ConfirmSignUpDialog';
import { DeleteUserDialog } from './DeleteUserDialog';
import { GlobalSignOutDialog } from './GlobalSignOutDialog';
import { ResendInvitationDialog } from './ResendInvitationDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { SetEnabledDialog } from './SetEnabledDialog';
import { SetPasswordDialog } from './SetPasswordDialog';

type Action =
  'reset-password' | 'set-password' | 'confirm' | 'resend' | 'enabled' | 'sign-out' | 'delete';

interface UserActionsProps {
  user: UserRef;
  detail: UserDetail;
  policy: PasswordPolicyInput | undefined;
  onDeleted: () => unknown;
}

/** Each action shows only to roles that may do it, and opens its own confirmation. */
export function UserActions({ user, detail, policy, onDeleted }: UserActionsProps) {
  const [open, setOpen] = useState<Action | null>(null);
  const can = {
    resetPassword: useCanCall(userPermissions.resetPassword),
    setPassword: useCanCall(userPermissions.setPassword),
    confirm: useCanCall(userPermissions.confirmSignUp),
    resend: useCanCall(userPermissions.resendInvitation),
    setEnabled: useCanCall(userPermissions.setEnabled),
    signOut: useCanCall(userPermissions.globalSignOut),
    delete: useCanCall(userPermissions.delete),
  };
  const external = detail.status === 'EXTERNAL_PROVIDER';
  const dialog = (action: Action) => ({
    user,
    open: open === action,
    onOpenChange: (next: boolean) => setOpen(next ? action : null),
  });
  return (
    <div className="flex flex-wrap gap-2">
      {can.resetPassword && !external && (
        <Button variant="secondary" onClick={() => setOpen('reset-password')}>
          Reset password
        </Button>
      )}
      {can.setPassword && !external && (
        <Button variant="secondary" onClick={() => setOpen('set-password')}>
          Set password
        </Button>
      )}
      {can.confirm && detail.status === 'UNCONFIRMED' && (
        <Button variant="secondary" onClick={() => setOpen('confirm')}>
          Confirm sign-up
        </Button>
      )}
      {can.resend && detail.status === 'FORCE_CHANGE_PASSWORD' && (
        <Button variant="secondary" onClick={() => setOpen('resend')}>
          Resend invitation
        </Button>
      )}
      {can.setEnabled && (
        <Button variant="secondary" onClick={() => setOpen('enabled')}>
          {detail.enabled ? 'Disable user' : 'Enable user'}
        </Button>
      )}
      {can.signOut && (
        <Button variant="secondary" onClick={() => setOpen('sign-out')}>
          Sign out everywhere
        </Button>
      )}
      {can.delete && (
        <Button variant="danger" onClick={() => setOpen('delete')}>
          Delete user
        </Button>
      )}

      {can.resetPassword && <ResetPasswordDialog {...dialog('reset-password')} />}
      {can.setPassword && <SetPasswordDialog {...dialog('set-password')} policy={policy} />}
      {can.confirm && <ConfirmSignUpDialog {...dialog('confirm')} />}
      {can.resend && open === 'resend' && (
        <ResendInvitationDialog
          {...dialog('resend')}
          hasEmail={Boolean(detail.attributes.email)}
          hasPhone={Boolean(detail.attributes.phone_number)}
        />
      )}
      {can.setEnabled && (
        <SetEnabledDialog {...dialog('enabled')} enable={!detail.enabled} status={detail.status} />
      )}
      {can.signOut && <GlobalSignOutDialog {...dialog('sign-out')} />}
      {can.delete && <DeleteUserDialog {...dialog('delete')} onDeleted={onDeleted} />}
    </div>
  );
}
