import { useRef, type BaseSyntheticEvent } from 'react';
import type { FieldValues, SubmitErrorHandler, UseFormHandleSubmit } from 'react-hook-form';

/**
 * A form's submit handler that runs once per user action. An Enter and a click (or two clicks) can
 * both arrive before React renders the form as busy; from the moment the first arrives, every other
 * is refused until what it started has settled: validation, then the promise `onValid` returns.
 * Forms return their mutation's `mutateAsync(...)`, so its onSuccess (the navigation, the toast,
 * the reset) runs once, and a failure ends the guard so the user can try again.
 */
export function useGuardedSubmit<T extends FieldValues>(
  handleSubmit: UseFormHandleSubmit<T>,
  onValid: (values: T) => unknown,
  onInvalid?: SubmitErrorHandler<T>,
): (event?: BaseSyntheticEvent) => Promise<void> {
  const busy = useRef(false);
  return async (event) => {
    event?.preventDefault();
    if (busy.current) return;
    busy.current = true;
    try {
      await handleSubmit(async (values) => {
        try {
          await onValid(values);
        } catch {
          // A failed mutation is shown by its own state and onError; the guard only ends.
        }
      }, onInvalid)(event);
    } finally {
      busy.current = false;
    }
  };
}
