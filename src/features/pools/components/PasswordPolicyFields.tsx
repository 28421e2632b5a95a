import type { UseFormRegisterReturn } from 'react-hook-form';
import { Choice, Fieldset } from '@/components/Choice';
import { NumberField } from '@/components/form-fields';

type Bound<Key extends string> = Record<Key, UseFormRegisterReturn>;

interface PasswordPolicyFieldsProps {
  /** Prefix of the fields' ids, unique on the page. */
  idPrefix: string;
  fields: Bound<
    | 'minLength'
    | 'temporaryPasswordValidityDays'
    | 'requireUppercase'
    | 'requireLowercase'
    | 'requireNumbers'
    | 'requireSymbols'
  > &
    Partial<Bound<'passwordHistorySize'>>;
  errors: Partial<
    Record<'minLength' | 'temporaryPasswordValidityDays' | 'passwordHistorySize', string>
  >;
}

/** The pool's password policy (Policies.PasswordPolicy), as created and as edited later. */
export function PasswordPolicyFields({ idPrefix, fields, errors }: PasswordPolicyFieldsProps) {
  const { passwordHistorySize } = fields;
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <NumberField
          id={`${idPrefix}-min-length`}
          label="Minimum password length"
          hint="6 to 99 characters"
          error={errors.minLength}
          min={6}
          max={99}
          {...fields.minLength}
        />
        {passwordHistorySize && (
          <NumberField
            id={`${idPrefix}-history`}
            label="Password history size"
            hint="0–24 earlier passwords that cannot be reused; empty for not set"
            error={errors.passwordHistorySize}
            {...passwordHistorySize}
          />
        )}
        <NumberField
          id={`${idPrefix}-temporary-days`}
          label="Temporary password validity (days)"
          hint="0 to 365; 0 means AWS's default of 7 days"
          error={errors.temporaryPasswordValidityDays}
          min={0}
          max={365}
          {...fields.temporaryPasswordValidityDays}
        />
      </div>
      <Fieldset legend="Passwords must contain">
        <Choice label="An uppercase letter" {...fields.requireUppercase} />
        <Choice label="A lowercase letter" {...fields.requireLowercase} />
        <Choice label="A number" {...fields.requireNumbers} />
        <Choice label="A symbol" {...fields.requireSymbols} />
      </Fieldset>
    </>
  );
}
