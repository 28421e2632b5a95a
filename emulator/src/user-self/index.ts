// Registers the operations a user performs on their own account (unsigned, or with their access token).
import '../outbox/index.ts';
import { registerOperations } from '../protocol/operations.ts';
import { changePassword } from './change-password.ts';
import { confirmForgotPassword } from './confirm-forgot-password.ts';
import { confirmSignUp } from './confirm-sign-up.ts';
import { forgotPassword } from './forgot-password.ts';
import { resendConfirmationCode } from './resend-confirmation-code.ts';
import { signUp } from './sign-up.ts';

registerOperations('cognito-idp', {
  SignUp: signUp,
  ConfirmSignUp: confirmSignUp,
  ResendConfirmationCode: resendConfirmationCode,
  ForgotPassword: forgotPassword,
  ConfirmForgotPassword: confirmForgotPassword,
  ChangePassword: changePassword,
});
