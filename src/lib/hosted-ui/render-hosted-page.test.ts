import { describe, expect, it } from 'vitest';
import { validateCss } from '../ui-customization/validate-css';
import { awsDefaultCustomizationCss } from './base-css';
import { customizableClasses, elementSelectors } from './element-selectors';
import { renderHostedPage, type HostedPageOptions, type HostedView } from './render-hosted-page';

const full: HostedPageOptions = {
  view: 'signIn',
  css: '.submitButton-customizable { background-color: navy; }',
  logoUrl: 'data:image/png;base64,iVBORw0KGgo=',
  providers: [
    { name: 'AcmeSAML', type: 'SAML' },
    { name: 'Okta', type: 'OIDC' },
    { name: 'Google', type: 'Google' },
    { name: 'SignInWithApple', type: 'SignInWithApple' },
  ],
  selfSignUp: true,
  signUpAttributes: [
    { name: 'email', required: true },
    { name: 'custom:company', required: false },
  ],
  clientName: 'acme-web',
  errorMessage: 'Incorrect username or password.',
  passwordChecks: [
    { text: 'Password must contain a lower case letter', valid: true },
    { text: 'Password must contain at least 12 characters', valid: false },
  ],
};

const views: HostedView[] = ['signIn', 'signUp', 'forgotPassword'];
const render = (options: Partial<HostedPageOptions> = {}) =>
  renderHostedPage({ ...full, ...options });

/** The markup after the stylesheets, which name every class. */
const bodyOf = (html: string) => html.slice(html.indexOf('<body>'));

/** The class attribute values of every element, as a flat list of class names. */
const classesIn = (html: string) =>
  [...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/));

