import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { FormActions } from '@/components/FormActions';
import { TextField } from '@/components/form-fields';
import { Section } from '@/components/Section';
import {
  isSocialType,
  providerTypeLabels,
} from '@/features/identity-providers/forms/provider-types';
import { providerFormSchema, type ProviderFormValues } from '../forms/provider-schema';
import { AttributeMappingEditor } from './AttributeMappingEditor';
import { AppleDetailsFields } from './details/AppleDetailsFields';
import type { DetailsFieldsProps } from './details/DetailField';
import { OidcDetailsFields } from './details/OidcDetailsFields';
import { SamlDetailsFields } from './details/SamlDetailsFields';
import { SocialDetailsFields } from './details/SocialDetailsFields';
import { IdpIdentifiersEditor } from './IdpIdentifiersEditor';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

interface IdentityProviderFormProps {
  defaultValues: ProviderFormValues;
  /** Edit mode: the name is fixed. */
  existing?: boolean;
  readOnly?: boolean;
  canReveal?: boolean;
  mappableAttributes: string[];
  submitLabel: string;
  pending?: boolean;
  error?: unknown;
  /** Returns the mutation's promise (`mutateAsync`): the form takes no other submit until it settles. */
  onSubmit: (values: ProviderFormValues) => unknown;
  onCancel?: () => void;
}

function DetailsFields(props: DetailsFieldsProps) {
  switch (props.form.getValues('type')) {
    case 'SAML':
      return <SamlDetailsFields {...props} />;
    case 'OIDC':
      return <OidcDetailsFields {...props} />;
    case 'SignInWithApple':
      return <AppleDetailsFields {...props} />;
    default:
      return <SocialDetailsFields {...props} />;
  }
}

/** One form per provider type: the type is fixed for the form's life, so are its detail keys. */
export function IdentityProviderForm({
  defaultValues,
  existing,
  readOnly,
  canReveal,
  mappableAttributes,
  submitLabel,
  pending,
  error,
  onSubmit,
  onCancel,
}: IdentityProviderFormProps) {
  const form = useForm<ProviderFormValues>({
    resolver: zodResolver(providerFormSchema),
    defaultValues,
  });
  const { register, handleSubmit, formState } = form;
  const type = defaultValues.type;
  const social = isSocialType(type);
  const submit = useGuardedSubmit(handleSubmit, onSubmit);
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {error !== undefined && error !== null && <Alert>{getErrorMessage(error)}</Alert>}
      <Section title={`${providerTypeLabels[type]} provider`}>
        <div className="space-y-4">
          <TextField
            id="idp-name"
            label="Provider name"
            hint={
              existing
                ? 'Fixed once created.'
                : social
                  ? `AWS requires a ${providerTypeLabels[type]} provider to be named ${type}.`
                  : '3–32 characters, no spaces. App clients list providers by this name.'
            }
            error={formState.errors.name?.message}
            spellCheck={false}
            readOnly={existing || readOnly}
            {...register('name')}
          />
          <DetailsFields form={form} readOnly={readOnly} canReveal={canReveal} />
        </div>
      </Section>
      <Section title="Attribute mapping">
        <AttributeMappingEditor form={form} attributes={mappableAttributes} readOnly={readOnly} />
      </Section>
      {!social && (
        <Section title="Identifiers">
          <IdpIdentifiersEditor form={form} readOnly={readOnly} />
        </Section>
      )}
      {!readOnly && <FormActions submitLabel={submitLabel} pending={pending} onCancel={onCancel} />}
    </form>
  );
}
