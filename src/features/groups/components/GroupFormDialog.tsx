import { zodResolver } from '@hookform/resolvers/zod';
import * as Dialog from '@radix-ui/react-dialog';
import { useForm } from 'react-hook-form';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import {
  groupFormSchema,
  type GroupDescription,
  type GroupFormValues,
} from '@/features/groups/forms/group-input';
import { groupErrorField } from '../forms/group-errors';
import { GroupFormFields } from './GroupFormFields';
import { useReturnFocus } from '@/components/use-return-focus';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

interface GroupFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  submitLabel: string;
  defaultValues: GroupFormValues;
  /** The group being edited; absent when creating. */
  existing?: GroupDescription;
  pending: boolean;
  /** Returns the mutation's promise (`mutateAsync`): the form takes no other submit until it settles. */
  onSubmit: (values: GroupFormValues, onError: (error: unknown) => void) => unknown;
}

/** Create or edit a group. The body mounts only while open, so each opening starts fresh. */
export function GroupFormDialog(props: GroupFormDialogProps) {
  const { open, onOpenChange, title, pending } = props;
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !pending && onOpenChange(next)}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content
          {...returnFocus}
          className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[min(36rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl"
        >
          <Dialog.Title className="mb-1 text-lg font-semibold text-slate-900">{title}</Dialog.Title>
          <Dialog.Description className="mb-4 text-sm text-slate-600">
            Groups give their members a role and a place in the cognito:groups claim.
          </Dialog.Description>
          {open && <GroupFormBody {...props} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function GroupFormBody({
  submitLabel,
  defaultValues,
  existing,
  pending,
  onSubmit,
}: GroupFormDialogProps) {
  const form = useForm<GroupFormValues>({
    resolver: zodResolver(groupFormSchema(existing)),
    defaultValues,
  });
  const { handleSubmit, setError, formState } = form;
  const submit = useGuardedSubmit(handleSubmit, (values) =>
    onSubmit(values, (error) => {
      const field = groupErrorField(error);
      const message = getErrorMessage(error);
      if (field) setError(field, { message }, { shouldFocus: true });
      else setError('root.server', { message });
    }),
  );
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formState.errors.root?.server && <Alert>{formState.errors.root.server.message}</Alert>}
      <GroupFormFields form={form} withName={!existing} />
      <div className="flex justify-end gap-2">
        <Dialog.Close asChild>
          <Button variant="secondary" disabled={pending}>
            Cancel
          </Button>
        </Dialog.Close>
        <Button type="submit" pending={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
