// Registers this module's operations and routes on import.
import { registerOperations } from '../protocol/operations.ts';
import { adminInitiateAuth } from './admin-initiate-auth.ts';
import { adminRespondToAuthChallenge } from './admin-respond-to-auth-challenge.ts';
import { initiateAuth } from './initiate-auth.ts';
import { respondToAuthChallenge } from './respond-to-auth-challenge.ts';

registerOperations('cognito-idp', {
  InitiateAuth: initiateAuth,
  RespondToAuthChallenge: respondToAuthChallenge,
  AdminInitiateAuth: adminInitiateAuth,
  AdminRespondToAuthChallenge: adminRespondToAuthChallenge,
});
