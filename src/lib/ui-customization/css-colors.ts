/** CSS named colours (CSS Color Module Level 4), plus the two keywords that act as colours. */
const names =
  'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet ' +
  'brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan ' +
  'darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta ' +
  'darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen darkslateblue ' +
  'darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue dimgray dimgrey ' +
  'dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray ' +
  'green greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender lavenderblush ' +
  'lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow lightgray ' +
  'lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
  'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon ' +
  'mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue ' +
  'mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream mistyrose moccasin ' +
  'navajowhite navy oldlace olive olivedrab orange orangered orchid palegoldenrod palegreen ' +
  'paleturquoise palevioletred papayawhip peachpuff peru pink plum powderblue purple rebeccapurple ' +
  'red rosybrown royalblue saddlebrown salmon sandybrown seagreen seashell sienna silver skyblue ' +
  'slateblue slategray slategrey snow springgreen steelblue tan teal thistle tomato turquoise ' +
  'violet wheat white whitesmoke yellow yellowgreen transparent currentcolor';

const namedColors = new Set(names.split(' '));

const hex = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const number = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

function parseNumber(text: string, unit = ''): number | undefined {
  if (!text.endsWith(unit)) return undefined;
  const digits = unit ? text.slice(0, -unit.length) : text;
  return number.test(digits) ? Number(digits) : undefined;
}

const inRange = (n: number | undefined, min: number, max: number) =>
  n !== undefined && n >= min && n <= max;

function isAlpha(text: string): boolean {
  return inRange(parseNumber(text), 0, 1) || inRange(parseNumber(text, '%'), 0, 100);
}

function isRgbChannel(text: string): boolean {
  return inRange(parseNumber(text), 0, 255) || inRange(parseNumber(text, '%'), 0, 100);
}

function isHue(text: string): boolean {
  return ['', 'deg', 'turn', 'rad', 'grad'].some(
    (unit) => (unit || !/[a-z]$/i.test(text)) && parseNumber(text, unit) !== undefined,
  );
}

/** The arguments of `name(a, b, c[, d])` or `name(a b c[ / d])`, or undefined when malformed. */
function functionArguments(value: string): { name: string; args: string[] } | undefined {
  const match = /^([a-z]+)\(([^()]*)\)$/i.exec(value);
  if (!match) return undefined;
  const name = match[1]!.toLowerCase();
  const inner = match[2]!.trim();
  if (inner.includes(',')) {
    return { name, args: inner.split(',').map((a) => a.trim()) };
  }
  const [colour, alpha, ...rest] = inner.split('/');
  if (rest.length > 0) return undefined;
  const args = colour!.trim().split(/\s+/);
  if (alpha !== undefined) args.push(alpha.trim());
  return { name, args };
}

/** Whether `value` is a standard CSS colour: a name, a hex colour, rgb(a)() or hsl(a)(). */
export function isCssColor(value: string): boolean {
  const text = value.trim();
  if (namedColors.has(text.toLowerCase()) || hex.test(text)) return true;
  const fn = functionArguments(text);
  if (!fn || fn.args.length < 3 || fn.args.length > 4) return false;
  const [a, b, c, alpha] = fn.args as [string, string, string, string | undefined];
  if (alpha !== undefined && !isAlpha(alpha)) return false;
  if (fn.name === 'rgb' || fn.name === 'rgba') {
    return [a, b, c].every(isRgbChannel);
  }
  if (fn.name === 'hsl' || fn.name === 'hsla') {
    return isHue(a) && [b, c].every((t) => inRange(parseNumber(t, '%'), 0, 100));
  }
  return false;
}
