// Registers this module's operations on import.
import { registerOperations } from '../protocol/operations.ts';
import { getCredentialsForIdentity, getId } from './operations.ts';

registerOperations('cognito-identity', {
  GetId: getId,
  GetCredentialsForIdentity: getCredentialsForIdentity,
});
