/**
 * A small CSS reader for the hosted UI's customization: flat rules of declarations, nothing nested.
 * It keeps each piece's place in the source (offsets, 1-based line and column) so problems show at
 * the line that caused them and the control editor can edit the user's text in place.
 */

export interface SourcePosition {
  offset: number;
  line: number;
  column: number;
}

export interface CssProblem {
  line: number;
  column: number;
  message: string;
}

export interface CssDeclaration {
  property: string;
  value: string;
  position: SourcePosition;
  valuePosition: SourcePosition;
  /** Offset where the value's text ends (before any `;`). */
  valueEnd: number;
  /** Offset just past the declaration, including its `;` when it has one. */
  end: number;
  hasSemicolon: boolean;
}

export interface CssRule {
  /** The selector text as written, trimmed. */
  selector: string;
  position: SourcePosition;
  /** Offset of the `{`. */
  open: number;
  /** Offset of the closing `}`, or undefined when the rule is never closed. */
  close: number | undefined;
  declarations: CssDeclaration[];
}

export interface ParsedCss {
  rules: CssRule[];
  problems: CssProblem[];
}

/** Offset -> line and column, 1-based, for `text`. */
export function positionFinder(text: string): (offset: number) => SourcePosition {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { offset, line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

/**
 * The text with every comment blanked out (newlines kept), so offsets stay those of the source and
 * a comment can hide neither a brace nor a semicolon. Strings are skipped so that a `/*` inside
 * quotes is not taken for a comment.
 */
function maskComments(css: string, problem: (offset: number, message: string) => void): string {
  const out = css.split('');
  let i = 0;
  while (i < css.length) {
    const ch = css[i];
    if (ch === '"' || ch === "'") {
      const start = i;
      i++;
      while (i < css.length && css[i] !== ch && css[i] !== '\n') i += css[i] === '\\' ? 2 : 1;
      if (css[i] !== ch) problem(start, 'This string is never closed: add the closing quote.');
      i++;
    } else if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      const stop = end === -1 ? css.length : end + 2;
      if (end === -1) problem(i, 'This comment is never closed: add */.');
      for (let j = i; j < stop; j++) if (out[j] !== '\n') out[j] = ' ';
      i = stop;
    } else i++;
  }
  return out.join('');
}

export function parseCss(css: string): ParsedCss {
  const at = positionFinder(css);
  const problems: CssProblem[] = [];
  const problem = (offset: number, message: string) => {
    const { line, column } = at(offset);
    problems.push({ line, column, message });
  };
  const text = maskComments(css, problem);
  const rules: CssRule[] = [];
  let i = 0;

  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };

  /** Moves `i` past a string starting at `i`. */
  const skipString = () => {
    const quote = text[i];
    i++;
    while (i < text.length && text[i] !== quote && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
    i++;
  };

  /** Moves `i` past the `{ … }` block whose `{` is at `i`; reports it when never closed. */
  const skipBlock = () => {
    const open = i;
    let depth = 0;
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"' || ch === "'") {
        skipString();
        continue;
      }
      if (ch === '{') depth++;
      if (ch === '}' && --depth === 0) {
        i++;
        return;
      }
      i++;
    }
    problem(open, 'Unbalanced braces: this { is never closed.');
  };

  /** An at-rule at `i`: reported, then skipped up to its `;` or past its block. */
  const skipAtRule = () => {
    const name = /^@[\w-]*/.exec(text.slice(i))![0];
    problem(
      i,
      `${name || '@'} is not allowed: AWS accepts no at-rule (@import, @media, @supports, @page or any other) in hosted UI CSS.`,
    );
    while (i < text.length && text[i] !== ';' && text[i] !== '{' && text[i] !== '}') {
      if (text[i] === '"' || text[i] === "'") skipString();
      else i++;
    }
    if (text[i] === ';') i++;
    else if (text[i] === '{') skipBlock();
  };

  const readDeclaration = (rule: CssRule) => {
    const start = i;
    while (i < text.length && !':;{}'.includes(text[i]!)) i++;
    const property = text.slice(start, i).trim();
    if (text[i] === '{') {
      problem(start, 'Nested blocks are not allowed: each rule holds only property: value; pairs.');
      skipBlock();
      return;
    }
    if (text[i] !== ':') {
      problem(start, `"${property}" is not a declaration: write property: value;`);
      if (text[i] === ';') i++;
      return;
    }
    i++;
    while (i < text.length && /[ \t]/.test(text[i]!)) i++;
    const valueStart = i;
    let depth = 0;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '"' || ch === "'") {
        skipString();
        continue;
      }
      if (ch === '(') depth++;
      else if (ch === ')') depth = Math.max(0, depth - 1);
      else if ((ch === ';' && depth === 0) || ch === '}' || ch === '{') break;
      i++;
    }
    let valueEnd = i;
    while (valueEnd > valueStart && /\s/.test(text[valueEnd - 1]!)) valueEnd--;
    const hasSemicolon = text[i] === ';';
    if (hasSemicolon) i++;
    if (property === '') problem(start, 'A declaration has no property name before its colon.');
    rule.declarations.push({
      property,
      value: text.slice(valueStart, valueEnd),
      position: at(start),
      valuePosition: at(valueStart),
      valueEnd,
      end: i,
      hasSemicolon,
    });
  };

  const readRuleBody = (rule: CssRule) => {
    i = rule.open + 1;
    for (;;) {
      skipSpace();
      if (i >= text.length) {
        problem(rule.open, 'Unbalanced braces: this { is never closed.');
        return;
      }
      const ch = text[i];
      if (ch === '}') {
        rule.close = i;
        i++;
        return;
      }
      if (ch === ';') i++;
      else if (ch === '@') skipAtRule();
      else if (ch === '{') {
        problem(i, 'Nested blocks are not allowed: each rule holds only property: value; pairs.');
        skipBlock();
      } else readDeclaration(rule);
    }
  };

  for (;;) {
    skipSpace();
    if (i >= text.length) break;
    const ch = text[i];
    if (ch === '@') {
      skipAtRule();
      continue;
    }
    if (ch === '}') {
      problem(i, 'Unbalanced braces: this } closes nothing.');
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !'{};'.includes(text[i]!)) {
      if (text[i] === '"' || text[i] === "'") skipString();
      else i++;
    }
    const selector = text.slice(start, i).trim();
    if (text[i] !== '{') {
      problem(start, `"${selector}" has no { … } block after it.`);
      if (text[i] === ';') i++;
      continue;
    }
    const rule: CssRule = {
      selector,
      position: at(start),
      open: i,
      close: undefined,
      declarations: [],
    };
    rules.push(rule);
    readRuleBody(rule);
  }
  return { rules, problems };
}
