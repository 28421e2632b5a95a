import { Choice, Fieldset } from '@/components/Choice';
import { Field, inputClass } from '@/components/Field';
import { Section } from '@/components/Section';
import type { CreatePoolSectionProps } from './form-types';

export function PasswordPolicySection({ form }: CreatePoolSectionProps) {
  const { register, formState } = form;
  const errors = formState.errors.password;
  return (
    <Section title="Password policy">
      <div className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="password-min-length"
            label="Minimum length"
            hint="6 to 99 characters"
            error={errors?.minLength?.message}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={6}
                max={99}
                className={inputClass}
                {...register('password.minLength', { valueAsNumber: true })}
              />
            )}
          </Field>
          <Field
            id="temporary-password-days"
            label="Temporary passwords expire after (days)"
            hint="0 to 365; 0 means AWS's default of 7 days"
            error={errors?.temporaryPasswordValidityDays?.message}
          >
            {(control) => (
              <input
                {...control}
                type="number"
                min={0}
                max={365}
                className={inputClass}
                {...register('password.temporaryPasswordValidityDays', { valueAsNumber: true })}
              />
            )}
          </Field>
        </div>
        <Fieldset legend="Passwords must contain">
          <Choice label="An uppercase letter" {...register('password.requireUppercase')} />
          <Choice label="A lowercase letter" {...register('password.requireLowercase')} />
          <Choice label="A number" {...register('password.requireNumbers')} />
          <Choice label="A symbol" {...register('password.requireSymbols')} />
        </Fieldset>
      </div>
    </Section>
  );
}
