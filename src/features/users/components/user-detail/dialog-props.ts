import type { OperatorStanding } from '@/lib/users/console-operators';
import type { UserRef } from '@/api/users/user-keys';

export interface DialogProps {
  user: UserRef;
  /** The user as the console names them: their email or phone where usernames are generated. */
  name: string;
  /** Set in the console's own pool: destructive dialogs warn that they may lock an operator out. */
  standing?: OperatorStanding | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}
