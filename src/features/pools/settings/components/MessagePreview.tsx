import { defaultMessageSample, renderMessagePreview } from '@/lib/user-pools/message-templates';

/** The message as a recipient reads it, with sample values; rendered as text, never as HTML. */
export function MessagePreview({ label, template }: { label: string; template: string }) {
  if (template === '') return null;
  return (
    <figure className="rounded-md border border-dashed border-slate-300 bg-slate-50 p-2 text-sm">
      <figcaption className="text-xs text-slate-600">
        Preview of the {label} (user {defaultMessageSample.username}, code{' '}
        {defaultMessageSample.code})
      </figcaption>
      <p className="break-words whitespace-pre-wrap text-slate-900">
        {renderMessagePreview(template)}
      </p>
    </figure>
  );
}
