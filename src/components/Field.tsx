import type { ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
}

/** What every labelled field shows around its control. */
export interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** What is wrong; usually a sentence, or a list whose items act (each takes the user to a problem). */
  error?: ReactNode;
  /** Marks the label as required; the mark is visual only, the accessible name stays the label. */
  requiredMark?: boolean;
  /** The label is read out but not shown (rows of a list whose legend says what they are). */
  labelHidden?: boolean;
  /** Beside the control, on its line: a button that acts on it, a unit. */
  addon?: ReactNode;
}

interface FieldProps extends FieldFrameProps {
  children: (control: FieldControlProps) => ReactNode;
}

export const inputClass =
  'block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 shadow-xs focus:border-blue-700 aria-invalid:border-red-700';

/** A labelled control whose hint and error are announced with it (aria-describedby). */
export function Field({
  id,
  label,
  hint,
  error,
  requiredMark,
  labelHidden,
  addon,
  children,
}: FieldProps) {
  const control = children({
    id,
    'aria-invalid': Boolean(error),
    'aria-describedby': describedBy(id, hint, error),
  });
  return (
    <div className="space-y-1">
      <label
        htmlFor={id}
        className={labelHidden ? 'sr-only' : 'block text-sm font-medium text-slate-800'}
      >
        {label}
        {requiredMark && (
          <span aria-hidden="true" className="text-red-700">
            {' '}
            *
          </span>
        )}
      </label>
      {addon ? (
        <div className="flex items-start gap-2">
          {control}
          {addon}
        </div>
      ) : (
        control
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error &&
        (typeof error === 'string' ? (
          <FieldError id={`${id}-error`}>{error}</FieldError>
        ) : (
          <div id={`${id}-error`} className="text-sm text-red-700">
            {error}
          </div>
        ))}
    </div>
  );
}

function describedBy(id: string, hint: ReactNode, error: ReactNode) {
  const ids = [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined];
  return ids.filter(Boolean).join(' ') || undefined;
}

/** A field's problem, in the words the user reads beside it. */
export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} className="text-sm text-red-700">
      {children}
    </p>
  );
}
