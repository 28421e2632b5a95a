import { useCallback, useMemo, useRef, useState } from 'react';
import type { TraceRecorder } from '@/api/user-self/user-self-call';
import type { TraceEntry } from '@/lib/try-sign-in/trace';

/** The calls this page made, newest last; kept in the page's memory only. */
export function useTrace() {
  const [entries, setEntries] = useState<TraceEntry[]>([]);
  const lastId = useRef(0);
  const record = useCallback((entry: TraceEntry) => {
    setEntries((current) => {
      const index = current.findIndex((e) => e.id === entry.id);
      if (index === -1) return [...current, entry];
      const next = [...current];
      next[index] = entry;
      return next;
    });
  }, []);
  const recorder = useMemo<TraceRecorder>(
    () => ({ nextId: () => ++lastId.current, record }),
    [record],
  );
  return { entries, recorder, clear: () => setEntries([]) };
}
