import * as Dialog from '@radix-ui/react-dialog';
import { useDeferredValue, useId, useState } from 'react';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { SelectField, TextField } from '@/components/form-fields';
import { useAddUserToGroup } from '@/api/groups/add-user-to-group';
import { useSearchUsers, type UserSearchAttribute } from '@/api/users/search-users';
import { useUserNaming } from '@/api/users/user-naming';
import { useReturnFocus } from '@/components/use-return-focus';

interface AddMembersDialogProps {
  poolId: string;
  groupName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function AddMembersDialog({ poolId, groupName, open, onOpenChange }: AddMembersDialogProps) {
  const returnFocus = useReturnFocus();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content
          {...returnFocus}
          className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[min(40rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-6 shadow-xl"
        >
          <Dialog.Title className="text-lg font-semibold text-slate-900">
            Add users to {groupName}
          </Dialog.Title>
          <Dialog.Description className="mb-4 text-sm text-slate-600">
            Search by the start of an email address or a username, then add users one by one.
          </Dialog.Description>
          {open && <AddMembersBody poolId={poolId} groupName={groupName} />}
          <div className="mt-4 flex justify-end">
            <Dialog.Close asChild>
              <Button variant="secondary">Done</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function AddMembersBody({ poolId, groupName }: { poolId: string; groupName: string }) {
  const id = useId();
  const [attribute, setAttribute] = useState<UserSearchAttribute>('email');
  const [text, setText] = useState('');
  const prefix = useDeferredValue(text.trim());
  const [added, setAdded] = useState<string[]>([]);
  const results = useSearchUsers(poolId, attribute, prefix);
  const nameOf = useUserNaming(poolId);
  const add = useAddUserToGroup({
    onSuccess: ({ username }) => setAdded((list) => [...list, username]),
  });

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <SelectField
          id={`${id}-attr`}
          label="Search by"
          value={attribute}
          onChange={(e) => setAttribute(e.target.value as UserSearchAttribute)}
        >
          <option value="email">Email starts with</option>
          <option value="username">Username starts with</option>
        </SelectField>
        <div className="min-w-48 flex-1">
          <TextField
            id={`${id}-text`}
            label="Search users"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
            spellCheck={false}
          />
        </div>
      </div>
      {add.isError && <Alert>{getErrorMessage(add.error)}</Alert>}
      <div aria-live="polite">
        {prefix === '' ? (
          <p className="text-sm text-slate-600">Type to search. Usernames are case-sensitive.</p>
        ) : results.isPending ? (
          <p className="text-sm text-slate-600">Searching…</p>
        ) : results.isError ? (
          <Alert>{getErrorMessage(results.error)}</Alert>
        ) : results.data.length === 0 ? (
          <p className="text-sm text-slate-600">No user matches.</p>
        ) : (
          <ul
            className="divide-y divide-slate-100 rounded-md border border-slate-200"
            aria-label="Matching users"
          >
            {results.data.map((user) => {
              const isAdded = added.includes(user.username);
              const name = nameOf(user);
              return (
                <li
                  key={user.username}
                  className="flex items-center justify-between gap-2 px-3 py-2"
                >
                  <div className="min-w-0 text-sm">
                    <p className="font-medium break-all">{name}</p>
                    {name !== user.username && (
                      <p className="font-mono text-xs break-all text-slate-600">{user.username}</p>
                    )}
                    {user.email && user.email !== name && (
                      <p className="break-all text-slate-600">{user.email}</p>
                    )}
                  </div>
                  {isAdded ? (
                    <span className="text-sm text-green-800">Added</span>
                  ) : (
                    <Button
                      variant="secondary"
                      onClick={() => add.mutate({ poolId, groupName, username: user.username })}
                      pending={add.isPending && add.variables?.username === user.username}
                      aria-label={`Add ${name} to ${groupName}`}
                    >
                      Add
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
