import { NumberField, SelectField } from '@/components/form-fields';
import { Section } from '@/components/Section';
import type { ClientSectionProps } from './form-types';

const units = ['minutes', 'hours', 'days'] as const;

function ValidityField({
  form,
  name,
  label,
  hint,
}: Pick<ClientSectionProps, 'form'> & {
  name: 'accessToken' | 'idToken' | 'refreshToken';
  label: string;
  hint: string;
}) {
  const { register, formState, watch } = form;
  const error = formState.errors[name];
  const message = error?.message ?? error?.value?.message ?? error?.unit?.message;
  const unit = watch(`${name}.unit`);
  return (
    <NumberField
      id={`client-${name}`}
      label={label}
      hint={hint}
      error={message}
      min={1}
      className="max-w-32"
      {...register(`${name}.value`, { valueAsNumber: true })}
      addon={
        <SelectField
          id={`client-${name}-unit`}
          label={`${label} unit`}
          labelHidden
          className="max-w-36"
          {...register(`${name}.unit`)}
        >
          {unit === 'seconds' && <option value="seconds">seconds</option>}
          {units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </SelectField>
      }
    />
  );
}

export function TokensSection({ form }: ClientSectionProps) {
  const { register, formState } = form;
  return (
    <Section title="Token validity">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <ValidityField
          form={form}
          name="accessToken"
          label="Access token validity"
          hint="How long an access token works: 5 minutes to 1 day."
        />
        <ValidityField
          form={form}
          name="idToken"
          label="ID token validity"
          hint="How long an ID token works: 5 minutes to 1 day."
        />
        <ValidityField
          form={form}
          name="refreshToken"
          label="Refresh token validity"
          hint="How long users stay signed in without a password: 60 minutes to 10 years."
        />
        <NumberField
          id="client-auth-session"
          label="Authentication flow session (minutes)"
          hint="How long a sign-in session token lasts between challenges: 3 to 15 minutes."
          error={formState.errors.authSessionValidity?.message}
          min={3}
          max={15}
          className="max-w-32"
          {...register('authSessionValidity', { valueAsNumber: true })}
        />
      </div>
    </Section>
  );
}
