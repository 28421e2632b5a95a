import { lazy } from 'react';

/**
 * The Users page's bulk toolbar (selection, actions, progress and results), loaded apart from the
 * page: other features reach this feature only through this file.
 */
export const LazyBulkActions = lazy(() =>
  import('./components/BulkActions').then((m) => ({ default: m.BulkActions })),
);
