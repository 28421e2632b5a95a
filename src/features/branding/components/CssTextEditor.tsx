import { useRef } from 'react';
import { TextAreaField } from '@/components/form-fields';
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
    <TextAreaField
      ref={textarea}
      id={cssEditorId}
      label="CSS"
      className="h-80 font-mono text-xs"
      value={css}
      readOnly={readOnly}
      spellCheck={false}
      onChange={(e) => onChange(e.target.value)}
      hint={
        <span className={bytes > maxCssBytes ? 'text-red-700' : undefined}>
          {bytes} of {maxCssBytes} bytes. Only the customizable classes below, with the properties
          each accepts; no @-rule, url() or script.
        </span>
      }
      error={
        problems.length > 0 && (
          <ul aria-label="Problems in the CSS" className="space-y-1">
            {problems.map((p, i) => (
              <li key={i}>
                <button type="button" className="font-medium underline" onClick={() => goTo(p)}>
                  Line {p.line}, column {p.column}
                </button>
                : {p.message}
              </li>
            ))}
          </ul>
        )
      }
    />
  );
}
