import { DetailField, type DetailsFieldsProps } from './DetailField';

export function AppleDetailsFields(props: DetailsFieldsProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <DetailField {...props} name="client_id" label="Services ID (client ID)" />
      <DetailField {...props} name="team_id" label="Team ID" />
      <DetailField {...props} name="key_id" label="Key ID" />
      <DetailField
        {...props}
        name="authorize_scopes"
        label="Authorized scopes"
        hint="e.g. email name"
      />
      <div className="sm:col-span-2">
        <DetailField {...props} name="private_key" label="Private key" secret multiline />
      </div>
    </div>
  );
}
