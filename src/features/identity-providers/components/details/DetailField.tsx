import { useState, type ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Button } from '@/components/Button';
import { TextAreaField, TextField } from '@/components/form-fields';
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
  const masked = secret && !revealed;
  const common = {
    id: `idp-detail-${name}`,
    label,
    hint,
    error: form.formState.errors.details?.[name]?.message,
    spellCheck: false,
    readOnly,
    addon: secret && canReveal && (
      <Button
        variant="secondary"
        aria-pressed={revealed}
        aria-label={`${revealed ? 'Hide' : 'Show'} ${label}`}
        onClick={() => setRevealed((r) => !r)}
      >
        {revealed ? 'Hide' : 'Show'}
      </Button>
    ),
    ...form.register(`details.${name}`),
  };
  return multiline && !masked ? (
    <TextAreaField {...common} rows={5} className="font-mono text-xs" />
  ) : (
    <TextField
      {...common}
      type={masked ? 'password' : 'text'}
      autoComplete={secret ? 'new-password' : 'off'}
    />
  );
}
