import { errorName } from '@/aws/errors';

export type DomainErrorField = 'kind' | 'prefix' | 'hostname' | 'certificateArn';

/** The form fields an AWS refusal of a new domain is about (none: it concerns the whole form). */
export function domainErrorFields(error: unknown): DomainErrorField[] {
  const name = errorName(error);
  if (name !== 'InvalidParameterException' && name !== 'ValidationException') return [];
  const message = error instanceof Error ? error.message : '';
  if (/certificate/i.test(message)) return ['certificateArn'];
  // "Domain already associated with another user pool." and the domain's own constraints.
  if (/domain/i.test(message)) return ['kind', 'prefix', 'hostname'];
  return [];
}
