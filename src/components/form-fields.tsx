import clsx from 'clsx';
import type {
  InputHTMLAttributes,
  ReactNode,
  Ref,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'react';
import { Field, inputClass, type FieldFrameProps } from './Field';

/**
 * Labelled controls that take react-hook-form's `register(...)` result (or value/onChange) as
 * props: `<TextField id="pool-name" label="Pool name" error={…} {...register('name')} />`.
 */
type ControlProps<Attributes> = FieldFrameProps &
  Omit<Attributes, 'id' | 'children'> & {
    /** Classes for the control itself (its width, its font). */
    className?: string;
  };

/** The frame's props for Field, the rest for the control. */
function splitFrame<Props extends FieldFrameProps & { className?: string }>(props: Props) {
  const { id, label, hint, error, requiredMark, labelHidden, addon, className, ...control } = props;
  return {
    frame: { id, label, hint, error, requiredMark, labelHidden, addon },
    controlClass: clsx(inputClass, className),
    control,
  };
}

export type TextFieldProps = ControlProps<InputHTMLAttributes<HTMLInputElement>> & {
  ref?: Ref<HTMLInputElement>;
};

export function TextField(props: TextFieldProps) {
  const { frame, controlClass, control } = splitFrame(props);
  return (
    <Field {...frame}>
      {(wiring) => <input {...wiring} autoComplete="off" className={controlClass} {...control} />}
    </Field>
  );
}

/** A number box; pair it with `register(name, { valueAsNumber: true })` or a `setValueAs`. */
export function NumberField(props: TextFieldProps) {
  return <TextField type="number" {...props} />;
}

export type SelectFieldProps = ControlProps<SelectHTMLAttributes<HTMLSelectElement>> & {
  ref?: Ref<HTMLSelectElement>;
  /** The <option>s. */
  children: ReactNode;
};

export function SelectField({ children, ...props }: SelectFieldProps) {
  const { frame, controlClass, control } = splitFrame(props);
  return (
    <Field {...frame}>
      {(wiring) => (
        <select {...wiring} className={controlClass} {...control}>
          {children}
        </select>
      )}
    </Field>
  );
}

export type TextAreaFieldProps = ControlProps<TextareaHTMLAttributes<HTMLTextAreaElement>> & {
  ref?: Ref<HTMLTextAreaElement>;
};

export function TextAreaField(props: TextAreaFieldProps) {
  const { frame, controlClass, control } = splitFrame(props);
  return (
    <Field {...frame}>
      {(wiring) => <textarea {...wiring} rows={3} className={controlClass} {...control} />}
    </Field>
  );
}

export type FileFieldProps = Omit<TextFieldProps, 'type'>;

/** A file chooser; the chosen file comes with its change event. */
export function FileField(props: FileFieldProps) {
  const { frame, control } = splitFrame(props);
  return (
    <Field {...frame}>
      {(wiring) => (
        <input
          {...wiring}
          type="file"
          className={clsx('block text-sm text-slate-800', props.className)}
          {...control}
        />
      )}
    </Field>
  );
}
