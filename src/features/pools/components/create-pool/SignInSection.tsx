import { useWatch } from 'react-hook-form';
import { Choice, Fieldset, RadioGroup } from '@/components/Choice';
import { Section } from '@/components/Section';
import { aliasAttributeOptions, usernameAttributeOptions } from '../../forms/create-pool-schema';
import { attributeLabels, type CreatePoolSectionProps } from './form-types';

const signInModels = [
  {
    value: 'identifier',
    label: 'Email address or phone number as the username',
    hint: 'UsernameAttributes: users sign in with email and/or phone; Cognito makes the username a generated ID.',
  },
  {
    value: 'username',
    label: 'A username, with optional aliases',
    hint: 'AliasAttributes: users pick a username and may also sign in with a verified email, phone or preferred username.',
  },
];

export function SignInSection({ form }: CreatePoolSectionProps) {
  const { register, control, formState } = form;
  const signInWith = useWatch({ control, name: 'signInWith' });
  return (
    <Section title="Sign-in">
      <div className="space-y-5">
        <RadioGroup
          legend="How users sign in"
          hint="A pool uses one model or the other (AWS refuses both at once), and it cannot be changed later."
          options={signInModels}
          registration={register('signInWith')}
        />

        {signInWith === 'identifier' ? (
          <Fieldset
            legend="Username attributes"
            error={formState.errors.usernameAttributes?.message}
          >
            {usernameAttributeOptions.map((attribute) => (
              <Choice
                key={attribute}
                value={attribute}
                label={attributeLabels[attribute]}
                {...register('usernameAttributes')}
              />
            ))}
          </Fieldset>
        ) : (
          <Fieldset
            legend="Sign-in aliases (optional)"
            hint="An alias works only once the user has verified it."
            error={formState.errors.aliasAttributes?.message}
          >
            {aliasAttributeOptions.map((attribute) => (
              <Choice
                key={attribute}
                value={attribute}
                label={attributeLabels[attribute]}
                {...register('aliasAttributes')}
              />
            ))}
          </Fieldset>
        )}

        <Choice
          label="Case-insensitive usernames"
          hint="Recommended: “Jane@Example.com” and “jane@example.com” are the same user. UsernameConfiguration.CaseSensitive = false."
          {...register('caseInsensitive')}
        />
        <Choice
          label="Verify email addresses automatically"
          hint="Applies when email is used to sign in: Cognito sends a code and marks the address verified (AutoVerifiedAttributes)."
          {...register('autoVerifyEmail')}
        />
      </div>
    </Section>
  );
}
