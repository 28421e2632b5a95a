export function FullPageLoading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div
      role="status"
      className="flex min-h-screen items-center justify-center gap-3 text-slate-700"
    >
      <span
        aria-hidden="true"
        className="size-5 animate-spin rounded-full border-2 border-blue-700 border-t-transparent"
      />
      {label}
    </div>
  );
}
