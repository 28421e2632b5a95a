import { useState } from 'react';
import { Button } from '@/components/Button';
import { toastStore } from '@/components/toast/toast-store';

/**
 * The client secret, masked until revealed; copying works either way. Right after the client is
 * created it is shown once, revealed, with a reminder to store it.
 */
export function ClientSecret({ secret, justCreated }: { secret: string; justCreated?: boolean }) {
  const [revealed, setRevealed] = useState(justCreated === true);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      toastStore.show('Client secret copied.', 'success');
    } catch {
      toastStore.show('Could not copy: the browser refused clipboard access.');
    }
  };
  return (
    <div className="space-y-2">
      {justCreated && (
        <p role="status" className="text-sm text-amber-800">
          Copy this secret now and keep it somewhere safe: whoever has it can act as this client.
        </p>
      )}
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
    </div>
  );
}
