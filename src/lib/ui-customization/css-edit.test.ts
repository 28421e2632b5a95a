import { describe, expect, it } from 'vitest';
import { effectiveProperties, removeProperty, serializeCss, setProperty } from './css-edit';
import { validateCss } from './validate-css';

describe('serializeCss', () => {
  it('writes one readable block per rule, in order', () => {
    const css = serializeCss([
      { selector: 'label-customizable', declarations: [{ property: 'font-weight', value: '700' }] },
      {
        selector: 'submitButton-customizable:hover',
        declarations: [
          { property: 'color', value: '#fff' },
          { property: 'background-color', value: 'navy' },
        ],
      },
    ]);
    expect(css).toBe(
      '.label-customizable {\n  font-weight: 700;\n}\n\n.submitButton-customizable:hover {\n  color: #fff;\n  background-color: navy;\n}\n',
    );
  });

  it('parses back into the same rules', () => {
    const rules = [
      {
        selector: 'banner-customizable',
        declarations: [{ property: 'padding', value: '1px 2px 3px 4px' }],
      },
    ];
    const parsed = validateCss(serializeCss(rules));
    expect(parsed.errors).toEqual([]);
    expect(
      parsed.rules.map((r) => ({
        selector: r.selector.slice(1),
        declarations: r.declarations.map(({ property, value }) => ({ property, value })),
      })),
    ).toEqual(rules);
  });
});

describe('setProperty', () => {
  const draft = `/* brand colours */
.label-customizable {
  font-weight: 400;
  color: #333; /* dark grey */
}

.banner-customizable { background-color: lightgray; }
`;

  it('replaces a value in place and keeps comments and layout', () => {
    expect(setProperty(draft, 'label-customizable', 'color', 'navy')).toBe(
      draft.replace('color: #333;', 'color: navy;'),
    );
  });

  it('adds a declaration at the end of a multi-line rule, with its indent', () => {
    expect(setProperty(draft, 'label-customizable', 'FONT-weight', '700')).toBe(
      draft.replace('font-weight: 400', 'font-weight: 700'),
    );
    const css = '.logo-customizable {\n    max-width: 50%;\n}\n';
    expect(setProperty(css, 'logo-customizable', 'max-height', '20%')).toBe(
      '.logo-customizable {\n    max-width: 50%;\n    max-height: 20%;\n}\n',
    );
  });

  it('adds to a one-line rule on its line', () => {
    expect(setProperty(draft, 'banner-customizable', 'padding', '1px 2px 3px 4px')).toContain(
      '.banner-customizable { background-color: lightgray; padding: 1px 2px 3px 4px; }',
    );
    expect(
      setProperty('.banner-customizable {}', 'banner-customizable', 'padding', '0 0 0 0'),
    ).toBe('.banner-customizable { padding: 0 0 0 0; }');
  });

  it('adds the missing semicolon of the last declaration first', () => {
    expect(
      setProperty(
        '.label-customizable {\n  color: red\n}',
        'label-customizable',
        'font-weight',
        '700',
      ),
    ).toBe('.label-customizable {\n  color: red;\n  font-weight: 700;\n}');
  });

  it('appends a rule for a selector the draft does not style yet', () => {
    expect(setProperty(draft, 'submitButton-customizable:hover', 'color', 'white')).toBe(
      `${draft}\n.submitButton-customizable:hover {\n  color: white;\n}\n`,
    );
    expect(setProperty('', 'label-customizable', 'color', 'red')).toBe(
      '.label-customizable {\n  color: red;\n}\n',
    );
  });

  it('edits the declaration that wins when a property is set twice', () => {
    const css = '.label-customizable { color: red; }\n.label-customizable { color: blue; }\n';
    expect(setProperty(css, 'label-customizable', 'color', 'green')).toBe(
      '.label-customizable { color: red; }\n.label-customizable { color: green; }\n',
    );
  });

  it('does not touch the :hover rule when editing the plain class', () => {
    const css = '.submitButton-customizable:hover { color: red; }\n';
    expect(setProperty(css, 'submitButton-customizable', 'color', 'blue')).toBe(
      `${css}\n.submitButton-customizable {\n  color: blue;\n}\n`,
    );
  });

  it('refuses a value that would break the text apart', () => {
    expect(() => setProperty(draft, 'label-customizable', 'color', 'red; } .x {')).toThrow();
  });

  it('keeps the result valid and visible to the control editor', () => {
    const css = setProperty(
      setProperty(draft, 'label-customizable', 'color', '#123456'),
      'logo-customizable',
      'max-width',
      '40%',
    );
    expect(validateCss(css).errors).toEqual([]);
    expect(effectiveProperties(css).get('label-customizable')?.get('color')).toBe('#123456');
    expect(effectiveProperties(css).get('logo-customizable')?.get('max-width')).toBe('40%');
  });
});

describe('removeProperty', () => {
  it('removes the line of a declaration and keeps the rest', () => {
    const css = '.label-customizable {\n  font-weight: 400;\n  color: red;\n}\n';
    expect(removeProperty(css, 'label-customizable', 'color')).toBe(
      '.label-customizable {\n  font-weight: 400;\n}\n',
    );
  });

  it('removes a declaration from a one-line rule', () => {
    expect(
      removeProperty('.x-customizable { color: red; font-size: 2px; }', 'x-customizable', 'color'),
    ).toBe('.x-customizable { font-size: 2px; }');
  });

  it('removes a rule left empty, and every declaration of the property', () => {
    const css =
      '.a-c { color: red; }\n.label-customizable {\n  color: red;\n}\n.label-customizable { color: blue; }\n.b-c { color: red; }\n';
    expect(removeProperty(css, 'label-customizable', 'color')).toBe(
      '.a-c { color: red; }\n.b-c { color: red; }\n',
    );
  });

  it('keeps a rule that still holds a comment', () => {
    expect(
      removeProperty(
        '.label-customizable { /* brand */ color: red; }',
        'label-customizable',
        'color',
      ),
    ).toBe('.label-customizable { /* brand */ }');
  });

  it('leaves the text as it is when the property is not set', () => {
    const css = '.label-customizable { color: red; }';
    expect(removeProperty(css, 'label-customizable', 'font-weight')).toBe(css);
  });
});

describe('effectiveProperties', () => {
  it('the last declaration wins, per selector', () => {
    const props = effectiveProperties(
      '.label-customizable { color: red; }\n.label-customizable { color: blue; font-weight: 700 }\n.label-customizable:hover { color: green; }',
    );
    expect(Object.fromEntries(props.get('label-customizable')!)).toEqual({
      color: 'blue',
      'font-weight': '700',
    });
    expect(props.get('label-customizable:hover')?.get('color')).toBe('green');
  });
});
