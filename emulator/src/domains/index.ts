// Registers this module's operations on import.
import { registerOperations } from '../protocol/operations.ts';
import { createUserPoolDomain } from './create-user-pool-domain.ts';
import { deleteUserPoolDomain } from './delete-user-pool-domain.ts';
import { describeUserPoolDomain } from './describe-user-pool-domain.ts';
import { updateUserPoolDomain } from './update-user-pool-domain.ts';

registerOperations('cognito-idp', {
  CreateUserPoolDomain: createUserPoolDomain,
  DescribeUserPoolDomain: describeUserPoolDomain,
  UpdateUserPoolDomain: updateUserPoolDomain,
  DeleteUserPoolDomain: deleteUserPoolDomain,
});
