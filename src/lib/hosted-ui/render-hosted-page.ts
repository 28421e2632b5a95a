import { hostedPageBaseCss } from './base-css';
import { cssForStyleElement, escapeHtml, safeUrl } from './escape-html';

export type HostedView = 'signIn' | 'signUp' | 'forgotPassword';

export type SocialProviderType = 'Google' | 'Facebook' | 'LoginWithAmazon' | 'SignInWithApple';
export type HostedProviderType = SocialProviderType | 'SAML' | 'OIDC';

export interface HostedProvider {
  name: string;
  type: HostedProviderType;
}

export interface SignUpAttribute {
  /** The attribute's name in the pool, e.g. `email` or `custom:company`. */
  name: string;
  required: boolean;
}

export interface PasswordCheck {
  text: string;
  valid: boolean;
}

export interface HostedPageOptions {
  view: HostedView;
  /** The customization's CSS, applied after the page's own stylesheet. */
  css?: string;
  /** The logo: an http(s) URL or a PNG/JPEG data URL. Anything else is left out. */
  logoUrl?: string;
  /** The providers the app client supports, besides the user pool itself. */
  providers?: readonly HostedProvider[];
  /**
   * Whether the client signs users in with the pool's own user names and passwords (COGNITO among
   * its providers); without it the sign-in view shows only the provider buttons. Default true.
   */
  userPoolSignIn?: boolean;
  /** Whether the pool lets users sign themselves up ("Need an account? Sign up"). */
  selfSignUp: boolean;
  /** The attributes the sign-up form asks for, besides user name and password. */
  signUpAttributes?: readonly SignUpAttribute[];
  /** The app client's name, shown in the page title. */
  clientName?: string;
  /** An error message to show above the form. */
  errorMessage?: string;
  /** The sign-up form's password rules, each met or not. */
  passwordChecks?: readonly PasswordCheck[];
  /** Where the page's links and form lead; `#` (nowhere) by default. */
  links?: Partial<Record<HostedView, string>>;
  formAction?: string;
}

const socialLabels: Record<SocialProviderType, { text: string; buttonClass: string }> = {
  Google: { text: 'Continue with Google', buttonClass: 'google-button' },
  Facebook: { text: 'Continue with Facebook', buttonClass: 'facebook-button' },
  LoginWithAmazon: { text: 'Continue with Amazon', buttonClass: 'amazon-button' },
  SignInWithApple: { text: 'Continue with Apple', buttonClass: 'apple-button' },
};

const isSocial = (p: HostedProvider): p is HostedProvider & { type: SocialProviderType } =>
  p.type in socialLabels;

const attributeLabels: Record<string, string> = {
  email: 'Email',
  phone_number: 'Phone number',
  name: 'Name',
  given_name: 'Given name',
  family_name: 'Family name',
  middle_name: 'Middle name',
  nickname: 'Nickname',
  preferred_username: 'Preferred username',
  address: 'Address',
  birthdate: 'Birthdate',
  gender: 'Gender',
  locale: 'Locale',
  picture: 'Picture',
  profile: 'Profile',
  website: 'Website',
  zoneinfo: 'Zone info',
  updated_at: 'Updated at',
};

const attributeLabel = (name: string) => attributeLabels[name] ?? name.replace(/^custom:/, '');

const inputTypes: Record<string, string> = { email: 'email', phone_number: 'tel' };

const href = (url: string | undefined) => escapeHtml(safeUrl(url ?? '#', 'link') ?? '#');

function field(id: string, name: string, label: string, type: string, required: boolean): string {
  return `<label for="${id}" class="label-customizable">${escapeHtml(label)}</label>
<div><input id="${id}" name="${escapeHtml(name)}" type="${type}" class="form-control inputField-customizable" placeholder="${escapeHtml(label)}" autocapitalize="none"${required ? ' required' : ''}></div>`;
}

function errorMessage(options: HostedPageOptions): string {
  return options.errorMessage
    ? `<p id="errorMessage" class="errorMessage-customizable" role="alert">${escapeHtml(options.errorMessage)}</p>`
    : '';
}

function providerSection(options: HostedPageOptions, divider: boolean): string {
  const providers = options.providers ?? [];
  const idps = providers.filter((p) => !isSocial(p));
  const socials = providers.filter(isSocial);
  const parts: string[] = [];
  if (idps.length > 0) {
    parts.push(`<div>
<span class="idpDescription-customizable">Sign in with your corporate ID</span>
${idps.map((p) => `<button type="button" name="${escapeHtml(p.name)}" class="btn btn-info idpButton-customizable">${escapeHtml(p.name)}</button>`).join('\n')}
</div>`);
  }
  if (socials.length > 0) {
    parts.push(`<div>
${socials
  .map((p) => {
    const { text, buttonClass } = socialLabels[p.type];
    return `<button type="button" name="${escapeHtml(p.name)}" class="btn ${buttonClass} socialButton-customizable"><span class="social-button-label">${text}</span></button>`;
  })
  .join('\n')}
<span class="legalText-customizable">We won't post to any of your accounts without asking first</span>
</div>`);
  }
  if (parts.length === 0) return '';
  if (!divider) return parts.join('\n');
  return `${parts.join('\n')}
<div class="login-or"><hr class="hr-or"><span class="span-or background-customizable">or</span></div>`;
}

