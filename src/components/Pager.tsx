import { Button } from './Button';

interface PagerProps {
  /** 0-based page index. */
  page: number;
  pageSize: number;
  itemsOnPage: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  busy?: boolean;
}

/** Token-based paging: AWS gives no total, so the count says which items are shown. */
export function Pager({
  page,
  pageSize,
  itemsOnPage,
  hasNext,
  onPrevious,
  onNext,
  busy,
}: PagerProps) {
  const first = page * pageSize + 1;
  const last = page * pageSize + itemsOnPage;
  return (
    <nav aria-label="Pagination" className="flex items-center justify-between gap-4 py-3">
      <p className="text-sm text-slate-700" aria-live="polite">
        {itemsOnPage > 0 ? `Showing ${first}–${last}` : 'Nothing on this page'}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" onClick={onPrevious} disabled={page === 0 || busy}>
          Previous page
        </Button>
        <Button variant="secondary" onClick={onNext} disabled={!hasNext || busy}>
          Next page
        </Button>
      </div>
    </nav>
  );
}
