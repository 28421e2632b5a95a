import clsx from 'clsx';
import { useSyncExternalStore } from 'react';
import { toastStore } from './toast-store';

export function Toaster() {
  const toasts = useSyncExternalStore(toastStore.subscribe, toastStore.getSnapshot);
  return (
    <div
      aria-live="polite"
      className="fixed right-4 bottom-4 z-50 flex w-96 max-w-[calc(100vw-2rem)] flex-col gap-2"
    >
      {toasts.map((toast) => (
        <div
          key={toast.id}
          role={toast.tone === 'error' ? 'alert' : 'status'}
          className={clsx(
            'flex items-start gap-3 rounded-md border p-3 text-sm shadow-lg',
            toast.tone === 'error'
              ? 'border-red-300 bg-red-50 text-red-900'
              : 'border-green-300 bg-green-50 text-green-900',
          )}
        >
          <p className="flex-1 break-words">{toast.message}</p>
          <button
            type="button"
            className="rounded px-1 text-current hover:bg-black/5"
            onClick={() => toastStore.dismiss(toast.id)}
            aria-label="Dismiss notification"
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
