import { errorName } from '@/aws/errors';
import { fieldForAwsMessage } from '@/lib/field-errors';

export type CreatePoolErrorField =
  | 'name'
  | 'usernameAttributes'
  | 'aliasAttributes'
  | 'requiredAttributes'
  | 'password.minLength'
  | 'password.temporaryPasswordValidityDays'
  | 'mfa';

const membersToFields: Record<string, CreatePoolErrorField> = {
  poolName: 'name',
  usernameAttributes: 'usernameAttributes',
  aliasAttributes: 'aliasAttributes',
  schema: 'requiredAttributes',
  minimumLength: 'password.minLength',
  temporaryPasswordValidityDays: 'password.temporaryPasswordValidityDays',
  mfaConfiguration: 'mfa',
  softwareTokenMfaConfiguration: 'mfa',
};

/** The form field an AWS refusal is about, or undefined to show it at the top of the form. */
export function createPoolErrorField(error: unknown): CreatePoolErrorField | undefined {
  const name = errorName(error);
  if (name !== 'InvalidParameterException' && name !== 'ValidationException') return undefined;
  return error instanceof Error ? fieldForAwsMessage(error.message, membersToFields) : undefined;
}
