import { Link } from 'react-router';

export interface Crumb {
  label: string;
  to: string;
  /** Shown beside the label in monospace, e.g. a pool's id beside its name. */
  detail?: string;
}

function CrumbText({ crumb }: { crumb: Crumb }) {
  return (
    <>
      {crumb.label}
      {crumb.detail && (
        <>
          {' '}
          <span className="font-mono text-xs break-all">{crumb.detail}</span>
        </>
      )}
    </>
  );
}

export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  if (crumbs.length === 0) return null;
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-600">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.to} className="flex items-center gap-1">
              {index > 0 && <span aria-hidden="true">/</span>}
              {last ? (
                <span aria-current="page" className="font-medium text-slate-900">
                  <CrumbText crumb={crumb} />
                </span>
              ) : (
                <Link to={crumb.to} className="text-blue-800 underline-offset-2 hover:underline">
                  <CrumbText crumb={crumb} />
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
