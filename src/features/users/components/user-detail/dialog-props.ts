import type { UserRef } from '../../api/user-detail-keys';

export interface DialogProps {
  user: UserRef;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}
