import { useId, useState } from 'react';
import { useCanCall } from '@/session/session-hooks';
import { Button } from '@/components/Button';
import type { OperatorStanding } from '@/lib/users/console-operators';
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
  /** The user as the console names them. */
  name: string;
  standing: OperatorStanding | null;
  detail: UserDetail;
  policy: PasswordPolicyInput | undefined;
  onDeleted: () => unknown;
}

/**
 * Each action shows only to roles that may do it, and opens its own confirmation. On one's own
 * account, disabling, deleting and signing out everywhere are refused, with the reason beside them.
 */
export function UserActions({ user, name, standing, detail, policy, onDeleted }: UserActionsProps) {
  const [open, setOpen] = useState<Action | null>(null);
  const reasonId = useId();
  const self = standing?.self === true;
  // Still focusable (aria-disabled rather than disabled), so the reason is read out on focus.
  const refused = self
    ? {
        'aria-disabled': true,
        'aria-describedby': reasonId,
        className: 'aria-disabled:cursor-not-allowed aria-disabled:opacity-50',
      }
    : {};
  const openUnlessSelf = (action: Action) => () => {
    if (!self) setOpen(action);
  };
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
    name,
    standing,
    open: open === action,
    onOpenChange: (next: boolean) => setOpen(next ? action : null),
  });
  return (
    <div className="space-y-2">
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
          <Button
            variant="secondary"
            {...(detail.enabled ? refused : {})}
            onClick={detail.enabled ? openUnlessSelf('enabled') : () => setOpen('enabled')}
          >
            {detail.enabled ? 'Disable user' : 'Enable user'}
          </Button>
        )}
        {can.signOut && (
          <Button variant="secondary" {...refused} onClick={openUnlessSelf('sign-out')}>
            Sign out everywhere
          </Button>
        )}
        {can.delete && (
          <Button variant="danger" {...refused} onClick={openUnlessSelf('delete')}>
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
          <SetEnabledDialog
            {...dialog('enabled')}
            enable={!detail.enabled}
            status={detail.status}
          />
        )}
        {can.signOut && <GlobalSignOutDialog {...dialog('sign-out')} />}
        {can.delete && <DeleteUserDialog {...dialog('delete')} onDeleted={onDeleted} />}
      </div>
      {self && (can.setEnabled || can.signOut || can.delete) && (
        <p id={reasonId} className="text-sm text-slate-700">
          This is your own account: you cannot disable it, delete it or sign it out everywhere from
          this console, since that would end your own access to it. Another administrator can.
        </p>
      )}
    </div>
  );
}
