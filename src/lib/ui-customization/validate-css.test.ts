import { describe, expect, it } from 'vitest';
import { maxCssBytes, setUICustomizationCssError, validateCss } from './validate-css';

/** AWS's CSS template for the classic hosted UI, as GetUICustomization returns it. */
const awsTemplate = `
.logo-customizable {
  max-width: 60%;
  max-height: 30%;
}
.banner-customizable {
  padding: 25px 0px 25px 0px;
  background-color: lightgray;
}
.label-customizable {
  font-weight: 400;
}
.textDescription-customizable {
  padding-top: 10px;
  padding-bottom: 10px;
  display: block;
  font-size: 16px;
}
.idpDescription-customizable {
  padding-top: 10px;
  padding-bottom: 10px;
  display: block;
  font-size: 16px;
}
.legalText-customizable {
  color: #747474;
  font-size: 11px;
}
.submitButton-customizable {
  font-size: 14px;
  font-weight: bold;
  margin: 20px 0px 10px 0px;
  height: 40px;
  width: 100%;
  color: #fff;
  background-color: #337ab7;
}
.submitButton-customizable:hover {
  color: #fff;
  background-color: #286090;
}
.errorMessage-customizable {
  padding: 5px;
  font-size: 14px;
  width: 100%;
  background: #F5F5F5;
  border: 2px solid #D64958;
  color: #D64958;
}
.inputField-customizable {
  width: 100%;
  height: 34px;
  color: #555;
  background-color: #fff;
  border: 1px solid #ccc;
}
.inputField-customizable:focus {
  border-color: #66afe9;
  outline: 0;
}
.idpButton-customizable {
  height: 40px;
  width: 100%;
  width: 100%;
  text-align: center;
  margin-bottom: 15px;
  color: #fff;
  background-color: #5bc0de;
  border-color: #46b8da;
}
.idpButton-customizable:hover {
  color: #fff;
  background-color: #31b0d5;
}
.socialButton-customizable {
  border-radius: 2px;
  height: 40px;
  margin-bottom: 15px;
  padding: 1px;
  text-align: left;
  width: 100%;
}
.redirect-customizable {
  text-align: center;
}
.passwordCheck-notValid-customizable {
  color: #DF3312;
}
.passwordCheck-valid-customizable {
  color: #19BF00;
}
.background-customizable {
  background-color: #fff;
}
`;

const errorsOf = (css: string) => validateCss(css).errors;

