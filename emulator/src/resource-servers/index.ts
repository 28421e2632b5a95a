// Registers this module's operations on import.
import { registerOperations } from '../protocol/operations.ts';
import { createResourceServer } from './create-resource-server.ts';
import { deleteResourceServer } from './delete-resource-server.ts';
import { describeResourceServer } from './describe-resource-server.ts';
import { listResourceServers } from './list-resource-servers.ts';
import { updateResourceServer } from './update-resource-server.ts';

registerOperations('cognito-idp', {
  CreateResourceServer: createResourceServer,
  DescribeResourceServer: describeResourceServer,
  ListResourceServers: listResourceServers,
  UpdateResourceServer: updateResourceServer,
  DeleteResourceServer: deleteResourceServer,
});
