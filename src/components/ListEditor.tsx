import clsx from 'clsx';
import { useRef, type ReactNode } from 'react';
import { Button } from './Button';

interface ListEditorProps {
  /** The rows as react-hook-form's useFieldArray lists them. */
  rows: readonly { id: string }[];
  /** The row's own labelled fields; each shows its own error. */
  renderRow: (index: number, rowId: string) => ReactNode;
  onAdd: () => void;
  onRemove: (index: number) => void;
  addLabel: string;
  /** The Remove button's accessible name, e.g. `Remove scope 2`. */
  removeLabel: (index: number) => string;
  /** Grid columns of a row on wider screens, the Remove button's included. */
  columns?: string;
  /** Said when there is no row. */
  empty?: ReactNode;
  /** A problem with the list as a whole (too many rows, duplicates). */
  error?: string;
  /** No more rows may be added (the API's maximum). */
  full?: boolean;
  /** A row that may not be removed (the last of a list that needs one). */
  keepsRow?: (index: number) => boolean;
  /** The row fields' labels are shown above them, so Remove lines up with the inputs. */
  labelsShown?: boolean;
  readOnly?: boolean;
}

/** Rows the user adds and removes; after a removal focus goes to the Add button, not the page. */
export function ListEditor({
  rows,
  renderRow,
  onAdd,
  onRemove,
  addLabel,
  removeLabel,
  columns = 'sm:grid-cols-[minmax(0,1fr)_auto]',
  empty,
  error,
  full,
  keepsRow,
  labelsShown = true,
  readOnly,
}: ListEditorProps) {
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="space-y-3">
      {rows.length === 0 && empty && <p className="text-sm text-slate-600">{empty}</p>}
      {rows.length > 0 && (
        <ul className="space-y-3">
          {rows.map((row, index) => (
            <li key={row.id} className={clsx('grid gap-2 sm:items-start', columns)}>
              {renderRow(index, row.id)}
              {!readOnly && (
                <Button
                  variant="ghost"
                  className={clsx(labelsShown && 'sm:mt-6')}
                  aria-label={removeLabel(index)}
                  disabled={keepsRow?.(index)}
                  onClick={() => {
                    onRemove(index);
                    requestAnimationFrame(() => addButton.current?.focus());
                  }}
                >
                  Remove
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {!readOnly && (
        <Button ref={addButton} variant="secondary" onClick={onAdd} disabled={full}>
          {addLabel}
        </Button>
      )}
    </div>
  );
}
