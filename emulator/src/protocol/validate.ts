import type { ServiceName } from './context.ts';
import { AwsError } from './errors.ts';
import {
  COGNITO_IDENTITY,
  COGNITO_IDP,
  type ServiceModel,
  type ShapeDef,
} from './model.generated.ts';

const MODELS: Record<ServiceName, ServiceModel> = {
  'cognito-idp': COGNITO_IDP,
  'cognito-identity': COGNITO_IDENTITY,
};

/**
 * Checks an operation's input against the official model as AWS's front end does: a value of
 * the wrong JSON type is a SerializationException (the first one found), then every constraint
 * violation is collected into one InvalidParameterException with AWS's wording.
 * Unknown members are ignored and `null` counts as absent, as AWS does. A decimal sent for an
 * integer member is truncated in `input`, as Coral's number reader does (measured against
 * DynamoDB, the same front end, by dynalite's test suite: 34.56 in an Integer member is no error).
 */
export function validateInput(service: ServiceName, operation: string, input: unknown): void {
  const model = MODELS[service];
  const inputShape = model.operations[operation]?.input;
  if (!inputShape) return;
  const errors: string[] = [];
  new Walker(model, errors).check(inputShape, withCustomDomainExempt(input), '', false);
  if (errors.length === 0) return;
  const count =
    errors.length === 1
      ? '1 validation error detected'
      : `${errors.length} validation errors detected`;
  throw new AwsError('InvalidParameterException', `${count}: ${errors.join('; ')}`);
}

const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * The model's DomainType pattern only admits prefix domains, yet AWS accepts custom domains
 * (auth.example.com) in the same member. A valid hostname is checked here instead, and the model's
 * pattern still applies to everything without a dot.
 */
function withCustomDomainExempt(input: unknown): unknown {
  if (typeof input !== 'object' || input === null) return input;
  const domain = (input as { Domain?: unknown }).Domain;
  if (typeof domain !== 'string' || !domain.includes('.') || !HOSTNAME.test(domain)) return input;
  return { ...input, Domain: 'custom-domain' };
}

/** True when the model marks the operation as needing no signature (InitiateAuth, SignUp…). */
export function isPublicOperation(service: ServiceName, operation: string): boolean {
  return MODELS[service].operations[operation]?.public === true;
}

const operationNames = {
  'cognito-idp': Object.keys(COGNITO_IDP.operations),
  'cognito-identity': Object.keys(COGNITO_IDENTITY.operations),
} satisfies Record<ServiceName, readonly string[]>;

/** Every operation the model defines, by service. */
export function modelOperations(service: ServiceName): readonly string[] {
  return operationNames[service];
}

const serialization = (message: string) => new AwsError('SerializationException', message);

/** Coral's deserializer names the JSON token it found and the Java type it wanted. */
function tokenName(value: unknown): string {
  if (typeof value === 'string') return 'STRING_VALUE';
  if (typeof value === 'number') return 'NUMBER_VALUE';
  return value ? 'TRUE_VALUE' : 'FALSE_VALUE';
}

