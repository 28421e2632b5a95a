/**
 * What the classic hosted UI lets a customization style: each selector, the properties it accepts
 * and the kind of value each takes. The Branding editor's controls are generated from this table and
 * the CSS validator checks against it.
 *
 * Source: AWS developer guide, "Customizing hosted UI (classic) branding". Where the guide names a
 * property the short list in shared/docs leaves out (label, textDescription and idpDescription
 * `color`, logo `background-color`), the guide wins. `socialButton` `border-radius` and `padding`,
 * and `redirect` `text-align`, are in AWS's own CSS template (the one GetUICustomization returns),
 * which AWS therefore accepts. The guide lists `redirect-customizable` without properties; it takes
 * colour and font size here.
 */

/** A length: a number with one of `units`; a bare `0` is always accepted. */
export interface LengthKind {
  kind: 'length';
  units: readonly ('px' | '%' | 'em' | 'rem' | 'pt')[];
  min?: number;
  max?: number;
}

export type ValueKind =
  | { kind: 'color' }
  | LengthKind
  /** 1 to `max` lengths separated by spaces, e.g. margin's four values. */
  | { kind: 'lengths'; count: { min: number; max: number }; length: LengthKind }
  | { kind: 'fontWeightNumber'; min: number; max: number; step: number }
  | { kind: 'enum'; values: readonly string[] }
  /** width (px, within the range), style (`styles`) and colour, in any order. */
  | { kind: 'border'; width: LengthKind; styles: readonly string[] };

export interface AllowedProperty {
  name: string;
  value: ValueKind;
  /** What the control shows as its label. */
  label: string;
}

export interface CustomizableSelector {
  /** The selector as it is written in CSS, without the leading dot. */
  selector: string;
  /** The class the selector styles (the selector without its pseudo-class). */
  className: string;
  pseudo?: 'hover' | 'focus';
  /** What the element is on the hosted page, for the editor's heading. */
  description: string;
  properties: readonly AllowedProperty[];
}

const color: ValueKind = { kind: 'color' };
const px = (min = 0, max?: number): LengthKind => ({ kind: 'length', units: ['px'], min, max });
const percent: LengthKind = { kind: 'length', units: ['%'], min: 0, max: 100 };
const size: LengthKind = { kind: 'length', units: ['px', 'em', 'rem', 'pt', '%'], min: 0 };
const fourValues: ValueKind = {
  kind: 'lengths',
  count: { min: 4, max: 4 },
  length: { kind: 'length', units: ['px', 'em', 'rem', '%'] },
};
const oneToFour: ValueKind = { kind: 'lengths', count: { min: 1, max: 4 }, length: size };
const block: ValueKind = { kind: 'enum', values: ['block', 'inline'] };
const align: ValueKind = { kind: 'enum', values: ['left', 'right', 'center'] };
const border: ValueKind = { kind: 'border', width: px(1, 100), styles: ['solid', 'none'] };

const p = (name: string, value: ValueKind, label: string): AllowedProperty => ({
  name,
  value,
  label,
});

