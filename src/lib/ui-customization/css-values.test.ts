import { describe, expect, it } from 'vitest';
import { findCustomizableSelector } from './allowed-properties';
import { isCssColor } from './css-colors';
import { valueProblem } from './css-values';

const kindOf = (selector: string, property: string) =>
  findCustomizableSelector(selector)!.properties.find((p) => p.name === property)!.value;

describe('isCssColor', () => {
  it.each([
    'red',
    'LightGray',
    'rebeccapurple',
    'transparent',
    '#fff',
    '#ffff',
    '#336699',
    '#33669980',
    'rgb(0, 128, 255)',
    'rgba(0, 128, 255, 0.5)',
    'rgb(0 128 255 / 50%)',
    'rgb(10%, 20%, 30%)',
    'hsl(210, 50%, 40%)',
    'hsla(210deg, 50%, 40%, .3)',
  ])('accepts %s', (value) => expect(isCssColor(value)).toBe(true));

  it.each([
    'reddish',
    '#ff',
    '#12345',
    '#ggg',
    'rgb(256, 0, 0)',
    'rgb(0, 0)',
    'rgba(0, 0, 0, 2)',
    'hsl(10, 50, 40)',
    'url(x)',
    'expression(alert(1))',
    'var(--brand)',
  ])('refuses %s', (value) => expect(isCssColor(value)).toBe(false));
});

describe('valueProblem', () => {
  it('accepts the values of AWS’s own CSS template', () => {
    expect(
      valueProblem('font-weight', '400', kindOf('label-customizable', 'font-weight')),
    ).toBeNull();
    expect(
      valueProblem('margin', '20px 0px 10px 0px', kindOf('submitButton-customizable', 'margin')),
    ).toBeNull();
    expect(
      valueProblem('border', '1px solid #ccc', kindOf('inputField-customizable', 'border')),
    ).toBeNull();
    expect(
      valueProblem('border', '2px solid #D64958', kindOf('errorMessage-customizable', 'border')),
    ).toBeNull();
    expect(
      valueProblem('outline', '0', kindOf('inputField-customizable:focus', 'outline')),
    ).toBeNull();
    expect(valueProblem('width', '100%', kindOf('idpButton-customizable', 'width'))).toBeNull();
    expect(valueProblem('max-width', '80%', kindOf('logo-customizable', 'max-width'))).toBeNull();
    expect(
      valueProblem('padding', '25px 0px 25px 0px', kindOf('banner-customizable', 'padding')),
    ).toBeNull();
  });

  it('label font-weight: multiples of 100 from 100 to 900 only', () => {
    const kind = kindOf('label-customizable', 'font-weight');
    expect(valueProblem('font-weight', '950', kind)).toMatch(/outside the range.*100 to 900/);
    expect(valueProblem('font-weight', '450', kind)).toMatch(/outside the range/);
    expect(valueProblem('font-weight', 'bold', kind)).toMatch(/is not a multiple of 100/);
  });

  it('submit button font-weight: bold, italic or normal', () => {
    const kind = kindOf('submitButton-customizable', 'font-weight');
    expect(valueProblem('font-weight', 'italic', kind)).toBeNull();
    expect(valueProblem('font-weight', '700', kind)).toMatch(/one of bold, italic, normal/);
  });

  it('border: width 1-100px, solid or none, and a colour', () => {
    const kind = kindOf('inputField-customizable', 'border');
    expect(valueProblem('border', 'solid rgb(1, 2, 3) 3px', kind)).toBeNull();
    expect(valueProblem('border', '101px solid red', kind)).toMatch(/outside the range/);
    expect(valueProblem('border', '0px solid red', kind)).toMatch(/outside the range/);
    expect(valueProblem('border', '1px dashed red', kind)).toMatch(/is not a width/);
    expect(valueProblem('border', '1px solid', kind)).toMatch(/is not a width/);
  });

  it('margin takes exactly four values', () => {
    const kind = kindOf('submitButton-customizable', 'margin');
    expect(valueProblem('margin', '10px', kind)).toMatch(/4 sizes/);
    expect(valueProblem('margin', '1px 2px 3px 4px 5px', kind)).toMatch(/4 sizes/);
  });

  it('percent widths stay within 0-100% and heights are in px', () => {
    expect(valueProblem('width', '120%', kindOf('inputField-customizable', 'width'))).toMatch(
      /outside/,
    );
    expect(valueProblem('width', '300px', kindOf('inputField-customizable', 'width'))).toMatch(
      /is not a size in %/,
    );
    expect(valueProblem('height', '2em', kindOf('inputField-customizable', 'height'))).toMatch(
      /is not a size in px/,
    );
    expect(valueProblem('height', '-4px', kindOf('inputField-customizable', 'height'))).toMatch(
      /outside/,
    );
  });

  it('enumerations', () => {
    expect(
      valueProblem('display', 'flex', kindOf('textDescription-customizable', 'display')),
    ).toMatch(/one of block, inline/);
    expect(
      valueProblem('text-align', 'justify', kindOf('idpButton-customizable', 'text-align')),
    ).toMatch(/one of left, right, center/);
  });

  it('refuses !important with its own message', () => {
    expect(valueProblem('color', 'red !important', kindOf('label-customizable', 'color'))).toBe(
      'color: !important is not accepted; write the value alone.',
    );
  });

  it('names an empty value', () => {
    expect(valueProblem('color', '  ', kindOf('label-customizable', 'color'))).toMatch(
      /has no value/,
    );
  });
});
