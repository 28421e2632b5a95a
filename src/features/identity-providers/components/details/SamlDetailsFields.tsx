import { useId, useState, type ChangeEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { Choice, Fieldset, RadioGroup } from '@/components/Choice';
import { TextField } from '@/components/form-fields';
import { DetailField, type DetailsFieldsProps } from './DetailField';

const switches = [
  ['IDPSignout', 'Sign users out of the IdP too (IDPSignout)'],
  ['IDPInit', 'Accept IdP-initiated sign-in (IDPInit)'],
  ['EncryptedResponses', 'Require encrypted SAML assertions (EncryptedResponses)'],
] as const;

export function SamlDetailsFields(props: DetailsFieldsProps) {
  const { form, readOnly } = props;
  const source = useWatch({ control: form.control, name: 'metadataSource' });
  const details = useWatch({ control: form.control, name: 'details' });
  const [fileName, setFileName] = useState<string>();
  const fileId = useId();

  // Read in the browser: the document itself is what CreateIdentityProvider takes.
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    form.setValue('details.MetadataFile', await file.text(), {
      shouldDirty: true,
      shouldValidate: true,
    });
  };

  const setSwitch = (key: string, on: boolean) =>
    form.setValue(`details.${key}`, on ? 'true' : 'false', { shouldDirty: true });

  return (
    <div className="space-y-4">
      <RadioGroup
        legend="Metadata"
        inline
        disabled={readOnly}
        options={[
          { value: 'url', label: 'Metadata URL' },
          { value: 'file', label: 'Metadata document' },
        ]}
        registration={form.register('metadataSource')}
      />
      {source === 'url' ? (
        <DetailField {...props} name="MetadataURL" label="Metadata URL" hint="https://…" />
      ) : (
        <div className="space-y-2">
          {!readOnly && (
            <TextField
              id={fileId}
              label="Upload metadata file"
              hint={fileName ? `Read ${fileName}.` : 'An XML file from your IdP.'}
              type="file"
              accept=".xml,application/xml,text/xml"
              onChange={(event) => void readFile(event)}
            />
          )}
          <DetailField {...props} name="MetadataFile" label="Metadata document" multiline />
        </div>
      )}
      <Fieldset legend="Options">
        {switches.map(([key, label]) => (
          <Choice
            key={key}
            label={label}
            checked={details[key] === 'true'}
            disabled={readOnly}
            onChange={(event) => setSwitch(key, event.target.checked)}
          />
        ))}
        <Choice
          label="Sign SAML requests with RSA-SHA256 (RequestSigningAlgorithm)"
          checked={details.RequestSigningAlgorithm === 'rsa-sha256'}
          disabled={readOnly}
          onChange={(event) =>
            form.setValue(
              'details.RequestSigningAlgorithm',
              event.target.checked ? 'rsa-sha256' : '',
              {
                shouldDirty: true,
              },
            )
          }
        />
      </Fieldset>
    </div>
  );
}
