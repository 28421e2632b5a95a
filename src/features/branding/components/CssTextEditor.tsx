import { useRef } from 'react';
import type { CssProblem } from '@/lib/ui-customization/css-parser';
import { maxCssBytes, utf8Length } from '@/lib/ui-customization/validate-css';

export const cssEditorId = 'branding-css';

/** Offset of a 1-based line and column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + column - 1;
}

/**
 * The draft as CSS text. Each problem names its line and column, and takes the cursor there.
 */
export function CssTextEditor({
  css,
  onChange,
  problems,
  readOnly,
}: {
  css: string;
  onChange: (css: string) => void;
  problems: CssProblem[];
  readOnly: boolean;
}) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const bytes = utf8Length(css);
  const goTo = (problem: CssProblem) => {
    const el = textarea.current;
    if (!el) return;
    const offset = offsetOf(css, problem.line, problem.column);
    el.focus();
    el.setSelectionRange(
      offset,
      Math.max(offset, css.indexOf('\n', offset) === -1 ? css.length : css.indexOf('\n', offset)),
    );
  };
  return (
    <div className="space-y-1">
      <label htmlFor={cssEditorId} className="block text-sm font-medium text-slate-800">
        CSS
      </label>
      <textarea
        ref={textarea}
        id={cssEditorId}
        className="block h-80 w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-xs text-slate-900 aria-invalid:border-red-700"
        value={css}
        readOnly={readOnly}
        spellCheck={false}
        aria-invalid={problems.length > 0}
        aria-describedby={`${cssEditorId}-size${problems.length ? ` ${cssEditorId}-problems` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p
        id={`${cssEditorId}-size`}
        className={bytes > maxCssBytes ? 'text-xs text-red-700' : 'text-xs text-slate-600'}
      >
        {bytes} of {maxCssBytes} bytes. Only the customizable classes below, with the properties
        each accepts; no @-rule, url() or script.
      </p>
      {problems.length > 0 && (
        <ul id={`${cssEditorId}-problems`} aria-label="Problems in the CSS" className="space-y-1">
          {problems.map((p, i) => (
            <li key={i} className="text-sm text-red-700">
              <button type="button" className="font-medium underline" onClick={() => goTo(p)}>
                Line {p.line}, column {p.column}
              </button>
              : {p.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
