import type { FormEventHandler, ReactNode } from 'react';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';

interface SettingsFormProps {
  id: string;
  title: string;
  description?: ReactNode;
  readOnly: boolean;
  pending: boolean;
  serverError?: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  saveLabel?: string;
  /** Rendered outside the form: a dialog's own form must not submit this one. */
  dialog?: ReactNode;
  children: ReactNode;
}

/** One group of settings, saved on its own; read-only for roles that may not change it. */
export function SettingsForm({
  id,
  title,
  description,
  readOnly,
  pending,
  serverError,
  onSubmit,
  saveLabel,
  dialog,
  children,
}: SettingsFormProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id={headingId} className="mb-1 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {description && <div className="mb-4 text-sm text-slate-600">{description}</div>}
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <fieldset disabled={readOnly} className="space-y-4">
          {children}
        </fieldset>
        {serverError && <Alert>{serverError}</Alert>}
        {!readOnly && (
          <Button type="submit" pending={pending}>
            {saveLabel ?? `Save ${title.toLowerCase()}`}
          </Button>
        )}
      </form>
      {dialog}
    </section>
  );
}
