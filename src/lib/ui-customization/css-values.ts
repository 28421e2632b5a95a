import type { LengthKind, ValueKind } from './allowed-properties';
import { isCssColor } from './css-colors';

const numberWithUnit = /^([+-]?(?:\d+\.?\d*|\.\d+))([a-z%]*)$/i;

function describeLength(kind: LengthKind): string {
  const units = kind.units.join(', ');
  const one = kind.units.length === 1 ? `a size in ${units}` : `a size (${units})`;
  return one + describeRange(kind);
}

function describeRange(kind: LengthKind): string {
  const unit = kind.units.length === 1 ? kind.units[0] : '';
  if (kind.min !== undefined && kind.max !== undefined) {
    return ` from ${kind.min}${unit} to ${kind.max}${unit}`;
  }
  return kind.min === 0 ? ', not negative' : '';
}

/** What a value of this kind looks like, for messages and control hints. */
export function describeValueKind(kind: ValueKind): string {
  switch (kind.kind) {
    case 'color':
      return 'a colour (a name such as navy, #rgb, #rrggbb, rgb(), rgba(), hsl() or hsla())';
    case 'length':
      return describeLength(kind);
    case 'lengths':
      return kind.count.min === kind.count.max
        ? `${kind.count.min} sizes separated by spaces (top right bottom left)`
        : `${kind.count.min} to ${kind.count.max} sizes separated by spaces`;
    case 'fontWeightNumber':
      return `a multiple of ${kind.step} from ${kind.min} to ${kind.max}`;
    case 'enum':
      return `one of ${kind.values.join(', ')}`;
    case 'border':
      return `a width ${describeLength(kind.width).replace(/^a size /, '')}, a style (${kind.styles.join(' or ')}) and a colour, e.g. "1px solid #cccccc"`;
  }
}

type Check = { ok: true } | { ok: false; outOfRange: boolean };
const ok: Check = { ok: true };
const wrongKind: Check = { ok: false, outOfRange: false };
const outOfRange: Check = { ok: false, outOfRange: true };

function checkLength(text: string, kind: LengthKind): Check {
  const match = numberWithUnit.exec(text);
  if (!match) return wrongKind;
  const n = Number(match[1]);
  const unit = match[2]!.toLowerCase();
  if (unit === '' ? n !== 0 : !(kind.units as readonly string[]).includes(unit)) return wrongKind;
  if (kind.min !== undefined && n < kind.min) return outOfRange;
  if (kind.max !== undefined && n > kind.max) return outOfRange;
  return ok;
}

function checkBorder(parts: string[], kind: Extract<ValueKind, { kind: 'border' }>): Check {
  if (parts.length !== 3) return wrongKind;
  let width: Check | undefined;
  let style = false;
  let colour = false;
  for (const part of parts) {
    if (!style && kind.styles.includes(part.toLowerCase())) style = true;
    else if (!width && numberWithUnit.test(part)) width = checkLength(part, kind.width);
    else if (!colour && isCssColor(part)) colour = true;
    else return wrongKind;
  }
  if (!width || !style || !colour) return wrongKind;
  return width;
}

function check(text: string, kind: ValueKind): Check {
  switch (kind.kind) {
    case 'color':
      return isCssColor(text) ? ok : wrongKind;
    case 'length':
      return checkLength(text, kind);
    case 'lengths': {
      const parts = text.split(/\s+/);
      if (parts.length < kind.count.min || parts.length > kind.count.max) return wrongKind;
      const checks = parts.map((part) => checkLength(part, kind.length));
      return checks.find((c) => !c.ok && !c.outOfRange) ?? checks.find((c) => !c.ok) ?? ok;
    }
    case 'fontWeightNumber': {
      if (!/^\d+$/.test(text)) return wrongKind;
      const n = Number(text);
      return n >= kind.min && n <= kind.max && n % kind.step === 0 ? ok : outOfRange;
    }
    case 'enum':
      return kind.values.includes(text.toLowerCase()) ? ok : wrongKind;
    case 'border':
      return checkBorder(splitOutsideParens(text), kind);
  }
}

/** Splits on whitespace, keeping `rgb(1, 2, 3)` in one piece. */
function splitOutsideParens(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

/** Null when `value` suits `kind`, else a message naming the property and what it takes. */
export function valueProblem(property: string, value: string, kind: ValueKind): string | null {
  const text = value.trim().replace(/\s+/g, ' ');
  if (text === '') return `${property} has no value: expected ${describeValueKind(kind)}.`;
  if (/!\s*important$/i.test(text)) {
    return `${property}: !important is not accepted; write the value alone.`;
  }
  const result = check(text, kind);
  if (result.ok) return null;
  return result.outOfRange
    ? `${property}: "${text}" is outside the range AWS accepts: expected ${describeValueKind(kind)}.`
    : `${property}: "${text}" is not ${describeValueKind(kind)}.`;
}
