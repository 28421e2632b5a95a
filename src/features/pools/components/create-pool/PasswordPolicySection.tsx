import { Section } from '@/components/Section';
import { PasswordPolicyFields } from '../PasswordPolicyFields';
import type { CreatePoolSectionProps } from './form-types';

export function PasswordPolicySection({ form }: CreatePoolSectionProps) {
  const { register, formState } = form;
  const errors = formState.errors.password;
  const number = { valueAsNumber: true } as const;
  return (
    <Section title="Password policy">
      <div className="space-y-4">
        <PasswordPolicyFields
          idPrefix="password"
          fields={{
            minLength: register('password.minLength', number),
            temporaryPasswordValidityDays: register(
              'password.temporaryPasswordValidityDays',
              number,
            ),
            requireUppercase: register('password.requireUppercase'),
            requireLowercase: register('password.requireLowercase'),
            requireNumbers: register('password.requireNumbers'),
            requireSymbols: register('password.requireSymbols'),
          }}
          errors={{
            minLength: errors?.minLength?.message,
            temporaryPasswordValidityDays: errors?.temporaryPasswordValidityDays?.message,
          }}
        />
      </div>
    </Section>
  );
}