describe('validateCss', () => {
  it('accepts AWS’s own template, and returns its rules with their places', () => {
    const { errors, rules } = validateCss(awsTemplate);
    expect(errors).toEqual([]);
    expect(rules).toHaveLength(18);
    const submit = rules.find((r) => r.selector === '.submitButton-customizable')!;
    expect(submit.position).toMatchObject({ line: 29, column: 1 });
    expect(submit.declarations[1]).toMatchObject({
      property: 'font-weight',
      value: 'bold',
      position: { line: 31, column: 3 },
      valuePosition: { line: 31, column: 16 },
    });
  });

  it('accepts empty CSS', () => {
    expect(validateCss('')).toEqual({ rules: [], errors: [] });
  });

  it('refuses a class outside the list, at its line', () => {
    expect(errorsOf('.label-customizable { color: red; }\n.header { color: red; }')).toEqual([
      {
        line: 2,
        column: 1,
        message: expect.stringMatching(/^\.header is not a class the hosted UI lets you style/),
      },
    ]);
  });

  it('refuses selectors that are not one customizable class', () => {
    for (const selector of ['body', '.a-customizable .b', 'div.label-customizable', '*', '#x']) {
      expect(errorsOf(`${selector} { color: red; }`)[0]?.message).toMatch(
        /is not a selector AWS accepts|is not a class/,
      );
    }
  });

  it('refuses a pseudo-class the class does not have, naming the one it has', () => {
    expect(errorsOf('.inputField-customizable:hover { color: red; }')[0]?.message).toBe(
      ':hover cannot be styled on .inputField-customizable; it accepts :focus.',
    );
    expect(errorsOf('.label-customizable:hover { color: red; }')[0]?.message).toBe(
      ':hover cannot be styled on .label-customizable.',
    );
  });

  it('refuses a property the class does not allow, at the property', () => {
    expect(errorsOf('.logo-customizable {\n  max-width: 50%;\n  position: fixed;\n}')).toEqual([
      {
        line: 3,
        column: 3,
        message:
          'position is not a property .logo-customizable accepts. It accepts: max-width, max-height, background-color.',
      },
    ]);
  });

  it('refuses a value outside AWS’s range or of the wrong kind, at the value', () => {
    expect(errorsOf('.label-customizable {\n  font-weight: 1000;\n}')).toEqual([
      {
        line: 2,
        column: 16,
        message: expect.stringMatching(/^font-weight: "1000" is outside the range AWS accepts/),
      },
    ]);
    expect(errorsOf('.background-customizable { background-color: 12px; }')[0]?.message).toMatch(
      /"12px" is not a colour/,
    );
  });

  it('checks every selector of a selector list', () => {
    expect(errorsOf('.label-customizable, .legalText-customizable { color: red; }')).toEqual([]);
    expect(
      errorsOf('.label-customizable, .logo-customizable { font-weight: 700; }')[0]?.message,
    ).toMatch(/font-weight is not a property \.logo-customizable accepts/);
  });

  it.each([
    '@import "x.css";',
    '@media (max-width: 600px) { .label-customizable { color: red; } }',
    '@supports (color: red) {}',
    '@page { margin: 0 }',
    '@font-face { font-family: x; }',
    '@charset "utf-8";',
  ])('refuses the at-rule in %s', (css) => {
    const [first] = errorsOf(css);
    expect(first).toMatchObject({ line: 1, column: 1 });
    expect(first?.message).toMatch(/^@[\w-]+ is not allowed: AWS accepts no at-rule/);
  });

  it('refuses an at-rule inside a rule', () => {
    expect(errorsOf('.label-customizable {\n  @media print { color: red }\n}')[0]).toMatchObject({
      line: 2,
      column: 3,
    });
  });

  it('refuses script: url(javascript:), javascript:, expression(), <script', () => {
    expect(
      errorsOf('.background-customizable { background-color: url(javascript:alert(1)); }'),
    ).toEqual([
      {
        line: 1,
        column: 46,
        message: 'url(javascript:…) is script, which AWS rejects in hosted UI CSS.',
      },
    ]);
    expect(errorsOf(".label-customizable { color: url( 'JavaScript:x' ); }")[0]?.message).toMatch(
      /url\(javascript:…\) is script/,
    );
    expect(errorsOf('.label-customizable { color: expression(alert(1)); }')[0]?.message).toMatch(
      /expression\(\) is script/,
    );
    expect(
      errorsOf('.label-customizable { color: red; }\n<script>alert(1)</script>').map(
        (e) => e.message,
      ),
    ).toContain('<script> is not allowed in hosted UI CSS.');
    expect(errorsOf('.label-customizable { color: javascript:x; }')[0]?.message).toMatch(
      /"javascript:" is script/,
    );
  });

  it('refuses any url(), since no customizable property takes one', () => {
    expect(
      errorsOf('.background-customizable { background-color: url(https://x.example/a.png); }')[0]
        ?.message,
    ).toMatch(/^url\(\) is not allowed/);
  });

  it('ignores comments, even ones holding braces', () => {
    expect(
      errorsOf('/* .header { } */\n.label-customizable { /* } */ color: red; /* ; */ }'),
    ).toEqual([]);
    expect(
      validateCss(
        '.label-customizable { color: /* brand */ red; }',
      ).rules[0]?.declarations[0]?.value.trim(),
    ).toBe('red');
  });

  it('reports an unclosed comment', () => {
    expect(errorsOf('.label-customizable { color: red; }\n/* note')[0]).toMatchObject({
      line: 2,
      column: 1,
      message: 'This comment is never closed: add */.',
    });
  });

  it('reports unbalanced braces where they are', () => {
    expect(errorsOf('.label-customizable {\n  color: red;\n')).toEqual([
      { line: 1, column: 21, message: 'Unbalanced braces: this { is never closed.' },
    ]);
    expect(errorsOf('.label-customizable { color: red; }\n}')).toEqual([
      { line: 2, column: 1, message: 'Unbalanced braces: this } closes nothing.' },
    ]);
    expect(errorsOf('.label-customizable { .x { color: red } }')[0]?.message).toMatch(
      /Nested blocks/,
    );
  });

  it('reports a declaration without a colon and a selector without a block', () => {
    expect(errorsOf('.label-customizable { color red; }')[0]?.message).toBe(
      '"color red" is not a declaration: write property: value;',
    );
    expect(errorsOf('.label-customizable;')[0]?.message).toMatch(/has no \{ … \} block/);
  });

  it('refuses CSS over 3 KB, counted in UTF-8 bytes, at the point it goes over', () => {
    const rule = '.label-customizable { color: red; }\n';
    const atLimit = rule + '/*' + 'x'.repeat(maxCssBytes - rule.length - 4) + '*/';
    expect(new TextEncoder().encode(atLimit).length).toBe(maxCssBytes);
    expect(errorsOf(atLimit)).toEqual([]);
    const over = rule + '/*' + 'é'.repeat(1600) + '*/';
    const [error] = errorsOf(over);
    expect(error?.message).toMatch(
      /^The CSS is 3240 bytes; AWS accepts at most 3 KB \(3072 bytes\)/,
    );
    expect(error?.line).toBe(2);
  });

  it('lists errors in the order of the text', () => {
    const lines = errorsOf(
      '.header { color: red; }\n.label-customizable { font-weight: 42; }\n@import "x";',
    ).map((e) => e.line);
    expect(lines).toEqual([1, 2, 3]);
  });
});

describe('setUICustomizationCssError', () => {
  it('is null for accepted CSS and names the first problem otherwise', () => {
    expect(setUICustomizationCssError(awsTemplate)).toBeNull();
    expect(setUICustomizationCssError('.label-customizable { color: red; }\n@import "x";')).toBe(
      'Invalid CSS at line 2, column 1: @import is not allowed: AWS accepts no at-rule (@import, @media, @supports, @page or any other) in hosted UI CSS.',
    );
  });
});
