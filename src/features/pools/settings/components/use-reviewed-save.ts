import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { getErrorMessage } from '@/aws/errors';
import { fieldForAwsMessage } from '@/lib/field-errors';
import type { FieldChange } from '@/lib/user-pools/update-user-pool';

interface SaveMutation<Input> {
  mutate: (
    input: Input,
    options: { onSuccess: () => void; onError: (error: Error) => void },
  ) => void;
  isPending: boolean;
  error: unknown;
  reset: () => void;
  submittedAt: number;
}

interface Review<Input> {
  input: Input;
  changes: FieldChange[];
}

/**
 * Save through a review step: `propose` shows the fields that will change, `confirm` sends the
 * request. An AWS refusal that names a field closes the review and shows at that field.
 */
export function useReviewedSave<Values extends FieldValues, Input>(
  form: UseFormReturn<Values>,
  mutation: SaveMutation<Input>,
  errorFields: Record<string, Path<Values>>,
) {
  const [review, setReview] = useState<Review<Input> | null>(null);

  const propose = (input: Input, changes: FieldChange[]) => {
    if (changes.length === 0) {
      form.setError('root.server' as Path<Values>, {
        message: 'Nothing has changed, so there is nothing to save.',
      });
      return;
    }
    setReview({ input, changes });
  };

  const confirm = () => {
    if (!review) return;
    mutation.mutate(review.input, {
      onSuccess: () => setReview(null),
      onError: (error) => {
        const field = fieldForAwsMessage(error.message, errorFields);
        if (!field) return; // stays in the review dialog, which shows AWS's message
        setReview(null);
        mutation.reset();
        form.setError(field, { message: getErrorMessage(error) }, { shouldFocus: true });
      },
    });
  };

  const cancel = () => {
    setReview(null);
    mutation.reset();
  };

  return {
    propose,
    dialog: { changes: review?.changes ?? null, onCancel: cancel, onConfirm: confirm, mutation },
  };
}
