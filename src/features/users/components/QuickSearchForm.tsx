import { useEffect, useRef, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { TextField } from '@/components/form-fields';

interface QuickSearchFormProps {
  /** The search as the URL holds it; the box starts from it. */
  query: string;
  onSearch: (query: string) => void;
}

/** One box: email, phone number, user ID (sub) or the start of a username. */
export function QuickSearchForm({ query, onSearch }: QuickSearchFormProps) {
  const box = useRef<HTMLInputElement>(null);
  // The URL's search can change under the box (back/forward): show it. The box is not re-mounted,
  // so after a search focus stays where the user typed.
  useEffect(() => {
    if (box.current && box.current.value !== query) box.current.value = query;
  }, [query]);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(String(new FormData(event.currentTarget).get('q') ?? ''));
  };
  return (
    <form role="search" aria-label="Search users" onSubmit={submit}>
      <TextField
        ref={box}
        id="users-q"
        label="Search users"
        hint="An email, a phone number (+…), a user ID (sub) or the start of a username."
        name="q"
        type="search"
        defaultValue={query}
        spellCheck={false}
        addon={<Button type="submit">Search</Button>}
      />
    </form>
  );
}
