interface LoadingStateProps {
  label?: string;
  rows?: number;
}

/** Skeleton rows; the label is what screen readers hear while data loads. */
export function LoadingState({ label = 'Loading…', rows = 5 }: LoadingStateProps) {
  return (
    <div role="status" aria-live="polite" className="space-y-2">
      <span className="sr-only">{label}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} aria-hidden="true" className="h-9 animate-pulse rounded bg-slate-200" />
      ))}
    </div>
  );
}
