import type { UserRef } from '@/api/users/user-keys';

export interface DialogProps {
  user: UserRef;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}
