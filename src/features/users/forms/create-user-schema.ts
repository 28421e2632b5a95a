import { z } from 'zod';
import {
  validateCreateUser,
  type CreateUserFormValues,
  type CreateUserPool,
} from './create-user-input';

export const createUserDefaults: CreateUserFormValues = {
  username: '',
  attributes: {},
  emailVerified: true,
  phoneVerified: false,
  invitation: 'send',
  sendEmail: true,
  sendSms: false,
  temporaryPassword: '',
  forceAliasCreation: false,
};

/** The form's schema for one pool: shapes from zod, the pool's rules from the pure validator. */
export function createUserSchema(pool: CreateUserPool) {
  return z
    .object({
      username: z.string(),
      attributes: z.record(z.string(), z.string()),
      emailVerified: z.boolean(),
      phoneVerified: z.boolean(),
      invitation: z.enum(['send', 'suppress']),
      sendEmail: z.boolean(),
      sendSms: z.boolean(),
      temporaryPassword: z.string(),
      forceAliasCreation: z.boolean(),
    })
    .superRefine((values, ctx) => {
      for (const issue of validateCreateUser(pool, values)) {
        const [head, ...rest] = issue.path.split('.');
        ctx.addIssue({
          code: 'custom',
          message: issue.message,
          // attributes.custom:tier -> ['attributes', 'custom:tier'] (names never contain a dot).
          path: rest.length > 0 ? [head ?? '', rest.join('.')] : [issue.path],
        });
      }
    });
}
