import type { ServiceName } from './context.ts';

/**
 * Checks an operation's input against the constraints of the official model and throws
 * InvalidParameterException (AWS's wording) on the first violation.
 * Placeholder: replaced by the generated validator.
 */
export function validateInput(_service: ServiceName, _operation: string, _input: unknown): void {}

/** True when the model marks the operation as needing no signature (InitiateAuth, SignUp…). */
export function isPublicOperation(service: ServiceName, operation: string): boolean {
  const open: Record<ServiceName, string[]> = {
    'cognito-idp': ['InitiateAuth', 'RespondToAuthChallenge', 'SignUp'],
    'cognito-identity': ['GetId', 'GetCredentialsForIdentity'],
  };
  return open[service].includes(operation);
}

/** Every operation the model defines, by service. */
export function modelOperations(_service: ServiceName): readonly string[] {
  return [];
}