export const customizableSelectors: readonly CustomizableSelector[] = [
  {
    selector: 'background-customizable',
    className: 'background-customizable',
    description: 'Page background',
    properties: [p('background-color', color, 'Background colour')],
  },
  {
    selector: 'banner-customizable',
    className: 'banner-customizable',
    description: 'Banner around the logo',
    properties: [
      p('padding', fourValues, 'Padding (top right bottom left)'),
      p('background-color', color, 'Background colour'),
    ],
  },
  {
    selector: 'logo-customizable',
    className: 'logo-customizable',
    description: 'Logo',
    properties: [
      p('max-width', percent, 'Maximum width (%)'),
      p('max-height', percent, 'Maximum height (%)'),
      p('background-color', color, 'Background colour'),
    ],
  },
  {
    selector: 'label-customizable',
    className: 'label-customizable',
    description: 'Field labels',
    properties: [
      p('font-weight', { kind: 'fontWeightNumber', min: 100, max: 900, step: 100 }, 'Font weight'),
      p('color', color, 'Text colour'),
    ],
  },
  {
    selector: 'inputField-customizable',
    className: 'inputField-customizable',
    description: 'Input fields',
    properties: [
      p('width', percent, 'Width (%)'),
      p('height', px(), 'Height (px)'),
      p('color', color, 'Text colour'),
      p('background-color', color, 'Background colour'),
      p('border', border, 'Border (width style colour)'),
    ],
  },
  {
    selector: 'inputField-customizable:focus',
    className: 'inputField-customizable',
    pseudo: 'focus',
    description: 'Input field with focus',
    properties: [p('border-color', color, 'Border colour'), p('outline', px(), 'Outline (px)')],
  },
  {
    selector: 'textDescription-customizable',
    className: 'textDescription-customizable',
    description: 'Text above the sign-in form',
    properties: [
      p('padding-top', size, 'Padding above'),
      p('padding-bottom', size, 'Padding below'),
      p('display', block, 'Display'),
      p('font-size', size, 'Font size'),
      p('color', color, 'Text colour'),
    ],
  },
  {
    selector: 'idpDescription-customizable',
    className: 'idpDescription-customizable',
    description: 'Text above the identity-provider buttons',
    properties: [
      p('padding-top', size, 'Padding above'),
      p('padding-bottom', size, 'Padding below'),
      p('display', block, 'Display'),
      p('font-size', size, 'Font size'),
      p('color', color, 'Text colour'),
    ],
  },
  {
    selector: 'submitButton-customizable',
    className: 'submitButton-customizable',
    description: 'Submit button',
    properties: [
      p('font-size', size, 'Font size'),
      p('font-weight', { kind: 'enum', values: ['bold', 'italic', 'normal'] }, 'Font weight'),
      p('margin', fourValues, 'Margin (top right bottom left)'),
      p('width', percent, 'Width (%)'),
      p('height', px(), 'Height (px)'),
      p('color', color, 'Text colour'),
      p('background-color', color, 'Background colour'),
    ],
  },
  {
    selector: 'submitButton-customizable:hover',
    className: 'submitButton-customizable',
    pseudo: 'hover',
    description: 'Submit button under the pointer',
    properties: [
      p('color', color, 'Text colour'),
      p('background-color', color, 'Background colour'),
    ],
  },
  {
    selector: 'errorMessage-customizable',
    className: 'errorMessage-customizable',
    description: 'Error message',
    properties: [
      p('margin', fourValues, 'Margin (top right bottom left)'),
      p('padding', oneToFour, 'Padding'),
      p('font-size', size, 'Font size'),
      p('width', percent, 'Width (%)'),
      p('background', color, 'Background colour'),
      p('border', border, 'Border (width style colour)'),
      p('color', color, 'Text colour'),
      p('box-sizing', { kind: 'enum', values: ['content-box', 'border-box'] }, 'Box sizing'),
    ],
  },
  {
    selector: 'idpButton-customizable',
    className: 'idpButton-customizable',
    description: 'SAML and OIDC provider buttons',
    properties: [
      p('height', px(), 'Height (px)'),
      p('width', percent, 'Width (%)'),
      p('text-align', align, 'Text alignment'),
      p('margin-bottom', size, 'Margin below'),
      p('color', color, 'Text colour'),
      p('background-color', color, 'Background colour'),
      p('border-color', color, 'Border colour'),
    ],
  },
  {
    selector: 'idpButton-customizable:hover',
    className: 'idpButton-customizable',
    pseudo: 'hover',
    description: 'Provider button under the pointer',
    properties: [
      p('color', color, 'Text colour'),
      p('background-color', color, 'Background colour'),
    ],
  },
  {
    selector: 'socialButton-customizable',
    className: 'socialButton-customizable',
    description: 'Social sign-in buttons',
    properties: [
      p('height', px(), 'Height (px)'),
      p('text-align', align, 'Text alignment'),
      p('width', percent, 'Width (%)'),
      p('margin-bottom', size, 'Margin below'),
      p('border-radius', px(), 'Corner radius (px)'),
      p('padding', oneToFour, 'Padding'),
    ],
  },
  {
    selector: 'legalText-customizable',
    className: 'legalText-customizable',
    description: 'Line under the social buttons',
    properties: [p('color', color, 'Text colour'), p('font-size', size, 'Font size')],
  },
  {
    selector: 'redirect-customizable',
    className: 'redirect-customizable',
    description: '"Need an account? Sign up" line',
    properties: [
      p('text-align', align, 'Text alignment'),
      p('color', color, 'Text colour'),
      p('font-size', size, 'Font size'),
    ],
  },
  {
    selector: 'passwordCheck-valid-customizable',
    className: 'passwordCheck-valid-customizable',
    description: 'Password rule met',
    properties: [p('color', color, 'Text colour')],
  },
  {
    selector: 'passwordCheck-notValid-customizable',
    className: 'passwordCheck-notValid-customizable',
    description: 'Password rule not met',
    properties: [p('color', color, 'Text colour')],
  },
];

const bySelector = new Map(customizableSelectors.map((s) => [s.selector, s]));

/** The entry for a selector as written without its dot (`submitButton-customizable:hover`). */
export function findCustomizableSelector(selector: string): CustomizableSelector | undefined {
  return bySelector.get(selector);
}

/** The customizable classes, each once (pseudo-class selectors share their class). */
export const customizableClasses: readonly string[] = [
  ...new Set(customizableSelectors.map((s) => s.className)),
];
