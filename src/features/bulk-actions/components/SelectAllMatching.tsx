import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/Button';
import { getErrorMessage } from '@/aws/errors';
import { streamUsers, type UserSource } from '@/api/users/stream-users';
import type { SelectedUser } from '../bulk-run-store';

const count = new Intl.NumberFormat();

interface SelectAllMatchingProps {
  poolId: string;
  source: UserSource;
  /** What the source means, in words: "users where Username starts with bulk-". */
  described: string;
  onCollected: (users: SelectedUser[]) => void;
}

/**
 * "Select all users that match this search": walks every page of the search (paced under the
 * ListUsers quota) and collects the usernames first, so the action then works on a fixed list.
 */
export function SelectAllMatching({
  poolId,
  source,
  described,
  onCollected,
}: SelectAllMatchingProps) {
  const [walking, setWalking] = useState<{ found: number; scanned: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  // Leaving the page or changing the search ends the walk: its users would not be this search's.
  useEffect(() => () => controller.current?.abort(), []);

  const collect = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setError(null);
    setWalking({ found: 0, scanned: 0 });
    const users: SelectedUser[] = [];
    try {
      for await (const page of streamUsers(poolId, source, {
        signal: abort.signal,
        onProgress: (p) => setWalking({ found: p.yielded, scanned: p.scanned }),
      })) {
        for (const user of page) {
          if (!user.Username) continue;
          users.push({
            username: user.Username,
            status: user.UserStatus,
            sub: user.Attributes?.find((a) => a.Name === 'sub')?.Value,
          });
        }
      }
      onCollected(users);
    } catch (caught) {
      if (!abort.signal.aborted) setError(getErrorMessage(caught));
    } finally {
      controller.current = null;
      setWalking(null);
    }
  };

  if (walking) {
    return (
      <div className="flex flex-wrap items-center gap-3" role="status">
        <span className="text-sm text-slate-700">
          Finding all {described}: {count.format(walking.found)} found
          {walking.scanned !== walking.found && ` (${count.format(walking.scanned)} looked at)`}…
        </span>
        <Button variant="secondary" onClick={() => controller.current?.abort()}>
          Cancel
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant="secondary" onClick={() => void collect()}>
        Select all users that match this search
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-800">
          Could not list them all: {error}
        </span>
      )}
    </div>
  );
}
