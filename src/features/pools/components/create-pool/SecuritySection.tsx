import { Choice, RadioGroup } from '@/components/Choice';
import { Section } from '@/components/Section';
import type { CreatePoolSectionProps } from './form-types';

const mfaChoices = [
  { value: 'OFF', label: 'Off' },
  { value: 'OPTIONAL', label: 'Optional', hint: 'Users may add an authenticator app.' },
  {
    value: 'ON',
    label: 'Required',
    hint: 'Every user must set up an authenticator app at their next sign-in.',
  },
];

export function SecuritySection({ form }: CreatePoolSectionProps) {
  const { register, formState } = form;
  return (
    <Section title="MFA, sign-up and protection">
      <div className="space-y-5">
        <RadioGroup
          legend="Multi-factor authentication"
          hint={
            <>
              CreateUserPool can only turn MFA on together with an SMS (SNS) configuration, so the
              console creates the pool with MFA off and then enables authenticator-app (TOTP) MFA
              with SetUserPoolMfaConfig. SMS or email MFA can be added later.
            </>
          }
          error={formState.errors.mfa?.message}
          options={mfaChoices}
          registration={register('mfa')}
        />
        <Choice
          label="Allow self sign-up"
          hint="Off: only administrators create users (AdminCreateUserConfig.AllowAdminCreateUserOnly)."
          {...register('selfSignUp')}
        />
        <Choice
          label="Deletion protection"
          hint="While active, AWS refuses to delete the pool."
          {...register('deletionProtection')}
        />
      </div>
    </Section>
  );
}
