import { useState } from 'react';
import { Button } from '@/components/Button';
import { Section } from '@/components/Section';
import { toAwsCli, type CliTarget } from '@/lib/try-sign-in/cli-export';
import { outcomeSummary, type TraceEntry } from '@/lib/try-sign-in/trace';

interface TraceSectionProps {
  entries: TraceEntry[];
  target: CliTarget;
  onClear: () => void;
}

/** Every call the page made, in order, with secrets replaced; and the same as AWS CLI commands. */
export function TraceSection({ entries, target, onClear }: TraceSectionProps) {
  const [copied, setCopied] = useState<'copied' | 'failed'>();
  const script = toAwsCli(entries, target);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(script);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <Section
      title="API calls"
      actions={
        <div className="flex gap-2">
          <Button variant="secondary" disabled={entries.length === 0} onClick={() => void copy()}>
            Copy as AWS CLI
          </Button>
          <Button variant="ghost" disabled={entries.length === 0} onClick={onClear}>
            Clear
          </Button>
        </div>
      }
    >
      {copied && (
        <p role="status" className="mb-2 text-sm text-slate-700">
          {copied === 'copied'
            ? 'Copied: replace the <placeholders> before running.'
            : 'The browser refused the clipboard; select the commands below instead.'}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">
          No calls yet. Passwords, codes, SECRET_HASH and tokens never show here.
        </p>
      ) : (
        <ol aria-label="API calls made" className="space-y-2">
          {entries.map((entry) => (
            <li key={entry.id} className="rounded-md border border-slate-200 p-2 text-sm">
              <details>
                <summary className="cursor-pointer">
                  <span className="font-mono font-semibold">{entry.operation}</span>
                  {entry.signed && <span className="text-slate-600"> (signed by you)</span>}
                  {' → '}
                  <span
                    className={entry.outcome.kind === 'error' ? 'text-red-700' : 'text-slate-700'}
                  >
                    {outcomeSummary(entry)}
                  </span>
                </summary>
                <p className="mt-2 text-xs font-semibold text-slate-700">Request</p>
                <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs">
                  {JSON.stringify(entry.request, null, 2)}
                </pre>
                {entry.outcome.kind !== 'pending' && (
                  <>
                    <p className="mt-2 text-xs font-semibold text-slate-700">
                      {entry.outcome.kind === 'error' ? 'Error' : 'Answer'}
                    </p>
                    <pre className="overflow-x-auto rounded bg-slate-50 p-2 text-xs">
                      {JSON.stringify(
                        entry.outcome.kind === 'error' ? entry.outcome : entry.outcome.response,
                        null,
                        2,
                      )}
                    </pre>
                  </>
                )}
              </details>
            </li>
          ))}
        </ol>
      )}
      {entries.length > 0 && (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer">Show as AWS CLI</summary>
          <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-2 text-xs">{script}</pre>
        </details>
      )}
    </Section>
  );
}
