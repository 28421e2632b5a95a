import { DetailField, type DetailsFieldsProps } from './DetailField';

/** The client the console registered at an OAuth provider, and the scopes it asks for. */
export function OAuthClientFields({
  scopesHint,
  ...props
}: DetailsFieldsProps & { scopesHint: string }) {
  return (
    <>
      <DetailField {...props} name="client_id" label="Client ID" />
      <DetailField {...props} name="client_secret" label="Client secret" secret />
      <DetailField {...props} name="authorize_scopes" label="Authorized scopes" hint={scopesHint} />
    </>
  );
}
