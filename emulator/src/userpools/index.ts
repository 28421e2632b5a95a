// Registers this module's operations and routes on import.
import { registerOperations } from '../protocol/operations.ts';
import { addCustomAttributes } from './add-custom-attributes.ts';
import { createUserPool } from './create-user-pool.ts';
import { deleteUserPool } from './delete-user-pool.ts';
import { describeUserPool } from './describe-user-pool.ts';
import { listUserPools } from './list-user-pools.ts';
import { getUserPoolMfaConfig, setUserPoolMfaConfig } from './mfa-config.ts';
import { updateUserPool } from './update-user-pool.ts';

registerOperations('cognito-idp', {
  CreateUserPool: createUserPool,
  DescribeUserPool: describeUserPool,
  ListUserPools: listUserPools,
  UpdateUserPool: updateUserPool,
  DeleteUserPool: deleteUserPool,
  AddCustomAttributes: addCustomAttributes,
  SetUserPoolMfaConfig: setUserPoolMfaConfig,
  GetUserPoolMfaConfig: getUserPoolMfaConfig,
});
