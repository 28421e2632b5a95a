import { useWatch } from 'react-hook-form';
import { Choice } from '@/components/Choice';
import { SelectField } from '@/components/form-fields';
import { DetailField, type DetailsFieldsProps } from './DetailField';
import { OAuthClientFields } from './OAuthClientFields';

export function OidcDetailsFields(props: DetailsFieldsProps) {
  const { form, readOnly } = props;
  const discovery = useWatch({ control: form.control, name: 'oidcDiscovery' });
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <OAuthClientFields {...props} scopesHint="Space-separated, e.g. openid email profile" />
        <SelectField
          id="idp-detail-attributes_request_method"
          label="Attributes request method"
          error={form.formState.errors.details?.attributes_request_method?.message}
          disabled={readOnly}
          {...form.register('details.attributes_request_method')}
        >
          <option value="GET">GET</option>
          <option value="POST">POST</option>
        </SelectField>
        <div className="sm:col-span-2">
          <DetailField {...props} name="oidc_issuer" label="Issuer URL" hint="https://…" />
        </div>
      </div>
      <Choice
        label="Discover endpoints from the issuer"
        hint="Cognito reads /.well-known/openid-configuration. Turn off to enter the endpoints yourself."
        disabled={readOnly}
        {...form.register('oidcDiscovery')}
      />
      {!discovery && (
        <div className="grid gap-4 sm:grid-cols-2">
          <DetailField {...props} name="authorize_url" label="Authorization endpoint" />
          <DetailField {...props} name="token_url" label="Token endpoint" />
          <DetailField {...props} name="attributes_url" label="UserInfo endpoint" />
          <DetailField {...props} name="jwks_uri" label="JWKS URI" />
        </div>
      )}
    </div>
  );
}
