import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { onSignOut, restoreSession } from '@/aws/session';
import { toastStore } from '@/components/toast/toast-store';
import { Toaster } from '@/components/toast/Toaster';
import { createQueryClient } from './query-client';
import { RegionProvider } from '@/session/region';
import { createAppRouter } from './router';

const queryClient = createQueryClient();
const router = createAppRouter();

// Nothing cached for one user may be shown to the next one.
onSignOut(() => {
  queryClient.clear();
  toastStore.clear();
});
void restoreSession();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <RegionProvider>
        <RouterProvider router={router} />
        <Toaster />
      </RegionProvider>
    </QueryClientProvider>
  );
}
