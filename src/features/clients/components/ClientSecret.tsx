import { useState } from 'react';
import { Button } from '@/components/Button';
import { toastStore } from '@/components/toast/toast-store';

/** The client secret, masked until revealed; copying works either way. */
export function ClientSecret({ secret }: { secret: string }) {
  const [revealed, setRevealed] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      toastStore.show('Client secret copied.', 'success');
    } catch {
      toastStore.show('Could not copy: the browser refused clipboard access.');
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <code
        className="rounded bg-slate-100 px-2 py-1 font-mono text-xs break-all"
        aria-live="polite"
      >
        {revealed ? secret : '•'.repeat(24)}
        {!revealed && <span className="sr-only">Hidden client secret</span>}
      </code>
      <Button variant="secondary" onClick={() => setRevealed((r) => !r)} aria-pressed={revealed}>
        {revealed ? 'Hide secret' : 'Reveal secret'}
      </Button>
      <Button variant="secondary" onClick={() => void copy()}>
        Copy secret
      </Button>
    </div>
  );
}
