import { useId, useState, type ReactNode } from 'react';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog';
import { TextField } from './form-fields';

interface TypedConfirmDialogProps extends Omit<ConfirmDialogProps, 'confirmDisabled' | 'children'> {
  /** What the user must type, usually the resource's name. */
  expected: string;
  children?: ReactNode;
}

/** For irreversible actions: confirming requires typing the resource's name exactly. */
export function TypedConfirmDialog({
  expected,
  children,
  onOpenChange,
  ...rest
}: TypedConfirmDialogProps) {
  const [typed, setTyped] = useState('');
  const id = useId();
  return (
    <ConfirmDialog
      {...rest}
      onOpenChange={(open) => {
        if (!open) setTyped('');
        onOpenChange(open);
      }}
      confirmDisabled={typed !== expected}
    >
      {children}
      <TextField
        id={id}
        label={`Type ${expected} to confirm`}
        value={typed}
        onChange={(event) => setTyped(event.target.value)}
        spellCheck={false}
      />
    </ConfirmDialog>
  );
}
