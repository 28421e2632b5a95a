import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import type { MfaError } from './mfa-error';

export function StartOverButton({ onStartOver }: { onStartOver: () => void }) {
  return (
    <Button variant="secondary" className="w-full" onClick={onStartOver}>
      Start over
    </Button>
  );
}

/** An MFA step's error that belongs to no field, with a way back to the email and password. */
export function MfaErrorAlert({
  error,
  onStartOver,
}: {
  error: MfaError | undefined;
  onStartOver: () => void;
}) {
  if (!error || error.atCode) return null;
  return (
    <Alert>
      {error.message}{' '}
      <button type="button" className="underline" onClick={onStartOver}>
        Start over
      </button>
    </Alert>
  );
}