function formStart(options: HostedPageOptions, name: string): string {
  const action = options.formAction ? safeUrl(options.formAction, 'link') : undefined;
  return `<form name="${name}" method="post"${action ? ` action="${escapeHtml(action)}"` : ''}>`;
}

function signInView(options: HostedPageOptions): string {
  if (options.userPoolSignIn === false) {
    return providerSection(options, false);
  }
  return `${providerSection(options, true)}
<div>
<span class="textDescription-customizable">Sign in with your username and password</span>
${formStart(options, 'cognitoSignInForm')}
${errorMessage(options)}
${field('signInFormUsername', 'username', 'Username', 'text', true)}
${field('signInFormPassword', 'password', 'Password', 'password', true)}
<a class="redirect-customizable" href="${href(options.links?.forgotPassword)}">Forgot your password?</a>
<input name="signInSubmitButton" type="submit" value="Sign in" class="btn btn-primary submitButton-customizable">
</form>
${
  options.selfSignUp
    ? `<p class="redirect-customizable"><span>Need an account?</span>&nbsp;<a href="${href(options.links?.signUp)}">Sign up</a></p>`
    : ''
}
</div>`;
}

function passwordCheckList(checks: readonly PasswordCheck[]): string {
  if (checks.length === 0) return '';
  return `<div class="passwordCheck"><ul>
${checks
  .map(
    (c) =>
      `<li class="${c.valid ? 'passwordCheck-valid-customizable' : 'passwordCheck-notValid-customizable'}"><span aria-hidden="true" class="check-mark">${c.valid ? '&#10003;' : '&#10006;'}</span><span>${escapeHtml(c.text)}</span></li>`,
  )
  .join('\n')}
</ul></div>`;
}

function signUpView(options: HostedPageOptions): string {
  const attributes = (options.signUpAttributes ?? []).map((a, i) =>
    field(
      `signUpFormAttribute${i}`,
      `requiredAttributes[${a.name}]`,
      attributeLabel(a.name),
      inputTypes[a.name] ?? 'text',
      a.required,
    ),
  );
  return `${providerSection(options, true)}
<div>
<span class="textDescription-customizable">Sign up with a new account</span>
${formStart(options, 'cognitoSignUpForm')}
${errorMessage(options)}
${field('signUpFormUsername', 'username', 'Username', 'text', true)}
${attributes.join('\n')}
${field('signUpFormPassword', 'password', 'Password', 'password', true)}
${passwordCheckList(options.passwordChecks ?? [])}
<input name="signUpButton" type="submit" value="Sign up" class="btn btn-primary submitButton-customizable">
</form>
<p class="redirect-customizable"><span>Already have an account?</span>&nbsp;<a href="${href(options.links?.signIn)}">Sign in</a></p>
</div>`;
}

function forgotPasswordView(options: HostedPageOptions): string {
  return `<div>
<h2>Forgot your password?</h2>
<span class="textDescription-customizable">Enter your Username below and we will send a message to reset your password</span>
${formStart(options, 'cognitoForgotPasswordForm')}
${errorMessage(options)}
${field('forgotPasswordUsername', 'username', 'Username', 'text', true)}
<input name="reset_my_password" type="submit" value="Reset my password" class="btn btn-primary submitButton-customizable">
</form>
<p class="redirect-customizable"><a href="${href(options.links?.signIn)}">Back to sign in</a></p>
</div>`;
}

const views: Record<HostedView, (options: HostedPageOptions) => string> = {
  signIn: signInView,
  signUp: signUpView,
  forgotPassword: forgotPasswordView,
};

const titles: Record<HostedView, string> = {
  signIn: 'Signin',
  signUp: 'Signup',
  forgotPassword: 'Forgot password',
};

/**
 * No script can run in the page whatever reaches it (the emulator serves it from its own origin,
 * outside the console's sandboxed iframe): scripts, frames and plug-ins are refused.
 */
const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data: http: https:; form-action 'self'";

/**
 * The classic hosted UI page as an HTML document: the same markup and class names as AWS's page,
 * AWS's default look, then the customization's CSS. Every string from the pool or the user is
 * escaped; the page holds no script and no event-handler attribute.
 */
export function renderHostedPage(options: HostedPageOptions): string {
  const logo = options.logoUrl ? safeUrl(options.logoUrl, 'image') : undefined;
  const title = options.clientName
    ? `${titles[options.view]} - ${options.clientName}`
    : titles[options.view];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${hostedPageBaseCss}</style>
<style>${cssForStyleElement(options.css ?? '')}</style>
</head>
<body>
<div class="container">
<div class="modal-dialog">
<div class="modal-content background-customizable">
<div class="banner-customizable"><center>${logo ? `<img alt="logo" class="logo-customizable" src="${escapeHtml(logo)}">` : ''}</center></div>
<div class="modal-body">
${views[options.view](options)}
</div>
</div>
</div>
</div>
</body>
</html>
`;
}
