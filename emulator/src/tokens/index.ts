// Registers this module's operation (RevokeToken) and routes (JWKS, OpenID configuration) on import.
import { registerOperations } from '../protocol/operations.ts';
import { revokeToken } from './revoke-token.ts';
import './routes.ts';

registerOperations('cognito-idp', { RevokeToken: revokeToken });
