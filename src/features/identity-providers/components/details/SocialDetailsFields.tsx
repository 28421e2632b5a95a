import { DetailField, type DetailsFieldsProps } from './DetailField';
import { OAuthClientFields } from './OAuthClientFields';

/** Google, Facebook (+ api_version) and Login with Amazon share these keys. */
export function SocialDetailsFields(props: DetailsFieldsProps) {
  const type = props.form.getValues('type');
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <OAuthClientFields
        {...props}
        scopesHint={
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
