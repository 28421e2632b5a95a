import { useState } from 'react';
import {
  describePasswordPolicy,
  type PasswordPolicyInput,
} from '@/lib/user-attributes/password-policy';
import { Button } from './Button';
import { TextField, type TextFieldProps } from './form-fields';

interface PasswordFieldProps extends Omit<TextFieldProps, 'type' | 'addon'> {
  /** The pool's password policy, spelled out after the hint; null where the pool sets none. */
  policy?: PasswordPolicyInput | null;
  /** 'new-password' where a password is chosen, 'current-password' where one is typed to sign in. */
  autoComplete: 'new-password' | 'current-password';
}

/** A masked password box the user may reveal to check what they typed. */
export function PasswordField({ id, hint, policy, ...input }: PasswordFieldProps) {
  const [revealed, setRevealed] = useState(false);
  const policyHint = policy === undefined ? undefined : describePasswordPolicy(policy ?? undefined);
  return (
    <TextField
      id={id}
      hint={hint && policyHint ? `${String(hint)} ${policyHint}` : (hint ?? policyHint)}
      type={revealed ? 'text' : 'password'}
      spellCheck={false}
      addon={
        <Button
          variant="secondary"
          className="shrink-0"
          aria-controls={id}
          onClick={() => setRevealed((shown) => !shown)}
        >
          {revealed ? 'Hide' : 'Show'}
          <span className="sr-only"> password</span>
        </Button>
      }
      {...input}
    />
  );
}
