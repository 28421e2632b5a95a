import type { PasswordPolicyInput } from '../user-attributes/password-policy';
import { hostedPasswordChecks } from './password-checks';
import type {
  HostedPageOptions,
  HostedProvider,
  HostedProviderType,
  HostedView,
  SignUpAttribute,
} from './render-hosted-page';

/**
 * What Cognito says about a pool, an app client and its customization, in the shapes the API
 * returns (structural, so the console's SDK output and the emulator's store both fit).
 */
export interface HostedPageSource {
  pool: {
    AdminCreateUserConfig?: { AllowAdminCreateUserOnly?: boolean };
    SchemaAttributes?: readonly { Name?: string; Required?: boolean }[];
    Policies?: { PasswordPolicy?: PasswordPolicyInput };
  };
  client: { ClientName?: string; SupportedIdentityProviders?: readonly string[] };
  /** ListIdentityProviders' providers (name and type). */
  identityProviders: readonly { ProviderName?: string; ProviderType?: string }[];
  /** The effective customization (the client's own, else ALL), if any. */
  customization?: { CSS?: string; ImageUrl?: string };
}

export interface HostedPageState {
  view: HostedView;
  errorMessage?: string;
  /** The password typed in the sign-up form, checked against the pool's policy. */
  password?: string;
  links?: HostedPageOptions['links'];
  formAction?: string;
}

const providerTypes = new Set<string>([
  'Google',
  'Facebook',
  'LoginWithAmazon',
  'SignInWithApple',
  'SAML',
  'OIDC',
]);

/** Attributes the sign-up form never asks for: Cognito sets them. */
const systemAttributes = new Set([
  'sub',
  'identities',
  'updated_at',
  'email_verified',
  'phone_number_verified',
]);

/**
 * Cognito data -> the hosted page's options: the client's own providers in the client's order
 * (COGNITO is the user-name form, not a button), self sign-up unless only admins create users,
 * the pool's required attributes in the sign-up form, and the password rules of its policy.
 */
export function hostedPageOptions(
  source: HostedPageSource,
  state: HostedPageState,
): HostedPageOptions {
  const typeOf = new Map<string, string>();
  for (const p of source.identityProviders) {
    if (p.ProviderName && p.ProviderType) typeOf.set(p.ProviderName, p.ProviderType);
  }
  const supported = source.client.SupportedIdentityProviders ?? [];
  const providers: HostedProvider[] = supported
    .filter((name) => name !== 'COGNITO' && providerTypes.has(typeOf.get(name) ?? ''))
    .map((name) => ({ name, type: typeOf.get(name) as HostedProviderType }));
  const signUpAttributes: SignUpAttribute[] = (source.pool.SchemaAttributes ?? [])
    .filter((a) => a.Required && a.Name && !systemAttributes.has(a.Name))
    .map((a) => ({ name: a.Name!, required: true }));
  return {
    view: state.view,
    css: source.customization?.CSS,
    logoUrl: source.customization?.ImageUrl,
    providers,
    userPoolSignIn: supported.includes('COGNITO'),
    selfSignUp: source.pool.AdminCreateUserConfig?.AllowAdminCreateUserOnly !== true,
    signUpAttributes,
    clientName: source.client.ClientName,
    errorMessage: state.errorMessage,
    passwordChecks:
      state.view === 'signUp'
        ? hostedPasswordChecks(source.pool.Policies?.PasswordPolicy, state.password ?? '')
        : undefined,
    links: state.links,
    formAction: state.formAction,
  };
}
