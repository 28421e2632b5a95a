import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Choice } from '@/components/Choice';
import { TextField } from '@/components/form-fields';
import {
  hostedPageOptions,
  type HostedPageSource,
  type HostedPageState,
} from '@/lib/hosted-ui/page-options';
import { renderHostedPage, type HostedView } from '@/lib/hosted-ui/render-hosted-page';

export interface PreviewLook {
  css: string;
  logoUrl: string | undefined;
}

const viewLabels: Record<HostedView, string> = {
  signIn: 'Sign in',
  signUp: 'Sign up',
  forgotPassword: 'Forgot password',
};

const widths = {
  desktop: { label: 'Desktop', px: 1024 },
  phone: { label: 'Phone', px: 375 },
} as const;
type Width = keyof typeof widths;

function renderLook(
  source: Omit<HostedPageSource, 'customization'>,
  look: PreviewLook,
  state: HostedPageState,
): string {
  return renderHostedPage(
    hostedPageOptions(
      { ...source, customization: { CSS: look.css, ImageUrl: look.logoUrl } },
      state,
    ),
  );
}

const sampleError = 'Incorrect username or password.';

/**
 * One rendering of the page. A new document is loaded only once the previous one has loaded, and
 * then the latest HTML: fast typing never queues up documents, and the frame shows the newest draft
 * as soon as the browser can paint it.
 */
function PreviewFrame({ title, html, width }: { title: string; html: string; width: number }) {
  const [shown, setShown] = useState(html);
  const [loading, setLoading] = useState(true);
  if (!loading && shown !== html) {
    setShown(html);
    setLoading(true);
  }
  return (
    <figure className="min-w-0 space-y-1">
      <figcaption className="text-sm font-medium text-slate-800">{title}</figcaption>
      <div
        role="region"
        aria-label={`${title}, scrollable`}
        // Scrolls sideways when the page is wider than the column: focus lets a keyboard scroll it.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        className="max-w-full overflow-x-auto rounded-md border border-slate-300"
      >
        {/* No allow-scripts, no allow-same-origin: the page can run nothing and reach nothing. */}
        <iframe
          title={`${title} preview`}
          sandbox=""
          srcDoc={shown}
          onLoad={() => setLoading(false)}
          style={{ width, height: 640 }}
          className="block bg-white"
        />
      </div>
    </figure>
  );
}

/**
 * The hosted page rendered by the same function as the emulator's, with the draft and with the
 * saved settings side by side, in each view and state the user picks. The draft's HTML is built
 * from a deferred value, so typing never waits for a repaint.
 */
export function HostedPreview({
  source,
  draft,
  saved,
}: {
  source: Omit<HostedPageSource, 'customization'>;
  draft: PreviewLook;
  saved: PreviewLook;
}) {
  const [view, setView] = useState<HostedView>('signIn');
  const [width, setWidth] = useState<Width>('desktop');
  const [showError, setShowError] = useState(true);
  const [password, setPassword] = useState('password');
  const deferredDraft = useDeferredValue(draft);
  const id = useId();

  const state = useMemo(
    () => ({ view, errorMessage: showError ? sampleError : undefined, password }),
    [view, showError, password],
  );
  const draftHtml = useMemo(
    () => renderLook(source, deferredDraft, state),
    [source, deferredDraft, state],
  );
  const savedHtml = useMemo(
    () => renderLook(source, { css: saved.css, logoUrl: saved.logoUrl }, state),
    [source, saved.css, saved.logoUrl, state],
  );

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Page</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {(Object.keys(viewLabels) as HostedView[]).map((v) => (
              <Choice
                key={v}
                type="radio"
                name={`${id}-view`}
                label={viewLabels[v]}
                checked={view === v}
                onChange={() => setView(v)}
              />
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">Width</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {(Object.keys(widths) as Width[]).map((w) => (
              <Choice
                key={w}
                type="radio"
                name={`${id}-width`}
                label={`${widths[w].label} (${widths[w].px} px)`}
                checked={width === w}
                onChange={() => setWidth(w)}
              />
            ))}
          </div>
        </fieldset>
        <Choice
          label="Show an error message"
          checked={showError}
          onChange={(e) => setShowError(e.target.checked)}
        />
        {view === 'signUp' && (
          <TextField
            id={`${id}-password`}
            label="Sample password (password checks)"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </div>
      <div className="flex flex-wrap gap-4">
        <PreviewFrame title="Draft" html={draftHtml} width={widths[width].px} />
        <PreviewFrame title="Saved" html={savedHtml} width={widths[width].px} />
      </div>
    </div>
  );
}
