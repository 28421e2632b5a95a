import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { deleteUserAttributes } from '@/api/user-self/delete-user-attributes';
import { TextField } from '@/components/form-fields';
import { Button } from '@/components/Button';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import type { TestRun } from '../flow/test-run';

interface RemoveAttributeFormProps {
  run: TestRun;
  accessToken: string;
  onRemoved: () => void;
}

/** DeleteUserAttributes as the user, after a confirmation naming the attribute. */
export function RemoveAttributeForm({ run, accessToken, onRemoved }: RemoveAttributeFormProps) {
  const [name, setName] = useState('');
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: async (attribute: string) => {
      await deleteUserAttributes(run.client.ctx, {
        AccessToken: accessToken,
        UserAttributeNames: [attribute],
      });
      await run.usersChanged();
    },
    onSuccess: () => {
      setConfirming(false);
      setName('');
      onRemoved();
    },
  });
  const [refused, setRefused] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRefused(undefined);
    remove.reset();
    if (name.trim()) setConfirming(true);
  };
  // The dialog stays outside the form: its own submit would otherwise bubble into this one.
  return (
    <div className="space-y-3">
      <form onSubmit={submit} className="space-y-3" noValidate aria-label="Remove an attribute">
        <h3 className="text-sm font-semibold text-slate-900">Remove an attribute</h3>
        <TextField
          id="remove-attribute-name"
          label="Attribute to remove"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={refused}
        />
        <Button type="submit" variant="secondary">
          Remove attribute
        </Button>
      </form>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Remove ${name.trim()}?`}
        confirmLabel="Remove attribute"
        onConfirm={() =>
          remove.mutate(name.trim(), {
            onError: (error) => {
              setConfirming(false);
              setRefused(error instanceof Error ? error.message : String(error));
            },
          })
        }
        mutation={remove}
      >
        <p>
          The user removes their own attribute {name.trim()} (DeleteUserAttributes with their access
          token). Cognito refuses required attributes.
        </p>
      </ConfirmDialog>
    </div>
  );
}
