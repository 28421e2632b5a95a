import type { ReactNode } from 'react';

export interface DescriptionItem {
  term: string;
  value: ReactNode;
}

/** Renders "not set" for empty values so a missing setting is visible, not blank. */
export function DescriptionList({ items }: { items: DescriptionItem[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[minmax(10rem,16rem)_minmax(0,1fr)]">
      {items.map(({ term, value }) => (
        <div key={term} className="contents">
          <dt className="text-sm font-medium text-slate-600">{term}</dt>
          <dd className="min-w-0 text-sm wrap-anywhere text-slate-900">
            {value === undefined || value === null || value === '' ? (
              <span className="text-slate-500 italic">Not set</span>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
