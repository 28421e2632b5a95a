import { Choice, Fieldset } from '@/components/Choice';
import { SelectField } from '@/components/form-fields';
import { Section } from '@/components/Section';
import { oauthFlows, standardScopes } from '@/features/clients/forms/client-form';
import { CheckboxList } from './CheckboxList';
import { withCurrent, type ClientSectionProps } from './form-types';
import { UrlListEditor } from './UrlListEditor';

const flowLabels: Record<string, { label: string; hint: string }> = {
  code: { label: 'Authorization code grant', hint: 'Returns a code the app exchanges for tokens.' },
  implicit: { label: 'Implicit grant', hint: 'Returns tokens directly in the redirect (legacy).' },
  client_credentials: {
    label: 'Client credentials',
    hint: 'Machine-to-machine, custom scopes only; needs a client secret.',
  },
};

export function OAuthSection({ form, options }: ClientSectionProps) {
  const { control, formState, register, getValues, watch } = form;
  const errors = formState.errors;
  const providers = withCurrent(
    ['COGNITO', ...options.providers],
    getValues('supportedIdentityProviders'),
  );
  const scopes = withCurrent(
    [...standardScopes, ...options.customScopes.map((s) => s.scope)],
    getValues('allowedOAuthScopes'),
  );
  const scopeHints = new Map(options.customScopes.map((s) => [s.scope, s.description]));
  const callbacks = watch('callbackUrls')
    .map((u) => u.value.trim())
    .filter(Boolean);
  const defaultRedirect = watch('defaultRedirectUri');
  const redirectChoices = withCurrent(callbacks, defaultRedirect ? [defaultRedirect] : []);
  return (
    <Section title="Hosted UI and OAuth 2.0">
      <div className="space-y-6">
        <CheckboxList
          control={control}
          name="supportedIdentityProviders"
          legend="Identity providers"
          hint="Where users of this app may sign in: the pool's own directory (COGNITO) and its federated providers."
          options={providers.map((p) => ({
            value: p,
            label: p === 'COGNITO' ? 'Cognito user pool (COGNITO)' : p,
          }))}
          error={errors.supportedIdentityProviders?.message}
          columns={3}
        />
        <UrlListEditor
          form={form}
          name="callbackUrls"
          legend="Callback URLs"
          hint="Where Cognito may send users after sign-in: https://, http://localhost or an app scheme."
          itemLabel="Callback URL"
        />
        <SelectField
          id="client-default-redirect"
          label="Default redirect URI"
          hint="Used when a request names no redirect_uri; must be one of the callback URLs."
          error={errors.defaultRedirectUri?.message}
          {...register('defaultRedirectUri')}
        >
          <option value="">None</option>
          {redirectChoices.map((url) => (
            <option key={url} value={url}>
              {url}
            </option>
          ))}
        </SelectField>
        <UrlListEditor
          form={form}
          name="logoutUrls"
          legend="Sign-out URLs"
          hint="Where Cognito may send users after sign-out: https://, http://localhost or an app scheme."
          itemLabel="Sign-out URL"
        />
        <Fieldset legend="OAuth 2.0" error={errors.allowedOAuthFlowsUserPoolClient?.message}>
          <Choice
            label="Allow OAuth 2.0 flows"
            hint="AllowedOAuthFlowsUserPoolClient: this app may use the flows and scopes below."
            {...register('allowedOAuthFlowsUserPoolClient')}
          />
        </Fieldset>
        <CheckboxList
          control={control}
          name="allowedOAuthFlows"
          legend="OAuth grant types"
          hint="How the app gets tokens from the authorization server."
          options={oauthFlows.map((f) => ({
            value: f,
            label: flowLabels[f]?.label ?? f,
            hint: flowLabels[f]?.hint,
          }))}
          error={errors.allowedOAuthFlows?.message}
        />
        <CheckboxList
          control={control}
          name="allowedOAuthScopes"
          legend="OAuth scopes"
          hint="What the app may request: standard scopes and the pool's resource-server scopes."
          options={scopes.map((s) => ({ value: s, label: s, hint: scopeHints.get(s) }))}
          error={errors.allowedOAuthScopes?.message}
          columns={2}
        />
      </div>
    </Section>
  );
}
