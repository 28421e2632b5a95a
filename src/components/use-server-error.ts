import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * The server's refusal of a form, as long as it still holds: once the user edits the field the
 * refusal was about (say, the duplicate name), the banner goes. A new refusal shows again.
 * `fieldsOf` is the resource's error mapping: which form fields an AWS error is about.
 */
export function useServerError<Values extends FieldValues>(
  form: UseFormReturn<Values>,
  error: unknown,
  fieldsOf: (error: unknown) => readonly string[],
): unknown {
  const [edited, setEdited] = useState<unknown>(null);
  useEffect(() => {
    if (error === undefined || error === null) return;
    const fields = fieldsOf(error);
    const subscription = form.watch((_values, { name }) => {
      if (name && fields.some((field) => name === field || name.startsWith(`${field}.`)))
        setEdited(error);
    });
    return () => subscription.unsubscribe();
  }, [form, error, fieldsOf]);
  return error === edited ? undefined : error;
}
