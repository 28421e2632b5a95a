import type { AdminCreateUserInput } from '@/api/users/create-user';
import { zodResolver } from '@hookform/resolvers/zod';
import type { UseMutationResult } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { getErrorMessage } from '@/aws/errors';
import { Alert } from '@/components/Alert';
import { FormActions } from '@/components/FormActions';
import { Choice, Fieldset, RadioGroup } from '@/components/Choice';
import { TextField } from '@/components/form-fields';
import { PasswordField } from '@/components/PasswordField';
import { Section } from '@/components/Section';
import {
  creatableAttributes,
  toCreateUserInput,
  type CreateUserFormValues,
} from '@/features/users/forms/create-user-input';
import type { UserPoolSettings } from '@/api/pools/user-pool-settings';
import { createUserErrorField } from '../../forms/create-user-errors';
import { createUserDefaults, createUserSchema } from '../../forms/create-user-schema';
import { AttributeFields } from './AttributeFields';
import { useGuardedSubmit } from '@/components/use-guarded-submit';

interface CreateUserFormProps {
  settings: UserPoolSettings;
  mutation: UseMutationResult<string, Error, AdminCreateUserInput>;
  onCancel: () => void;
}

function usernameLabel(usernameAttributes: string[]): { label: string; hint: string } {
  const email = usernameAttributes.includes('email');
  const phone = usernameAttributes.includes('phone_number');
  if (email && phone) {
    return {
      label: 'Email or phone number',
      hint: 'This pool signs in with email or phone number; Cognito gives the user a generated username.',
    };
  }
  if (email) {
    return {
      label: 'Email',
      hint: 'This pool signs in with email; Cognito gives the user a generated username.',
    };
  }
  if (phone) {
    return {
      label: 'Phone number',
      hint: 'International format, e.g. +14155550123. Cognito gives the user a generated username.',
    };
  }
  return { label: 'Username', hint: 'Cannot be changed later. No spaces.' };
}

export function CreateUserForm({ settings, mutation, onCancel }: CreateUserFormProps) {
  const form = useForm<CreateUserFormValues>({
    resolver: zodResolver(createUserSchema(settings)),
    defaultValues: createUserDefaults,
  });
  const { register, handleSubmit, formState, setError, control } = form;
  const attributes = creatableAttributes(settings);
  const names = attributes.map((a) => a.name);
  const hasAliases = settings.aliasAttributes.length > 0 || settings.usernameAttributes.length > 0;
  const invitation = useWatch({ control, name: 'invitation' });
  const username = usernameLabel(settings.usernameAttributes);

  const submit = useGuardedSubmit(handleSubmit, (values) =>
    mutation.mutateAsync(toCreateUserInput(settings.poolId, settings, values), {
      onError: (error) => {
        const field = createUserErrorField(error, {
          attributeNames: names,
          aliasAttributes: [...settings.aliasAttributes, ...settings.usernameAttributes].filter(
            (a) => names.includes(a),
          ),
        });
        const message = getErrorMessage(error);
        const attribute = field?.startsWith('attributes.')
          ? field.slice('attributes.'.length)
          : undefined;
        // An attribute typed in the username field (email as username) reports there.
        const target =
          attribute === undefined
            ? field
            : names.includes(attribute)
              ? (`attributes.${attribute}` as const)
              : settings.usernameAttributes.includes(attribute)
                ? 'username'
                : undefined;
        if (target === 'username' || target === 'temporaryPassword') {
          setError(target, { message }, { shouldFocus: true });
        } else if (target?.startsWith('attributes.')) {
          setError(target as `attributes.${string}`, { message }, { shouldFocus: true });
        } else {
          setError('root.server', { message });
        }
      },
    }),
  );

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {formState.errors.root?.server && <Alert>{formState.errors.root.server.message}</Alert>}
      <Section title="Sign-in">
        <TextField
          id="create-username"
          label={username.label}
          hint={username.hint}
          error={formState.errors.username?.message}
          spellCheck={false}
          {...register('username')}
        />
      </Section>
      <AttributeFields form={form} attributes={attributes} />
      <Section title="Invitation">
        <div className="space-y-4">
          <RadioGroup
            legend="Invitation message"
            options={[
              { value: 'send', label: 'Send an invitation with the temporary password' },
              {
                value: 'suppress',
                label: 'Do not send anything',
                hint: 'Give the user the temporary password yourself.',
              },
            ]}
            registration={register('invitation')}
          />
          {invitation === 'send' && (
            <Fieldset
              legend="Send by"
              error={formState.errors.sendEmail?.message ?? formState.errors.sendSms?.message}
            >
              <Choice label="Email" {...register('sendEmail')} />
              <Choice label="SMS" {...register('sendSms')} />
            </Fieldset>
          )}
          <Fieldset legend="Verification">
            <Choice
              label="Mark the email address as verified"
              hint="Needed for the email to work as a sign-in alias and for password recovery."
              {...register('emailVerified')}
            />
            <Choice label="Mark the phone number as verified" {...register('phoneVerified')} />
          </Fieldset>
          <PasswordField
            id="create-temporary-password"
            label="Temporary password (optional)"
            hint="Leave empty to let Cognito generate one."
            policy={settings.passwordPolicy ?? null}
            error={formState.errors.temporaryPassword?.message}
            autoComplete="new-password"
            {...register('temporaryPassword')}
          />
          {hasAliases && (
            <Choice
              label="Move the email or phone number from another user if it is already used"
              hint="ForceAliasCreation: when a verified email or phone number is already another user's sign-in alias, it becomes this user's alias instead of failing."
              {...register('forceAliasCreation')}
            />
          )}
        </div>
      </Section>
      <FormActions submitLabel="Create user" pending={mutation.isPending} onCancel={onCancel} />
    </form>
  );
}
