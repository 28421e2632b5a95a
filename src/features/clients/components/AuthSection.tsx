import { Choice } from '@/components/Choice';
import { Section } from '@/components/Section';
import { allowAuthFlows } from '@/features/clients/forms/client-form';
import { CheckboxList } from './CheckboxList';
import { withCurrent, type ClientSectionProps } from './form-types';

const flowHints: Record<string, string> = {
  ALLOW_USER_SRP_AUTH: 'Secure Remote Password sign-in (the password never leaves the device).',
  ALLOW_REFRESH_TOKEN_AUTH: 'Get new tokens with a refresh token.',
  ALLOW_USER_AUTH: 'Choice-based sign-in (passwordless, passkeys, password).',
  ALLOW_USER_PASSWORD_AUTH: 'Send the plain password to Cognito (migration, legacy apps).',
  ALLOW_ADMIN_USER_PASSWORD_AUTH: 'Server-side sign-in with admin credentials and the password.',
  ALLOW_CUSTOM_AUTH: 'Lambda-driven custom challenges.',
};

export function AuthSection({ form }: ClientSectionProps) {
  const { control, formState, register, getValues } = form;
  const flows = withCurrent([...allowAuthFlows], getValues('explicitAuthFlows'));
  return (
    <Section title="Authentication">
      <div className="space-y-5">
        <CheckboxList
          control={control}
          name="explicitAuthFlows"
          legend="Authentication flows"
          hint="How this app may sign users in. None checked: AWS enables refresh token, SRP and custom auth."
          options={flows.map((flow) => ({ value: flow, label: flow, hint: flowHints[flow] }))}
          error={formState.errors.explicitAuthFlows?.message}
          columns={2}
        />
        <Choice
          label="Prevent user existence errors"
          hint="Sign-in and recovery answer the same way whether or not the user exists (ENABLED)."
          {...register('preventUserExistenceErrors')}
        />
        <Choice
          label="Enable token revocation"
          hint="Lets the app revoke refresh tokens (RevokeToken) and the access tokens they issued."
          {...register('enableTokenRevocation')}
        />
        <Choice
          label="Propagate additional user context data"
          hint="Passes device and IP data from the app to threat protection (needs a client secret)."
          {...register('enablePropagateAdditionalUserContextData')}
        />
      </div>
    </Section>
  );
}