describe('renderHostedPage', () => {
  it('the sign-in view has the classic page’s parts', () => {
    const html = render();
    expect(html).toContain(
      '<img alt="logo" class="logo-customizable" src="data:image/png;base64,iVBORw0KGgo=">',
    );
    expect(html).toContain(
      '<span class="idpDescription-customizable">Sign in with your corporate ID</span>',
    );
    expect(html).toMatch(/class="btn btn-info idpButton-customizable">AcmeSAML</);
    expect(html).toMatch(
      /class="btn google-button socialButton-customizable"><span class="social-button-label">Continue with Google</,
    );
    expect(html).toContain('Continue with Apple');
    expect(html).toContain("We won't post to any of your accounts without asking first");
    expect(html).toContain(
      '<label for="signInFormUsername" class="label-customizable">Username</label>',
    );
    expect(html).toContain('type="password" class="form-control inputField-customizable"');
    expect(html).toContain('value="Sign in" class="btn btn-primary submitButton-customizable"');
    expect(html).toContain('Forgot your password?');
    expect(html).toContain('<span>Need an account?</span>&nbsp;<a href="#">Sign up</a>');
    expect(html).toContain(
      '<p id="errorMessage" class="errorMessage-customizable" role="alert">Incorrect username or password.</p>',
    );
    expect(html).toContain('<title>Signin - acme-web</title>');
  });

  it('applies the customization after the page’s own stylesheet', () => {
    const html = render();
    const base = html.indexOf('.submitButton-customizable { font-size: 14px');
    const custom = html.indexOf('.submitButton-customizable { background-color: navy; }');
    expect(base).toBeGreaterThan(0);
    expect(custom).toBeGreaterThan(base);
  });

  it('shows sign-up only when self sign-up is on', () => {
    expect(render({ selfSignUp: false })).not.toContain('Need an account?');
  });

  it('shows provider buttons only for the client’s providers', () => {
    const html = bodyOf(render({ providers: [] }));
    expect(html).not.toContain('idpButton-customizable');
    expect(html).not.toContain('socialButton-customizable');
    expect(html).not.toContain('login-or');
    const onlySocial = bodyOf(render({ providers: [{ name: 'Facebook', type: 'Facebook' }] }));
    expect(onlySocial).not.toContain('idpDescription-customizable');
    expect(onlySocial).toContain('Continue with Facebook');
  });

  it('the sign-up view asks for the pool’s attributes and shows the password checks', () => {
    const html = render({ view: 'signUp' });
    expect(html).toContain(
      '<label for="signUpFormAttribute0" class="label-customizable">Email</label>',
    );
    expect(html).toMatch(
      /id="signUpFormAttribute0" name="requiredAttributes\[email\]" type="email"[^>]* required>/,
    );
    expect(html).toContain('>company</label>');
    expect(html).not.toMatch(/id="signUpFormAttribute1"[^>]* required>/);
    expect(html).toMatch(
      /<li class="passwordCheck-valid-customizable"><span aria-hidden="true" class="check-mark">&#10003;<\/span><span>Password must contain a lower case letter/,
    );
    expect(html).toMatch(
      /<li class="passwordCheck-notValid-customizable">.*&#10006;.*at least 12 characters/,
    );
    expect(html).toContain('value="Sign up"');
  });

  it('the forgot-password view', () => {
    const html = render({ view: 'forgotPassword' });
    expect(html).toContain('Forgot your password?');
    expect(html).toContain('value="Reset my password"');
    expect(bodyOf(html)).not.toContain('idpButton-customizable');
  });

  it('escapes every string from the pool or the user', () => {
    const hostile = '"><img src=x onerror=alert(1)><script>alert(1)</script>';
    const html = render({
      view: 'signUp',
      clientName: hostile,
      errorMessage: hostile,
      providers: [{ name: hostile, type: 'OIDC' }],
      signUpAttributes: [{ name: `custom:${hostile}`, required: true }],
      passwordChecks: [{ text: hostile, valid: false }],
    });
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/<img src=x/);
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
  });

  it('cannot be broken out of through the CSS', () => {
    const html = render({
      css: '.label-customizable { color: red; }</style><script>alert(1)</script><style>',
    });
    expect(html).not.toMatch(/<\/style><script/i);
    expect(html).not.toContain('<script');
    expect(html.match(/<\/style>/g)).toHaveLength(2);
  });

  it('holds no script, no event handler, and forbids scripts by policy', () => {
    for (const view of views) {
      const html = render({ view });
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html).not.toMatch(/javascript:/i);
      expect(html).toContain(
        `content="default-src 'none'; style-src 'unsafe-inline'; img-src data: http: https:; form-action 'self'"`,
      );
    }
  });

  it('leaves out a logo or link that is not http(s) or a PNG/JPEG data URL', () => {
    expect(render({ logoUrl: 'javascript:alert(1)' })).not.toContain('logo-customizable" src');
    expect(render({ logoUrl: 'data:image/svg+xml;base64,PHN2Zz4=' })).not.toContain('<img');
    expect(render({ logoUrl: 'https://cdn.example/logo.png' })).toContain(
      'src="https://cdn.example/logo.png"',
    );
    const html = render({
      links: {
        signUp: 'javascript:alert(1)',
        forgotPassword: '/hosted-ui/acme/forgotPassword?client_id=a&x=1',
      },
    });
    expect(html).toContain('<a href="#">Sign up</a>');
    expect(html).toContain('href="/hosted-ui/acme/forgotPassword?client_id=a&amp;x=1"');
  });

  it('is the same for the same input (console preview and emulator page agree)', () => {
    expect(render()).toBe(render());
  });
});

describe('elementSelectors', () => {
  it('covers every customizable class in the sign-up view, and each view’s selectors are in its markup', () => {
    expect(Object.keys(elementSelectors.signUp).sort()).toEqual([...customizableClasses].sort());
    for (const view of views) {
      const present = new Set(classesIn(render({ view })));
      for (const className of Object.keys(elementSelectors[view])) {
        expect(present, `${view}: ${className}`).toContain(className);
      }
    }
  });

  it('lists for each view exactly the customizable classes the view shows', () => {
    for (const view of views) {
      const shown = new Set(classesIn(render({ view })).filter((c) => c.endsWith('-customizable')));
      expect([...shown].sort()).toEqual(Object.keys(elementSelectors[view]).sort());
    }
  });
});

describe('awsDefaultCustomizationCss', () => {
  it('is itself a customization AWS accepts', () => {
    expect(validateCss(awsDefaultCustomizationCss).errors).toEqual([]);
  });
});
