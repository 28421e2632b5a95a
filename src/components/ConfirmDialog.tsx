import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from './Alert';
import { Button } from './Button';
import { useReturnFocus } from './use-return-focus';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /**
   * The mutation the dialog runs: its pending state and last failure (AWS's reason) are shown, and
   * closing the dialog resets it so an old failure is not shown the next time it opens.
   */
  mutation?: { isPending: boolean; error: unknown; reset: () => void; submittedAt: number };
  destructive?: boolean;
  confirmDisabled?: boolean;
}

/** Radix traps focus inside, restores it to the trigger on close, and closes on Escape. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  children,
  confirmLabel,
  onConfirm,
  mutation,
  destructive = true,
  confirmDisabled,
}: ConfirmDialogProps) {
  const pending = mutation?.isPending;
  const error = mutation?.error;
  // When the last confirm happened. A second click or Enter can arrive before React has rendered
  // the mutation as pending, when `pending` still reads false: refuse it until the mutation
  // started by that confirm has settled (a retry after a failure is a new action).
  const confirmedAt = useRef<number | null>(null);
  const confirmedThisTime = useRef(false);
  useEffect(() => {
    if (!open) confirmedAt.current = null;
    else confirmedThisTime.current = false;
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (confirmDisabled || pending) return;
    const last = confirmedAt.current;
    if (last !== null && !(mutation && mutation.submittedAt >= last)) return;
    confirmedAt.current = Date.now();
    confirmedThisTime.current = true;
    onConfirm();
  };
  const returnFocus = useReturnFocus(() => confirmedThisTime.current);
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        if (!next) mutation?.reset();
        onOpenChange(next);
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content
          {...returnFocus}
          className="fixed top-1/2 left-1/2 z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-6 shadow-xl"
        >
          <form onSubmit={submit} className="space-y-4">
            <Dialog.Title className="text-lg font-semibold text-slate-900">{title}</Dialog.Title>
            <Dialog.Description asChild>
              <div className="space-y-3 text-sm text-slate-700">{children}</div>
            </Dialog.Description>
            {error !== undefined && error !== null && <Alert>{getErrorMessage(error)}</Alert>}
            <div className="flex justify-end gap-2">
              <Dialog.Close asChild>
                <Button variant="secondary" disabled={pending}>
                  Cancel
                </Button>
              </Dialog.Close>
              <Button
                type="submit"
                variant={destructive ? 'danger' : 'primary'}
                disabled={confirmDisabled}
                pending={pending}
              >
                {confirmLabel}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
