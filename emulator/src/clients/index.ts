// Registers this module's operations on import.
import { registerOperations } from '../protocol/operations.ts';
import { createUserPoolClient } from './create-user-pool-client.ts';
import { deleteUserPoolClient } from './delete-user-pool-client.ts';
import { describeUserPoolClient } from './describe-user-pool-client.ts';
import { listUserPoolClients } from './list-user-pool-clients.ts';
import { updateUserPoolClient } from './update-user-pool-client.ts';

registerOperations('cognito-idp', {
  CreateUserPoolClient: createUserPoolClient,
  DescribeUserPoolClient: describeUserPoolClient,
  ListUserPoolClients: listUserPoolClients,
  UpdateUserPoolClient: updateUserPoolClient,
  DeleteUserPoolClient: deleteUserPoolClient,
});
