import { Link } from 'react-router';
import { describeFilter, type UserFilter } from '@/lib/user-search/filter';

/**
 * The line under the search box: which ListUsers filters ran, and a way back to all users (or to
 * all of the chosen group's members: `clearTo` is the search that stays).
 */
export function SearchedFilters({
  filters,
  clearTo = '',
}: {
  filters: readonly UserFilter[];
  clearTo?: string;
}) {
  if (filters.length === 0) return null;
  return (
    <div className="text-sm text-slate-800">
      {filters.length === 1 ? 'Searched: ' : `Searched ${filters.length} filters at once: `}
      <ul className="inline">
        {filters.map((filter, index) => (
          <li key={describeFilter(filter)} className="inline">
            {index > 0 && ' · '}
            <strong className="font-semibold break-all">{describeFilter(filter)}</strong>
          </li>
        ))}
      </ul>{' '}
      <Link to={{ search: clearTo }} className="ml-2 text-blue-800 underline">
        Clear search
      </Link>
    </div>
  );
}
