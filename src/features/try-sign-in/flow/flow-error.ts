import { errorName } from '@/aws/errors';
import { flowError, type FlowError, type FlowField } from '@/lib/try-sign-in/flow-errors';

/** Any thrown value as the field it concerns and the words to show there. */
export function toFlowError(error: unknown, hidesUserExistence: boolean): FlowError | undefined {
  if (error === null || error === undefined) return undefined;
  const message = error instanceof Error ? error.message : String(error);
  return flowError(errorName(error) ?? 'Error', message, { hidesUserExistence });
}

/** The message for `field`, if the error belongs there. */
export function messageAt(error: FlowError | undefined, field: FlowField): string | undefined {
  return error?.field === field ? error.message : undefined;
}

/** The message for the whole form: the error's own, or one whose field the form does not show. */
export function formMessage(
  error: FlowError | undefined,
  shown: readonly FlowField[],
): string | undefined {
  return error && !shown.includes(error.field) ? error.message : undefined;
}
