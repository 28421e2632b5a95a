import { errorName } from '@/aws/errors';
import { fieldForAwsMessage } from '@/lib/field-errors';

export type GroupErrorField = 'name' | 'description' | 'precedence' | 'roleArn';

const membersToFields: Record<string, GroupErrorField> = {
  groupName: 'name',
  description: 'description',
  precedence: 'precedence',
  roleArn: 'roleArn',
};

/** The form field an AWS refusal is about, or undefined to show it at the top of the form. */
export function groupErrorField(error: unknown): GroupErrorField | undefined {
  const name = errorName(error);
  if (name === 'GroupExistsException') return 'name';
  if (name !== 'InvalidParameterException' && name !== 'ValidationException') return undefined;
  return error instanceof Error ? fieldForAwsMessage(error.message, membersToFields) : undefined;
}
