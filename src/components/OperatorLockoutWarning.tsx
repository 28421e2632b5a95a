import { roleLabels } from '@/lib/roles';
import type { OperatorStanding } from '@/lib/users/console-operators';
import { Alert } from './Alert';

interface OperatorLockoutWarningProps {
  /** The user as the console names them. */
  name: string;
  standing: OperatorStanding | null | undefined;
  /** What the dialog does, as the start of a sentence: "Disabling this account". */
  action: string;
}

/** In a destructive dialog on a user who signs in to this console: it may lock them out of it. */
export function OperatorLockoutWarning({ name, standing, action }: OperatorLockoutWarningProps) {
  if (!standing?.operator) return null;
  const role = standing.role ? ` (${roleLabels[standing.role]})` : '';
  return (
    <Alert
      tone="warning"
      title={
        standing.self
          ? `This is your own account${role}`
          : `${name} is an operator of this console${role}`
      }
    >
      {action} may lock {standing.self ? 'you' : 'them'} out of this console, which{' '}
      {standing.self ? 'you sign' : 'they sign'} in to with this account.
    </Alert>
  );
}
