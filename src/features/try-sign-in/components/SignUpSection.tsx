import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { signUp } from '@/api/user-self/sign-up';
import { addToTestUsersGroup, TEST_USERS_GROUP } from '@/api/user-self/test-users-group';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { PasswordField } from '@/components/PasswordField';
import { TextField } from '@/components/form-fields';
import { Section } from '@/components/Section';
import { signUpAttributes, type SignUpFields } from '@/lib/try-sign-in/sign-up-fields';
import { formMessage, messageAt, toFlowError } from '../flow/flow-error';
import { secretHashField } from '../flow/sign-in-flow';
import { codesSince, type TestRun } from '../flow/test-run';
import type { Delivery } from './CodeDelivery';

export interface SignedUp {
  username: string;
  userSub?: string;
  confirmed: boolean;
  delivery?: Delivery;
  recipients: string[];
  since: number;
}

interface SignUpSectionProps {
  run: TestRun;
  fields: SignUpFields;
  /** Put the new user in the console-test-users group. */
  groupTestUsers: boolean;
  onSignedUp: (result: SignedUp) => void;
  onGroupChanged: (username: string) => void;
}

export function SignUpSection({
  run,
  fields,
  groupTestUsers,
  onSignedUp,
  onGroupChanged,
}: SignUpSectionProps) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [values, setValues] = useState<ReadonlyMap<string, string>>(new Map());
  const mutation = useMutation({
    mutationFn: async (): Promise<SignedUp> => {
      const since = codesSince();
      const attributes = signUpAttributes(fields, username, values);
      const output = await signUp(run.client.ctx, {
        Username: username,
        Password: password,
        UserAttributes: attributes,
        ...secretHashField(run.client, username),
      });
      await run.usersChanged();
      if (groupTestUsers) {
        const member = output.UserSub ?? username;
        await addToTestUsersGroup(run.client.ctx, member);
        onGroupChanged(member);
      }
      return {
        username,
        userSub: output.UserSub,
        confirmed: output.UserConfirmed === true,
        delivery: output.CodeDeliveryDetails,
        recipients: [username, output.UserSub ?? '', ...attributes.map((a) => a.Value)],
        since,
      };
    },
    onSuccess: onSignedUp,
  });
  const error = toFlowError(mutation.error, run.hidesUserExistence);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!mutation.isPending) mutation.mutate();
  };
  return (
    <Section title="Sign up a test user">
      <form onSubmit={submit} className="space-y-3" noValidate>
        <TextField
          id="sign-up-username"
          label={fields.username.label}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          error={messageAt(error, 'username')}
          required
        />
        <PasswordField
          id="sign-up-password"
          label="Password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={messageAt(error, 'newPassword') ?? messageAt(error, 'password')}
          required
        />
        {fields.attributes.map(({ name, required }) => (
          <TextField
            key={name}
            id={`sign-up-attribute-${name}`}
            label={name}
            requiredMark={required}
            hint={required ? 'Required by the pool' : 'Where the confirmation code goes'}
            value={values.get(name) ?? ''}
            onChange={(e) => {
              const next = new Map(values);
              next.set(name, e.target.value);
              setValues(next);
            }}
          />
        ))}
        {groupTestUsers && (
          <p className="text-xs text-slate-600">
            The new user goes in the {TEST_USERS_GROUP} group, so you can find and delete test users
            later.
          </p>
        )}
        {formMessage(error, ['username', 'password', 'newPassword']) && (
          <Alert>{formMessage(error, ['username', 'password', 'newPassword'])}</Alert>
        )}
        <Button type="submit" pending={mutation.isPending}>
          Sign up
        </Button>
      </form>
    </Section>
  );
}
