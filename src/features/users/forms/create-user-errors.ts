import { errorName } from '@/aws/errors';
import { fieldForAwsMessage } from '@/lib/field-errors';

/**
 * The form field an AdminCreateUser refusal belongs to, or undefined for the top of the form.
 * `aliasFields` are the alias attributes the form holds a value for, in the pool's order.
 */
export function createUserErrorField(
  error: unknown,
  { attributeNames, aliasAttributes }: { attributeNames: string[]; aliasAttributes: string[] },
): string | undefined {
  const name = errorName(error);
  const message = error instanceof Error ? error.message : '';
  switch (name) {
    case 'UsernameExistsException':
      return 'username';
    case 'InvalidPasswordException':
      return 'temporaryPassword';
    case 'AliasExistsException': {
      const named = fieldForAwsMessage(
        message.replace(/_/g, ' '),
        Object.fromEntries(aliasAttributes.map((a) => [a.replace(/_/g, ' '), a])),
      );
      const attribute = named ?? (message.match(/phone/i) ? 'phone_number' : aliasAttributes[0]);
      return attribute ? `attributes.${attribute}` : 'username';
    }
    case 'InvalidParameterException': {
      if (/temporary ?password/i.test(message)) return 'temporaryPassword';
      const attribute = fieldForAwsMessage(
        message,
        Object.fromEntries(attributeNames.map((a) => [a, a])),
      );
      if (attribute) return `attributes.${attribute}`;
      return /username/i.test(message) ? 'username' : undefined;
    }
    default:
      return undefined;
  }
}
