import {
  customizableClasses,
  findCustomizableSelector,
  type CustomizableSelector,
} from './allowed-properties';
import { parseCss, positionFinder, type CssProblem, type CssRule } from './css-parser';
import { valueProblem } from './css-values';

/** AWS's limit on the CSS of one customization: 3 KB, counted in UTF-8 bytes. */
export const maxCssBytes = 3072;

export interface CssValidation {
  rules: CssRule[];
  /** Every problem, in the order they appear in the text. */
  errors: CssProblem[];
}

export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Script in CSS. AWS rejects "Javascript" anywhere in the CSS; these are the ways CSS can carry it.
 * `url(` is refused too: no property AWS lets a class use takes an image or a link, so a `url()`
 * can only be an attempt to load something (the guide allows none).
 */
const forbidden: { pattern: RegExp; message: (match: string) => string }[] = [
  {
    pattern: /url\(\s*['"]?\s*(?:java|vb)script:/gi,
    message: () => 'url(javascript:…) is script, which AWS rejects in hosted UI CSS.',
  },
  {
    pattern: /(?<!url\(\s*['"]?\s*)(?:java|vb)script:/gi,
    message: (m) => `"${m}" is script, which AWS rejects in hosted UI CSS.`,
  },
  {
    pattern: /url\((?!\s*['"]?\s*(?:java|vb)script:)/gi,
    message: () =>
      'url() is not allowed: no customizable property takes an image or a link (set the logo with the logo file instead).',
  },
  {
    pattern: /expression\s*\(/gi,
    message: () => 'expression() is script, which AWS rejects in hosted UI CSS.',
  },
  {
    pattern: /<\s*\/?\s*script/gi,
    message: () => '<script> is not allowed in hosted UI CSS.',
  },
];

const selectorSyntax = /^\.([A-Za-z][\w-]*)(?::([A-Za-z-]+))?$/;

function selectorProblem(selector: string): string | null {
  const match = selectorSyntax.exec(selector);
  if (!match) {
    return `"${selector}" is not a selector AWS accepts: write one customizable class, such as .submitButton-customizable or .submitButton-customizable:hover.`;
  }
  const [, className, pseudo] = match;
  if (findCustomizableSelector(selector.slice(1))) return null;
  if (!customizableClasses.includes(className!)) {
    return `.${className} is not a class the hosted UI lets you style. The customizable classes are: ${customizableClasses.join(', ')}.`;
  }
  const pseudos = ['hover', 'focus']
    .filter((p) => findCustomizableSelector(`${className}:${p}`))
    .map((p) => `:${p}`);
  return `:${pseudo} cannot be styled on .${className}${pseudos.length ? `; it accepts ${pseudos.join(' and ')}` : ''}.`;
}

function checkRule(
  rule: CssRule,
  report: (p: { line: number; column: number }, m: string) => void,
) {
  const selectors = rule.selector.split(',').map((s) => s.trim().replace(/\s+/g, ' '));
  const entries: CustomizableSelector[] = [];
  for (const selector of selectors) {
    const problem = selectorProblem(selector);
    if (problem) report(rule.position, problem);
    else entries.push(findCustomizableSelector(selector.slice(1))!);
  }
  if (entries.length < selectors.length) return;
  for (const declaration of rule.declarations) {
    const property = declaration.property.toLowerCase();
    if (property === '') continue;
    for (const entry of entries) {
      const allowed = entry.properties.find((p) => p.name === property);
      if (!allowed) {
        report(
          declaration.position,
          `${declaration.property} is not a property .${entry.selector} accepts. It accepts: ${entry.properties.map((p) => p.name).join(', ')}.`,
        );
        continue;
      }
      if (/url\(|expression\s*\(|script/i.test(declaration.value)) continue;
      const problem = valueProblem(property, declaration.value, allowed.value);
      if (problem) report(declaration.valuePosition, problem);
    }
  }
}

/**
 * Checks CSS the way SetUICustomization does: allowed selectors, properties and values, no
 * at-rule, no script, at most 3 KB, well-formed.
 */
export function validateCss(css: string): CssValidation {
  const { rules, problems } = parseCss(css);
  const at = positionFinder(css);
  const errors: (CssProblem & { order: number })[] = [];
  const report = (position: { line: number; column: number }, message: string) =>
    errors.push({ ...position, message, order: errors.length });
  for (const p of problems) report(p, p.message);

  const bytes = utf8Length(css);
  if (bytes > maxCssBytes) {
    let offset = 0;
    let count = 0;
    for (const ch of css) {
      count += utf8Length(ch);
      if (count > maxCssBytes) break;
      offset += ch.length;
    }
    report(
      at(offset),
      `The CSS is ${bytes} bytes; AWS accepts at most 3 KB (${maxCssBytes} bytes). It goes over the limit here.`,
    );
  }
  for (const { pattern, message } of forbidden) {
    for (const match of css.matchAll(pattern)) report(at(match.index), message(match[0]));
  }
  for (const rule of rules) checkRule(rule, report);

  errors.sort((a, b) => a.line - b.line || a.column - b.column || a.order - b.order);
  return { rules, errors: errors.map(({ line, column, message }) => ({ line, column, message })) };
}

/**
 * The message the emulator's SetUICustomization puts in an InvalidParameterException, or null
 * when the CSS is accepted. AWS's exact wording for bad CSS is not documented; this names the
 * first problem and where it is.
 */
export function setUICustomizationCssError(css: string): string | null {
  const first = validateCss(css).errors[0];
  return first
    ? `Invalid CSS at line ${first.line}, column ${first.column}: ${first.message}`
    : null;
}
