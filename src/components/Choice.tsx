import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface ChoiceProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  type?: 'checkbox' | 'radio';
  label: ReactNode;
  hint?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

/** A checkbox or radio with its label and optional hint wired for assistive tech. */
export function Choice({ type = 'checkbox', label, hint, ref, ...input }: ChoiceProps) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        ref={ref}
        id={id}
        type={type}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-0.5 size-4 accent-blue-700"
        {...input}
      />
      <div>
        <label htmlFor={id} className="text-sm text-slate-900">
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="text-xs text-slate-600">
            {hint}
          </p>
        )}
      </div>
    </div>
  );
}

export function Fieldset({
  legend,
  hint,
  error,
  children,
}: {
  legend: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {hint && <div className="text-xs text-slate-600">{hint}</div>}
      {children}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** One choice among a few, as radios under a legend; takes react-hook-form's `register(...)`. */
export function RadioGroup({
  legend,
  hint,
  error,
  options,
  registration,
  disabled,
  inline,
  children,
}: {
  legend: string;
  hint?: ReactNode;
  error?: string;
  options: readonly RadioOption[];
  registration: UseFormRegisterReturn;
  disabled?: boolean;
  /** Side by side rather than one under the other. */
  inline?: boolean;
  /** Controls that belong with the choice, after the radios. */
  children?: ReactNode;
}) {
  const radios = options.map((option) => (
    <Choice
      key={option.value}
      type="radio"
      value={option.value}
      label={option.label}
      hint={option.hint}
      disabled={disabled}
      {...registration}
    />
  ));
  return (
    <Fieldset legend={legend} hint={hint} error={error}>
      {inline ? <div className="flex gap-6">{radios}</div> : radios}
      {children}
    </Fieldset>
  );
}
