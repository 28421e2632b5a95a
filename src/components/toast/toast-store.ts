export interface Toast {
  id: number;
  message: string;
  tone: 'error' | 'success';
}

let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(next: Toast[]) {
  toasts = next;
  for (const listener of listeners) listener();
}

export const toastStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: () => toasts,
  show(message: string, tone: Toast['tone'] = 'error') {
    // The same background failure repeats on every refetch; show it once.
    if (toasts.some((t) => t.message === message)) return;
    const id = nextId++;
    emit([...toasts, { id, message, tone }]);
    setTimeout(() => toastStore.dismiss(id), 8000);
  },
  dismiss(id: number) {
    emit(toasts.filter((t) => t.id !== id));
  },
  clear() {
    emit([]);
  },
};
