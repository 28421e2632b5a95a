import { getErrorMessage } from '@/aws/errors';
import { Button } from './Button';

interface ErrorStateProps {
  title?: string;
  error: unknown;
  onRetry?: () => void;
  retrying?: boolean;
}

export function ErrorState({
  title = 'Could not load this',
  error,
  onRetry,
  retrying,
}: ErrorStateProps) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{title}</p>
      <p className="mt-1 text-sm break-words">{getErrorMessage(error)}</p>
      {onRetry && (
        <Button variant="secondary" className="mt-3" onClick={onRetry} pending={retrying}>
          Retry
        </Button>
      )}
    </div>
  );
}
