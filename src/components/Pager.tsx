import { useEffect, useRef } from 'react';
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
  /**
   * Loads the next page into the cache. Called when the pager comes near the viewport (the user
   * nears the end of the list), so Next page then shows at once.
   */
  prefetchNext?: () => unknown;
}

/** How close to the viewport's bottom edge the pager must come for the next page to load. */
const NEAR_END = '0px 0px 400px 0px';

/** Token-based paging: AWS gives no total, so the count says which items are shown. */
export function Pager({
  page,
  pageSize,
  itemsOnPage,
  hasNext,
  onPrevious,
  onNext,
  busy,
  prefetchNext,
}: PagerProps) {
  const nav = useRef<HTMLElement>(null);
  const canPrefetch = hasNext && !busy && prefetchNext !== undefined;
  // Runs again as the list's next page changes; a prefetch of a page already cached and fresh
  // makes no request.
  useEffect(() => {
    const element = nav.current;
    if (!canPrefetch || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          void prefetchNext();
        }
      },
      { rootMargin: NEAR_END },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [canPrefetch, prefetchNext]);
  const first = page * pageSize + 1;
  const last = page * pageSize + itemsOnPage;
  return (
    <nav ref={nav} aria-label="Pagination" className="flex items-center justify-between gap-4 py-3">
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
