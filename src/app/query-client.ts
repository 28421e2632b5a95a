import { QueryCache, QueryClient } from '@tanstack/react-query';
import { getErrorMessage, isClientFault, isNetworkFailure } from '@/aws/errors';
import { toastStore } from '@/components/toast/toast-store';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      // First-load errors render inline in each page; only a failed refresh of data already on
      // screen needs a toast, or it would go unnoticed.
      onError: (error, query) => {
        if (query.state.data !== undefined) toastStore.show(getErrorMessage(error));
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // The SDK already retries throttling, 5xx and timeouts (maxAttempts 3); a client fault
        // fails again, and an unreachable endpoint was already tried three times: show Retry.
        retry: (failureCount, error) =>
          !isClientFault(error) && !isNetworkFailure(error) && failureCount < 1,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
