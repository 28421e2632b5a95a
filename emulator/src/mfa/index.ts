// Registers this module's operations on import.
import { registerOperations } from '../protocol/operations.ts';
import { adminSetUserMFAPreference, setUserMFAPreference } from './mfa-preference.ts';
import { associateSoftwareToken, verifySoftwareToken } from './software-token.ts';

registerOperations('cognito-idp', {
  AssociateSoftwareToken: associateSoftwareToken,
  VerifySoftwareToken: verifySoftwareToken,
  SetUserMFAPreference: setUserMFAPreference,
  AdminSetUserMFAPreference: adminSetUserMFAPreference,
});
