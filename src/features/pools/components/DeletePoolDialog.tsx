import * as Dialog from '@radix-ui/react-dialog';
import { Link } from 'react-router';
import { Button, buttonClass } from '@/components/Button';
import { TypedConfirmDialog } from '@/components/TypedConfirmDialog';
import { useDeleteUserPool } from '@/api/pools/delete-user-pool';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { toPoolSettings } from '../routes';

interface DeletePoolDialogProps {
  pool: UserPool;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
}

export function DeletePoolDialog(props: DeletePoolDialogProps) {
  return props.pool.DeletionProtection === 'ACTIVE' ? (
    <ProtectedPoolDialog {...props} />
  ) : (
    <ConfirmPoolDeletion {...props} />
  );
}

/** AWS refuses to delete a protected pool: say so before a name is typed, and where to change it. */
function ProtectedPoolDialog({ pool, open, onOpenChange }: DeletePoolDialogProps) {
  const name = pool.Name ?? pool.Id ?? '';
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 space-y-4 rounded-lg bg-white p-6 shadow-xl">
          <Dialog.Title className="text-lg font-semibold text-slate-900">
            {name} is protected from deletion
          </Dialog.Title>
          <Dialog.Description asChild>
            <div className="space-y-3 text-sm text-slate-700">
              <p>
                Deletion protection is on for <strong>{name}</strong> ({pool.Id}): AWS refuses to
                delete the pool while it is on.
              </p>
              <p>
                To delete the pool, first turn deletion protection off under Settings → Protection
                and tags, then delete it here.
              </p>
            </div>
          </Dialog.Description>
          <div className="flex justify-end gap-2">
            <Dialog.Close asChild>
              <Button variant="secondary">Cancel</Button>
            </Dialog.Close>
            <Link
              className={buttonClass('primary')}
              to={toPoolSettings({ poolId: pool.Id ?? '', section: 'protection' })}
              onClick={() => onOpenChange(false)}
            >
              Turn off deletion protection
            </Link>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function ConfirmPoolDeletion({ pool, open, onOpenChange, onDeleted }: DeletePoolDialogProps) {
  const deletion = useDeleteUserPool({ onSuccess: onDeleted });
  const name = pool.Name ?? pool.Id ?? '';
  return (
    <TypedConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      mutation={deletion}
      title={`Delete user pool ${name}?`}
      expected={name}
      confirmLabel="Delete"
      onConfirm={() => pool.Id && deletion.mutate(pool.Id)}
    >
      <p>
        This permanently deletes <strong>{name}</strong> ({pool.Id}) with all its users, groups and
        app clients. It cannot be undone.
      </p>
    </TypedConfirmDialog>
  );
}
