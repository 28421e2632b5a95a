import { z } from 'zod';
import {
  passwordPolicyMessage,
  type PasswordPolicyInput,
} from '@/lib/user-attributes/password-policy';

export interface SetPasswordFormValues {
  password: string;
  permanent: 'temporary' | 'permanent';
}

export function setPasswordSchema(policy: PasswordPolicyInput | undefined) {
  return z.object({
    password: z.string().superRefine((password, ctx) => {
      const message = passwordPolicyMessage(password, policy);
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
    permanent: z.enum(['temporary', 'permanent']),
  });
}
