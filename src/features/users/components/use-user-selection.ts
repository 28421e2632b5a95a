import { useState } from 'react';
import type { ListedUser } from '@/api/users/list-users';

/** A user picked in the list, with what the list showed of them. */
export interface PickedUser {
  username: string;
  status?: string;
  sub?: string;
}

/** What the users table needs to show and change the selection. */
export interface RowSelection {
  isSelected: (username: string) => boolean;
  toggle: (user: ListedUser, selected: boolean) => void;
  togglePage: (users: readonly ListedUser[], selected: boolean) => void;
}

export interface UserSelection {
  users: ReadonlyMap<string, PickedUser>;
  rows: RowSelection;
  /** Replaces the selection (e.g. with every user a search matches). */
  replace: (users: Iterable<PickedUser>) => void;
  clear: () => void;
}

const picked = (user: ListedUser): PickedUser => ({
  username: user.username,
  status: user.status,
  sub: user.attributes.sub,
});

const NONE: ReadonlyMap<string, PickedUser> = new Map();

/**
 * Users picked for a bulk action. The selection belongs to one search (`scope`): a new search
 * starts with none picked, so "all that match" always means the search on screen.
 */
export function useUserSelection(scope: string): UserSelection {
  const [state, setState] = useState({ scope, users: NONE });
  const users = state.scope === scope ? state.users : NONE;
  const update = (change: (next: Map<string, PickedUser>) => void) =>
    setState((current) => {
      const next = new Map(current.scope === scope ? current.users : NONE);
      change(next);
      return { scope, users: next };
    });
  const set = (list: readonly ListedUser[], on: boolean) =>
    update((next) => {
      for (const user of list) {
        if (on) next.set(user.username, picked(user));
        else next.delete(user.username);
      }
    });
  return {
    users,
    rows: {
      isSelected: (username) => users.has(username),
      toggle: (user, on) => set([user], on),
      togglePage: set,
    },
    replace: (list) =>
      update((next) => {
        next.clear();
        for (const user of list) next.set(user.username, user);
      }),
    clear: () => update((next) => next.clear()),
  };
}
