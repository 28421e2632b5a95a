import { Button } from '@/components/Button';
import { toastStore } from '@/components/toast/toast-store';

/** Text to copy (a command, a policy), shown as it is, with a button that copies it. */
export function CopyBlock({ label, text }: { label: string; text: string }) {
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      toastStore.show(`${label} copied.`, 'success');
    } catch {
      toastStore.show('Could not copy: the browser refused clipboard access.');
    }
  };
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-2">
        <p className="text-sm font-medium text-slate-800">{label}</p>
        <Button variant="secondary" onClick={() => void copy()} aria-label={`Copy ${label}`}>
          Copy
        </Button>
      </div>
      <pre
        aria-label={label}
        className="rounded-md bg-slate-900 p-3 font-mono text-xs break-all whitespace-pre-wrap text-slate-100"
      >
        {text}
      </pre>
    </div>
  );
}
