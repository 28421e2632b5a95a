import { describe, expect, it } from 'vitest';
import { controlKey, problemsByControl } from './control-problems';
import { validateCss } from './validate-css';

describe('problemsByControl', () => {
  it("puts a value out of range at its selector's property", () => {
    const css = '.label-customizable {\n  font-weight: 950;\n}\n';
    const problems = problemsByControl(validateCss(css));
    expect(problems.get(controlKey('label-customizable', 'font-weight'))?.[0]).toMatch(
      /outside the range/,
    );
    expect(problems.size).toBe(1);
  });

  it('puts a property the selector does not accept at that property', () => {
    const css = '.logo-customizable { color: red; }';
    expect(
      problemsByControl(validateCss(css)).get(controlKey('logo-customizable', 'color')),
    ).toEqual([expect.stringMatching(/not a property \.logo-customizable accepts/)]);
  });

  it('leaves problems outside any declaration (an at-rule, an unknown class) to the CSS text', () => {
    const css = '@import "x.css";\n.nope-customizable { color: red; }';
    const validation = validateCss(css);
    expect(validation.errors.length).toBeGreaterThan(0);
    expect(problemsByControl(validation).size).toBe(0);
  });
});
