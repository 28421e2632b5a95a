import { parseCss, type CssRule } from './css-parser';

export interface CssRuleInput {
  /** Without the leading dot, e.g. `submitButton-customizable:hover`. */
  selector: string;
  declarations: { property: string; value: string }[];
}

/** Rules -> CSS text: one rule per block, two-space indent, a blank line between rules. */
export function serializeCss(rules: readonly CssRuleInput[]): string {
  return rules
    .map(
      (rule) =>
        `.${rule.selector} {\n${rule.declarations.map((d) => `  ${d.property}: ${d.value};\n`).join('')}}\n`,
    )
    .join('\n');
}

const normalize = (selector: string) => selector.trim().replace(/\s+/g, ' ');

function rulesFor(rules: CssRule[], selector: string): CssRule[] {
  return rules.filter((rule) => normalize(rule.selector) === `.${selector}`);
}

/**
 * The value each property of each selector ends up with (the last declaration wins, as in the
 * browser), keyed by selector without its dot. What the control editor shows.
 */
export function effectiveProperties(css: string): Map<string, Map<string, string>> {
  const result = new Map<string, Map<string, string>>();
  for (const rule of parseCss(css).rules) {
    const selector = normalize(rule.selector);
    if (!selector.startsWith('.') || selector.includes(',')) continue;
    const properties = result.get(selector.slice(1)) ?? new Map<string, string>();
    for (const d of rule.declarations) properties.set(d.property.toLowerCase(), d.value);
    result.set(selector.slice(1), properties);
  }
  return result;
}

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
    out = out.slice(0, edit.at) + edit.insert + out.slice(edit.at + edit.remove);
  }
  return out;
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function indentOf(text: string, offset: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart(text, offset)))![0];
}

function assertPlainValue(value: string) {
  if (/[;{}]/.test(value) || value.trim() === '') {
    throw new Error(`Not a single CSS value: "${value}"`);
  }
}

/**
 * Sets one property of one selector in the draft and keeps the rest of the user's text as it is:
 * the value of the last such declaration is replaced in place; failing that the declaration is
 * added at the end of the selector's last rule; failing that a rule is appended.
 */
export function setProperty(
  css: string,
  selector: string,
  property: string,
  value: string,
): string {
  assertPlainValue(value);
  const rules = rulesFor(parseCss(css).rules, selector);
  const name = property.toLowerCase();
  const existing = rules
    .flatMap((rule) => rule.declarations)
    .filter((d) => d.property.toLowerCase() === name)
    .at(-1);
  if (existing) {
    return applyEdits(css, [
      {
        at: existing.valuePosition.offset,
        remove: existing.valueEnd - existing.valuePosition.offset,
        insert: value,
      },
    ]);
  }
  const rule = rules.at(-1);
  if (!rule) {
    const separator = css.trim() === '' ? '' : css.endsWith('\n') ? '\n' : '\n\n';
    return `${css.trim() === '' ? '' : css}${separator}${serializeCss([{ selector, declarations: [{ property, value }] }])}`;
  }
  const edits: Edit[] = [];
  const last = rule.declarations.at(-1);
  if (last && !last.hasSemicolon) edits.push({ at: last.valueEnd, remove: 0, insert: ';' });
  const declaration = `${property}: ${value};`;
  if (rule.close === undefined) {
    edits.push({ at: css.length, remove: 0, insert: `\n  ${declaration}` });
  } else if (
    css.slice(lineStart(css, rule.close), rule.close).trim() === '' &&
    css.slice(rule.open, rule.close).includes('\n')
  ) {
    const indent = last ? indentOf(css, last.position.offset) : `${indentOf(css, rule.close)}  `;
    edits.push({ at: lineStart(css, rule.close), remove: 0, insert: `${indent}${declaration}\n` });
  } else {
    const before = css[rule.close - 1] ?? '';
    edits.push({
      at: rule.close,
      remove: 0,
      insert: `${/\s/.test(before) ? '' : ' '}${declaration} `,
    });
  }
  return applyEdits(css, edits);
}

/**
 * Removes every declaration of `property` from the selector's rules (a line that held only that
 * declaration goes with it), and a rule left empty.
 */
export function removeProperty(css: string, selector: string, property: string): string {
  const name = property.toLowerCase();
  const edits: Edit[] = [];
  for (const rule of rulesFor(parseCss(css).rules, selector)) {
    const removed = rule.declarations.filter((d) => d.property.toLowerCase() === name);
    if (removed.length === 0) continue;
    if (removed.length === rule.declarations.length && rule.close !== undefined) {
      let rest = css.slice(0, rule.close);
      for (const d of removed) {
        rest =
          rest.slice(0, d.position.offset) +
          ' '.repeat(d.end - d.position.offset) +
          rest.slice(d.end);
      }
      // Nothing but white space and stray semicolons left (a comment keeps the rule).
      if (
        rest
          .slice(rule.open + 1)
          .replace(/;/g, '')
          .trim() === ''
      ) {
        let stop = rule.close + 1;
        if (css[stop] === '\n') stop++;
        const from = lineStart(css, rule.position.offset);
        edits.push({ at: from, remove: stop - from, insert: '' });
        continue;
      }
    }
    for (const d of removed) {
      const start = lineStart(css, d.position.offset);
      const lineEnd = css.indexOf('\n', d.end);
      const afterOnLine = css.slice(d.end, lineEnd === -1 ? css.length : lineEnd);
      const aloneOnLine =
        css.slice(start, d.position.offset).trim() === '' && afterOnLine.trim() === '';
      if (aloneOnLine) {
        const stop = lineEnd === -1 ? css.length : lineEnd + 1;
        edits.push({ at: start, remove: stop - start, insert: '' });
      } else {
        let end = d.end;
        while (css[end] === ' ') end++;
        edits.push({ at: d.position.offset, remove: end - d.position.offset, insert: '' });
      }
    }
  }
  return applyEdits(css, edits);
}