function unexpectedStart(value: unknown): AwsError | undefined {
  if (Array.isArray(value)) return serialization('Start of list found where not expected');
  if (typeof value === 'object' && value !== null) {
    return serialization('Start of structure or map found where not expected.');
  }
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Coral counts string length in Unicode code points. */
const codePointLength = (value: string) => [...value].length;

function lengthOf(shape: ShapeDef, value: unknown): number | undefined {
  if (shape.type === 'string' && typeof value === 'string') return codePointLength(value);
  if (shape.type === 'blob' && typeof value === 'string')
    return Buffer.from(value, 'base64').length;
  if (shape.type === 'list' && Array.isArray(value)) return value.filter((v) => v !== null).length;
  if (shape.type === 'map' && isObject(value)) {
    return Object.values(value).filter((v) => v !== null).length;
  }
  return undefined;
}

const lengthMax = (n: number) => `Member must have length less than or equal to ${n}`;
const lengthMin = (n: number) => `Member must have length greater than or equal to ${n}`;
const valueMax = (n: number) => `Member must have value less than or equal to ${n}`;
const valueMin = (n: number) => `Member must have value greater than or equal to ${n}`;
const patternText = (p: string) => `Member must satisfy regular expression pattern: ${p}`;
const enumText = (values: string[]) => `Member must satisfy enum value set: [${values.join(', ')}]`;

/** The constraints a shape declares, as AWS lists them inside "must satisfy constraint: [...]". */
function declaredConstraints(shape: ShapeDef): string[] {
  const out: string[] = [];
  const numeric = shape.type === 'integer' || shape.type === 'long';
  if ('max' in shape && shape.max !== undefined)
    out.push(numeric ? valueMax(shape.max) : lengthMax(shape.max));
  if ('min' in shape && shape.min !== undefined)
    out.push(numeric ? valueMin(shape.min) : lengthMin(shape.min));
  if (shape.type === 'string' && shape.pattern !== undefined) out.push(patternText(shape.pattern));
  if (shape.type === 'string' && shape.enum !== undefined) out.push(enumText(shape.enum));
  return out;
}

class Walker {
  constructor(
    private readonly model: ServiceModel,
    private readonly errors: string[],
  ) {}

  private shape(name: string): ShapeDef {
    const shape = this.model.shapes[name];
    if (!shape) throw new Error(`Shape ${name} missing from model.generated.ts`);
    return shape;
  }

  private report(
    path: string,
    value: unknown,
    shape: ShapeDef,
    hidden: boolean,
    constraint: string,
  ) {
    const shown = value === null ? ' null' : hidden ? '' : ` '${this.render(shape, value)}'`;
    this.errors.push(`Value${shown} at '${path}' failed to satisfy constraint: ${constraint}`);
  }

  /** Checks one value (already known to be present and non-null unless `null`). */
  check(shapeName: string, value: unknown, path: string, hiddenAbove: boolean): void {
    const shape = this.shape(shapeName);
    const hidden = hiddenAbove || shape.sensitive === true;
    this.checkType(shape, value);
    switch (shape.type) {
      case 'structure':
        return this.checkStructure(shape, value as Record<string, unknown>, path, hidden);
      case 'list':
        return this.checkList(shape, value as unknown[], path, hidden);
      case 'map':
        return this.checkMap(shape, value as Record<string, unknown>, path, hidden);
      default:
        for (const constraint of this.failedScalarConstraints(shape, value)) {
          this.report(path, value, shape, hidden, constraint);
        }
    }
  }

  /** Throws the SerializationException AWS's JSON deserializer raises for a wrongly typed value. */
  private checkType(shape: ShapeDef, value: unknown): void {
    switch (shape.type) {
      case 'document':
        return;
      case 'structure':
      case 'map':
        if (isObject(value)) return;
        throw unexpectedStart(value) ?? serialization('Expected null');
      case 'list':
        if (Array.isArray(value)) return;
        throw unexpectedStart(value) ?? serialization('Expected list or null');
      case 'string':
        if (typeof value === 'string') return;
        throw (
          unexpectedStart(value) ??
          serialization(`${tokenName(value)} can not be converted to a String`)
        );
      case 'blob':
        if (typeof value === 'string') return;
        throw (
          unexpectedStart(value) ??
          serialization(`${tokenName(value)} can not be converted to a ByteBuffer`)
        );
      case 'integer':
      case 'long':
        if (typeof value === 'number') return;
        throw (
          unexpectedStart(value) ??
          serialization(
            `${tokenName(value)} can not be converted to ${shape.type === 'long' ? 'a Long' : 'an Integer'}`,
          )
        );
      case 'boolean':
        if (typeof value === 'boolean') return;
        throw (
          unexpectedStart(value) ??
          serialization(`${tokenName(value)} can not be converted to a Boolean`)
        );
      case 'timestamp':
        if (typeof value === 'number') return;
        throw (
          unexpectedStart(value) ??
          serialization(`${tokenName(value)} can not be converted to a Date`)
        );
    }
  }

  private checkStructure(
    shape: Extract<ShapeDef, { type: 'structure' }>,
    value: Record<string, unknown>,
    path: string,
    hidden: boolean,
  ): void {
    const required = new Set(shape.required);
    for (const [member, target] of Object.entries(shape.members)) {
      const memberPath = path ? `${path}.${wireToPath(member)}` : wireToPath(member);
      const memberValue = value[member];
      if (memberValue === undefined || memberValue === null) {
        if (required.has(member)) {
          this.report(memberPath, null, this.shape(target), true, 'Member must not be null');
        }
        continue;
      }
      this.check(target, memberValue, memberPath, hidden);
      const memberShape = this.shape(target);
      if (
        (memberShape.type === 'integer' || memberShape.type === 'long') &&
        typeof memberValue === 'number' &&
        !Number.isInteger(memberValue)
      ) {
        // Coral reads a JSON number into an integer member by truncating it (1.5 becomes 1); the
        // operation then sees the whole number, never the fraction.
        value[member] = Math.trunc(memberValue);
      }
    }
  }

  private checkList(
    shape: Extract<ShapeDef, { type: 'list' }>,
    value: unknown[],
    path: string,
    hidden: boolean,
  ): void {
    this.checkLength(shape, value, path, hidden);
    const memberShape = this.shape(shape.member);
    const items = value.filter((item) => item !== null);
    if (isScalar(memberShape)) {
      // AWS reports a list of scalars once, with every constraint of the member shape.
      items.forEach((item) => this.checkType(memberShape, item));
      if (items.some((item) => this.failedScalarConstraints(memberShape, item).length > 0)) {
        const all = [...declaredConstraints(memberShape), 'Member must not be null'];
        this.report(
          path,
          value,
          shape,
          hidden || memberShape.sensitive === true,
          `Member must satisfy constraint: [${all.join(', ')}]`,
        );
      }
      return;
    }
    items.forEach((item, i) => this.check(shape.member, item, `${path}.${i + 1}.member`, hidden));
  }

  private checkMap(
    shape: Extract<ShapeDef, { type: 'map' }>,
    value: Record<string, unknown>,
    path: string,
    hidden: boolean,
  ): void {
    this.checkLength(shape, value, path, hidden);
    const keyShape = this.shape(shape.key);
    const valueShape = this.shape(shape.value);
    const entries = Object.entries(value).filter(([, v]) => v !== null);
    const hideMap = hidden || keyShape.sensitive === true || valueShape.sensitive === true;
    if (entries.some(([k]) => this.failedScalarConstraints(keyShape, k).length > 0)) {
      const all = declaredConstraints(keyShape).join(', ');
      this.report(path, value, shape, hideMap, `Map keys must satisfy constraint: [${all}]`);
    }
    if (isScalar(valueShape)) {
      entries.forEach(([, v]) => this.checkType(valueShape, v));
      if (entries.some(([, v]) => this.failedScalarConstraints(valueShape, v).length > 0)) {
        const all = declaredConstraints(valueShape).join(', ');
        this.report(path, value, shape, hideMap, `Map value must satisfy constraint: [${all}]`);
      }
      return;
    }
    for (const [k, v] of entries) this.check(shape.value, v, `${path}.${k}.member`, hidden);
  }

  private checkLength(shape: ShapeDef, value: unknown, path: string, hidden: boolean): void {
    const length = lengthOf(shape, value);
    if (length === undefined || (shape.type !== 'list' && shape.type !== 'map')) return;
    if (shape.min !== undefined && length < shape.min) {
      this.report(path, value, shape, hidden, lengthMin(shape.min));
    }
    if (shape.max !== undefined && length > shape.max) {
      this.report(path, value, shape, hidden, lengthMax(shape.max));
    }
  }

  /** The constraints a scalar value violates, in the order AWS reports them. */
  private failedScalarConstraints(shape: ShapeDef, value: unknown): string[] {
    const failed: string[] = [];
    if (shape.type === 'string' || shape.type === 'blob') {
      const length = lengthOf(shape, value) ?? 0;
      if (shape.min !== undefined && length < shape.min) failed.push(lengthMin(shape.min));
      if (shape.max !== undefined && length > shape.max) failed.push(lengthMax(shape.max));
    }
    if (shape.type === 'string' && typeof value === 'string') {
      if (shape.pattern !== undefined && !compileModelPattern(shape.pattern).test(value)) {
        failed.push(patternText(shape.pattern));
      }
      if (shape.enum !== undefined && !shape.enum.includes(value))
        failed.push(enumText(shape.enum));
    }
    if ((shape.type === 'integer' || shape.type === 'long') && typeof value === 'number') {
      const n = Math.trunc(value); // Coral truncates a decimal sent for an integer
      if (shape.min !== undefined && n < shape.min) failed.push(valueMin(shape.min));
      if (shape.max !== undefined && n > shape.max) failed.push(valueMax(shape.max));
    }
    return failed;
  }

  /** The value as AWS echoes it: Java's toString of the deserialized object. */
  private render(shape: ShapeDef, value: unknown): string {
    switch (shape.type) {
      case 'list':
        return `[${(value as unknown[]).map((v) => this.render(this.shape(shape.member), v)).join(', ')}]`;
      case 'map':
        return `{${Object.entries(value as Record<string, unknown>)
          .map(([k, v]) => `${k}=${this.render(this.shape(shape.value), v)}`)
          .join(', ')}}`;
      case 'structure':
        return `{${Object.entries(shape.members)
          .filter(([member]) => (value as Record<string, unknown>)[member] != null)
          .map(([member, target]) => {
            const memberShape = this.shape(target);
            const shown = memberShape.sensitive
              ? '***'
              : this.render(memberShape, (value as Record<string, unknown>)[member]);
            return `${member}: ${shown}`;
          })
          .join(', ')}}`;
      case 'integer':
      case 'long':
        return String(Math.trunc(value as number));
      case 'blob':
        return `java.nio.HeapByteBuffer[pos=0 lim=${lengthOf(shape, value)} cap=${lengthOf(shape, value)}]`;
      default:
        return value === null ? 'null' : String(value);
    }
  }
}

function isScalar(shape: ShapeDef): boolean {
  return (
    shape.type !== 'structure' &&
    shape.type !== 'list' &&
    shape.type !== 'map' &&
    shape.type !== 'document'
  );
}

/** AWS names members in messages by their Java field name: the wire name with a lower-case first letter. */
function wireToPath(member: string): string {
  return member.charAt(0).toLowerCase() + member.slice(1);
}

const JAVA_WHITESPACE = ' \\t\\n\\x0B\\f\\r';
const compiled = new Map<string, RegExp>();

/**
 * Turns a model pattern (java.util.regex, matched against the whole value) into a JS RegExp.
 * Java's \s is ASCII-only where JS's is Unicode, an inline (?s) becomes the `s` flag, and escapes
 * of punctuation that `u` mode rejects become literals.
 */
export function compileModelPattern(pattern: string): RegExp {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  let source = pattern;
  let flags = 'u';
  if (source.startsWith('(?s)')) {
    source = source.slice(4);
    flags += 's';
  }
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 's') out += inClass ? JAVA_WHITESPACE : `[${JAVA_WHITESPACE}]`;
      else if (next === 'S' && !inClass) out += `[^${JAVA_WHITESPACE}]`;
      else if (next === 'S' && source[i - 2] === '[' && source[i + 1] === ']') {
        out = `${out.slice(0, -1)}[^${JAVA_WHITESPACE}`; // the class [\S] as a whole
      } else if (
        /[A-Za-z0-9]/.test(next) ||
        '^$\\.*+?()[]{}|/'.includes(next) ||
        (inClass && next === '-')
      ) {
        out += `\\${next}`;
      } else out += next;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  const regex = new RegExp(`^(?:${out})$`, flags);
  compiled.set(pattern, regex);
  return regex;
}
