import { Choice } from '@/components/Choice';
import type { UserColumn } from './user-columns';

interface ColumnPickerProps {
  available: readonly UserColumn[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}

/** A disclosure of checkboxes; the username column is always shown (it links to the user). */
export function ColumnPicker({ available, chosen, onChange }: ColumnPickerProps) {
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <details className="relative">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
        Columns
      </summary>
      <fieldset className="absolute right-0 z-20 mt-1 max-h-80 w-64 space-y-2 overflow-auto rounded-md border border-slate-200 bg-white p-3 shadow-lg">
        <legend className="sr-only">Columns to show</legend>
        {available.map((column) => (
          <Choice
            key={column.id}
            label={column.header}
            checked={chosen.includes(column.id)}
            onChange={(event) => toggle(column.id, event.target.checked)}
          />
        ))}
      </fieldset>
    </details>
  );
}
