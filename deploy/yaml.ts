/**
 * A small YAML writer for CloudFormation templates: block style, two-space indent, and the short
 * forms (`!Ref`, `!Sub`, `!GetAtt`, …) for intrinsic functions. Deterministic, so a committed
 * template can be compared with a fresh one byte for byte.
 */

export type TemplateNode =
  string | number | boolean | TemplateNode[] | { [key: string]: TemplateNode };

const shortForms: Record<string, string> = {
  Ref: '!Ref',
  'Fn::Sub': '!Sub',
  'Fn::GetAtt': '!GetAtt',
  'Fn::Join': '!Join',
  'Fn::If': '!If',
  'Fn::Not': '!Not',
  'Fn::Equals': '!Equals',
  'Fn::And': '!And',
  'Fn::Or': '!Or',
  'Fn::Select': '!Select',
  'Fn::Split': '!Split',
};

const plain = /^[A-Za-z][\w./@-]*$/;
// YAML 1.1 reads these unquoted words as booleans or null.
const reserved = /^(y|n|yes|no|on|off|true|false|null)$/i;

function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (plain.test(value) && !reserved.test(value) && !value.endsWith(':')) return value;
  // eslint-disable-next-line no-control-regex
  if (!value.includes("'") && !/[\u0000-\u001f]/.test(value)) return `'${value}'`;
  return JSON.stringify(value);
}

function isMap(value: TemplateNode): value is { [key: string]: TemplateNode } {
  return typeof value === 'object' && !Array.isArray(value);
}

/** The short form and argument of an intrinsic function, or null for any other value. */
function intrinsic(value: TemplateNode): [tag: string, argument: TemplateNode] | null {
  if (!isMap(value)) return null;
  const keys = Object.keys(value);
  const tag = keys.length === 1 ? shortForms[keys[0]!] : undefined;
  if (!tag) return null;
  const argument = value[keys[0]!]!;
  // !GetAtt takes "Resource.Attribute" as one scalar.
  if (tag === '!GetAtt' && Array.isArray(argument)) return [tag, argument.join('.')];
  return [tag, argument];
}

/** A value that fits on its key's line, or null when it needs lines of its own. */
function inline(value: TemplateNode): string | null {
  if (Array.isArray(value)) return value.length === 0 ? '[]' : null;
  if (isMap(value)) {
    if (Object.keys(value).length === 0) return '{}';
    const call = intrinsic(value);
    // Tags do not nest on one line (`!Ref !Sub x` is not YAML): the inner call goes long-form below.
    if (!call || intrinsic(call[1])) return null;
    const argument = inline(call[1]);
    return argument === null ? null : `${call[0]} ${argument}`;
  }
  return scalar(value);
}

function entry(head: string, value: TemplateNode, indent: number): string[] {
  const simple = inline(value);
  if (simple !== null) return [`${head} ${simple}`];
  const call = intrinsic(value);
  if (call) return [`${head} ${call[0]}`, ...block(call[1], indent + 2)];
  return [head, ...block(value, indent + 2)];
}

function block(value: TemplateNode, indent: number): string[] {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      const simple = inline(item);
      if (simple !== null) return [`${pad}- ${simple}`];
      if (intrinsic(item)) return entry(`${pad}-`, item, indent);
      // A collection starts on the dash's line: "- Key: value" / "- - item".
      const [first, ...rest] = block(item, indent + 2);
      return [`${pad}- ${first!.slice(indent + 2)}`, ...rest];
    });
  }
  if (isMap(value)) {
    return Object.entries(value).flatMap(([key, item]) =>
      entry(`${pad}${scalar(key)}:`, item, indent),
    );
  }
  return [`${pad}${scalar(value)}`];
}

export function toYaml(document: { [key: string]: TemplateNode }, header = ''): string {
  return `${header}${block(document, 0).join('\n')}\n`;
}
