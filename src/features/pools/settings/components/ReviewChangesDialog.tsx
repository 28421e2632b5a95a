import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { FieldChange } from '@/lib/user-pools/update-user-pool';

function formatValue(value: unknown): string {
  if (value === undefined || value === null) return '(not set)';
  if (typeof value === 'string') return value === '' ? '(empty)' : value;
  return JSON.stringify(value);
}

interface ReviewChangesDialogProps {
  title: string;
  changes: FieldChange[] | null;
  onCancel: () => void;
  onConfirm: () => void;
  mutation: { isPending: boolean; error: unknown; reset: () => void; submittedAt: number };
}

/** The exact fields a save will change, old → new; everything else is sent back as it is. */
export function ReviewChangesDialog({
  title,
  changes,
  onCancel,
  onConfirm,
  mutation,
}: ReviewChangesDialogProps) {
  return (
    <ConfirmDialog
      open={changes !== null}
      onOpenChange={(open) => !open && onCancel()}
      title={title}
      confirmLabel="Save changes"
      destructive={false}
      onConfirm={onConfirm}
      mutation={mutation}
    >
      <p>These fields will change; every other setting is sent back unchanged.</p>
      <ul aria-label="Fields that will change" className="max-h-72 space-y-2 overflow-y-auto">
        {(changes ?? []).map((change) => (
          <li key={change.path} className="rounded border border-slate-200 p-2">
            <p className="font-mono text-xs font-semibold text-slate-900">{change.path}</p>
            <p className="break-all whitespace-pre-wrap">
              <span className="text-slate-600">{formatValue(change.before)}</span>
              <span aria-hidden="true"> → </span>
              <span className="sr-only"> becomes </span>
              <span className="text-slate-900">{formatValue(change.after)}</span>
            </p>
          </li>
        ))}
      </ul>
    </ConfirmDialog>
  );
}
