import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { Button } from '@/components/Button';
import { TextField } from '@/components/form-fields';

interface QuickSearchFormProps {
  /** The search as the URL holds it; the box starts from it. */
  query: string;
  onSearch: (query: string) => void;
}

/** One box: a name, an email, a phone number, a user ID (sub) or the start of a username. */
export function QuickSearchForm({ query, onSearch }: QuickSearchFormProps) {
  const box = useRef<HTMLInputElement>(null);
  // Looking someone up is why the Users tab is opened: the box takes focus once, on arrival.
  useEffect(() => {
    box.current?.focus();
  }, []);
  // The URL's search can change under the box (back/forward): show it. The box is not re-mounted,
  // so after a search focus stays where the user typed.
  useEffect(() => {
    if (box.current && box.current.value !== query) box.current.value = query;
  }, [query]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(String(new FormData(event.currentTarget).get('q') ?? ''));
  };
  const clearOnEscape = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.currentTarget.value = '';
    if (query !== '') onSearch('');
  };
  return (
    <form role="search" aria-label="Search users" onSubmit={submit}>
      <TextField
        ref={box}
        id="users-q"
        label="Search users"
        hint="A name, an email, a phone number (+…), a user ID (sub) or the start of a username. Escape clears."
        name="q"
        type="search"
        defaultValue={query}
        spellCheck={false}
        onKeyDown={clearOnEscape}
        addon={<Button type="submit">Search</Button>}
      />
    </form>
  );
}
