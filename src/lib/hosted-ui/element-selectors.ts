import { customizableClasses } from '../ui-customization/allowed-properties';
import type { HostedView } from './render-hosted-page';

export { customizableClasses };

/**
 * For each view, a CSS selector that finds one element of each customizable class in the page
 * `renderHostedPage` makes, for comparing computed styles between two renderings. A class is
 * present when the page has what shows it: the logo (`logo-customizable`), SAML/OIDC providers
 * (`idp*`), social providers (`socialButton`, `legalText`), an error message (`errorMessage`),
 * password checks met and not met (`passwordCheck-*`, sign-up view only).
 */
const common = {
  'background-customizable': '.modal-content.background-customizable',
  'banner-customizable': '.banner-customizable',
  'logo-customizable': 'img.logo-customizable',
  'textDescription-customizable': '.textDescription-customizable',
  'errorMessage-customizable': '.errorMessage-customizable',
  'label-customizable': 'label.label-customizable',
  'inputField-customizable': 'input.inputField-customizable',
  'submitButton-customizable': 'input.submitButton-customizable',
  'redirect-customizable': '.redirect-customizable',
};

const providers = {
  'idpDescription-customizable': '.idpDescription-customizable',
  'idpButton-customizable': '.idpButton-customizable',
  'socialButton-customizable': '.socialButton-customizable',
  'legalText-customizable': '.legalText-customizable',
};

export const elementSelectors: Record<HostedView, Readonly<Record<string, string>>> = {
  signIn: { ...common, ...providers },
  signUp: {
    ...common,
    ...providers,
    'passwordCheck-valid-customizable': '.passwordCheck-valid-customizable',
    'passwordCheck-notValid-customizable': '.passwordCheck-notValid-customizable',
  },
  forgotPassword: common,
};
