import { useEffect, useRef, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { inputClass } from '@/components/Field';

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
    <form role="search" aria-label="Search users" onSubmit={submit} className="space-y-1">
      <label htmlFor="users-q" className="block text-sm font-medium text-slate-800">
        Search users
      </label>
      <div className="flex gap-2">
        <input
          ref={box}
          id="users-q"
          name="q"
          type="search"
          defaultValue={query}
          aria-describedby="users-q-hint"
          autoComplete="off"
          spellCheck={false}
          className={inputClass}
        />
        <Button type="submit">Search</Button>
      </div>
      <p id="users-q-hint" className="text-xs text-slate-600">
        An email, a phone number (+…), a user ID (sub) or the start of a username.
      </p>
    </form>
  );
}
