import { errorName } from '@/aws/errors';
import { fieldForAwsMessage } from '@/lib/field-errors';

export type ResourceServerErrorField = 'identifier' | 'name' | 'scopes';

const membersToFields: Record<string, ResourceServerErrorField> = {
  identifier: 'identifier',
  name: 'name',
  scopes: 'scopes',
  scopeName: 'scopes',
  scopeDescription: 'scopes',
};

/** The form fields an AWS refusal of a resource server is about (none: it concerns the whole form). */
export function resourceServerErrorFields(error: unknown): ResourceServerErrorField[] {
  const name = errorName(error);
  if (name !== 'InvalidParameterException' && name !== 'ValidationException') return [];
  const message = error instanceof Error ? error.message : '';
  // "<identifier> already exists in pool <pool>": the identifier is taken.
  if (/already exists/i.test(message)) return ['identifier'];
  const field = fieldForAwsMessage(message, membersToFields);
  return field ? [field] : [];
}
