// Registers this module's operations on import.
import { registerOperations } from '../protocol/operations.ts';
import { createGroup } from './create-group.ts';
import { deleteGroup } from './delete-group.ts';
import { getGroupOperation } from './get-group.ts';
import { listGroups } from './list-groups.ts';
import { listUsersInGroup } from './list-users-in-group.ts';
import { updateGroup } from './update-group.ts';

registerOperations('cognito-idp', {
  CreateGroup: createGroup,
  GetGroup: getGroupOperation,
  ListGroups: listGroups,
  UpdateGroup: updateGroup,
  DeleteGroup: deleteGroup,
  ListUsersInGroup: listUsersInGroup,
});
