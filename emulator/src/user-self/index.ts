// Registers the operations a user performs on their own account (unsigned, or with their access token).
import '../outbox/index.ts';
import { registerOperations } from '../protocol/operations.ts';
import { confirmSignUp } from './confirm-sign-up.ts';
import { resendConfirmationCode } from './resend-confirmation-code.ts';
import { signUp } from './sign-up.ts';

registerOperations('cognito-idp', {
  SignUp: signUp,
  ConfirmSignUp: confirmSignUp,
  ResendConfirmationCode: resendConfirmationCode,
});
