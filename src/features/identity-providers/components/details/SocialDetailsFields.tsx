import { DetailField, type DetailsFieldsProps } from './DetailField';

/** Google, Facebook (+ api_version) and Login with Amazon share these keys. */
export function SocialDetailsFields(props: DetailsFieldsProps) {
  const type = props.form.getValues('type');
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <DetailField {...props} name="client_id" label="Client ID" />
      <DetailField {...props} name="client_secret" label="Client secret" secret />
      <DetailField
        {...props}
        name="authorize_scopes"
        label="Authorized scopes"
        hint={
          type === 'Facebook'
            ? 'Comma-separated, e.g. public_profile,email'
            : 'Space-separated, e.g. profile email openid'
        }
      />
      {type === 'Facebook' && (
        <DetailField {...props} name="api_version" label="API version" hint="e.g. v17.0" />
      )}
    </div>
  );
}
