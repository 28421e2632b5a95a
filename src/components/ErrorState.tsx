import type { ReactNode } from 'react';
import { getErrorMessage, type ErrorContext } from '@/aws/errors';
import { Button } from './Button';

interface ErrorStateProps {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
  /** Where the error happened, when that changes its meaning (see getErrorMessage). */
  context?: ErrorContext;
  /** The way on, e.g. a link back to a list. */
  children?: ReactNode;
}

export function ErrorState({
  title = 'Could not load this',
  error,
  onRetry,
  retrying,
  context,
  children,
}: ErrorStateProps) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm break-words">{getErrorMessage(error, context)}</p>
      {children}
      {onRetry && (
        <Button variant="secondary" className="mt-3" onClick={onRetry} pending={retrying}>
          Retry
        </Button>
      )}
    </div>
  );
}
