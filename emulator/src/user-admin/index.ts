// Registers the user administration operations on import.
import '../outbox/index.ts';
import { registerOperations } from '../protocol/operations.ts';
import { adminAddUserToGroup } from './admin-add-user-to-group.ts';
import { adminConfirmSignUp } from './admin-confirm-sign-up.ts';
import { adminCreateUser } from './admin-create-user.ts';
import { adminDeleteUserAttributes } from './admin-delete-user-attributes.ts';
import { adminDeleteUser } from './admin-delete-user.ts';
import { adminDisableProviderForUser } from './admin-disable-provider-for-user.ts';
import { adminDisableUser } from './admin-disable-user.ts';
import { adminEnableUser } from './admin-enable-user.ts';
import { adminForgetDevice } from './admin-forget-device.ts';
import { adminGetDevice } from './admin-get-device.ts';
import { adminGetUser } from './admin-get-user.ts';
import { adminLinkProviderForUser } from './admin-link-provider-for-user.ts';
import { adminListDevices } from './admin-list-devices.ts';
import { adminListGroupsForUser } from './admin-list-groups-for-user.ts';
import { adminRemoveUserFromGroup } from './admin-remove-user-from-group.ts';
import { adminResetUserPassword } from './admin-reset-user-password.ts';
import { adminSetUserPassword } from './admin-set-user-password.ts';
import { adminSetUserSettings } from './admin-set-user-settings.ts';
import { adminUpdateDeviceStatus } from './admin-update-device-status.ts';
import { adminUpdateUserAttributes } from './admin-update-user-attributes.ts';
import { adminUserGlobalSignOut } from './admin-user-global-sign-out.ts';
import { listUsers } from './list-users.ts';

registerOperations('cognito-idp', {
  AdminCreateUser: adminCreateUser,
  AdminGetUser: adminGetUser,
  ListUsers: listUsers,
  AdminDeleteUser: adminDeleteUser,
  AdminUpdateUserAttributes: adminUpdateUserAttributes,
  AdminDeleteUserAttributes: adminDeleteUserAttributes,
  AdminDisableUser: adminDisableUser,
  AdminEnableUser: adminEnableUser,
  AdminConfirmSignUp: adminConfirmSignUp,
  AdminResetUserPassword: adminResetUserPassword,
  AdminSetUserPassword: adminSetUserPassword,
  AdminSetUserSettings: adminSetUserSettings,
  AdminUserGlobalSignOut: adminUserGlobalSignOut,
  AdminListGroupsForUser: adminListGroupsForUser,
  AdminAddUserToGroup: adminAddUserToGroup,
  AdminRemoveUserFromGroup: adminRemoveUserFromGroup,
  AdminLinkProviderForUser: adminLinkProviderForUser,
  AdminDisableProviderForUser: adminDisableProviderForUser,
  AdminListDevices: adminListDevices,
  AdminGetDevice: adminGetDevice,
  AdminUpdateDeviceStatus: adminUpdateDeviceStatus,
  AdminForgetDevice: adminForgetDevice,
});
