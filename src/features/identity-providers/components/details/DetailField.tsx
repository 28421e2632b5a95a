import { useState, type ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/Button';
import { Field, inputClass } from '@/components/Field';
import type { ProviderFormValues } from '../../forms/provider-schema';

export interface DetailsFieldsProps {
  form: UseFormReturn<ProviderFormValues>;
  readOnly?: boolean;
  /** Admins may reveal secrets; support agents only see that one is set. */
  canReveal?: boolean;
}

interface DetailFieldProps extends DetailsFieldsProps {
  name: string;
  label: string;
  hint?: ReactNode;
  /** Masked (client_secret, private_key), with a reveal toggle. */
  secret?: boolean;
  multiline?: boolean;
}

/** One ProviderDetails key as a labelled input, its error from the form's `details.<key>`. */
export function DetailField({
  form,
  readOnly,
  canReveal,
  name,
  label,
  hint,
  secret,
  multiline,
}: DetailFieldProps) {
  const [revealed, setRevealed] = useState(false);
  const error = form.formState.errors.details?.[name]?.message;
  const id = `idp-detail-${name}`;
  const registration = form.register(`details.${name}`);
  const masked = secret && !revealed;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(control) => (
        <div className="flex items-start gap-2">
          {multiline && !masked ? (
            <textarea
              {...control}
              rows={5}
              className={`${inputClass} font-mono text-xs`}
              spellCheck={false}
              readOnly={readOnly}
              {...registration}
            />
          ) : (
            <input
              {...control}
              type={masked ? 'password' : 'text'}
              className={inputClass}
              autoComplete={secret ? 'new-password' : 'off'}
              spellCheck={false}
              readOnly={readOnly}
              {...registration}
            />
          )}
          {secret && canReveal && (
            <Button
              variant="secondary"
              aria-pressed={revealed}
              aria-label={`${revealed ? 'Hide' : 'Show'} ${label}`}
              onClick={() => setRevealed((r) => !r)}
            >
              {revealed ? 'Hide' : 'Show'}
            </Button>
          )}
        </div>
      )}
    </Field>
  );
}
