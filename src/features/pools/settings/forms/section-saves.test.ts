import { describe, expect, it } from 'vitest';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { fullyPopulatedPool } from '@/lib/user-pools/fully-populated-pool';
import {
  diffUserPoolUpdate,
  toUpdateUserPoolInput,
  type UserPoolEdits,
} from '@/lib/user-pools/update-user-pool';
import { messagesEdits, toMessagesValues } from './messages';
import { protectionEdits, toProtectionValues } from './protection';
import { signInEdits, toSignInValues } from './sign-in';
import { signUpEdits, toSignUpValues } from './sign-up';
import { toTriggersValues, triggersEdits } from './triggers';

/** A pool as Describe returns it with nothing optional set. */
const barePool: UserPool = { Id: 'eu-west-1_BarePool1', Name: 'bare' };

/** A pool as the console creates it: AWS's defaults written out. */
const freshPool: UserPool = {
  Id: 'eu-west-1_FreshPool',
  Name: 'fresh',
  Policies: {
    PasswordPolicy: {
      MinimumLength: 8,
      RequireUppercase: true,
      RequireLowercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 7,
    },
  },
  DeletionProtection: 'ACTIVE',
  MfaConfiguration: 'OFF',
  EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' },
  VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE' },
  AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
  AccountRecoverySetting: {
    RecoveryMechanisms: [
      { Name: 'verified_email', Priority: 1 },
      { Name: 'verified_phone_number', Priority: 2 },
    ],
  },
};

const sections: Array<[string, (pool: UserPool) => UserPoolEdits]> = [
  ['Sign-in', (pool) => signInEdits(pool, toSignInValues(pool))],
  ['Sign-up', (pool) => signUpEdits(pool, toSignUpValues(pool))],
  ['Messages', (pool) => messagesEdits(pool, toMessagesValues(pool))],
  ['Triggers', (pool) => triggersEdits(pool, toTriggersValues(pool))],
  ['Protection and tags', (pool) => protectionEdits(pool, toProtectionValues(pool))],
];

const pools: Array<[string, UserPool]> = [
  ['a fully populated pool', fullyPopulatedPool],
  ['a pool with nothing optional set', barePool],
  ['a pool with the defaults the console creates', freshPool],
];

describe('saving a settings group the user did not edit', () => {
  for (const [section, untouchedEdits] of sections) {
    for (const [what, pool] of pools) {
      it(`${section}: sends ${what} back unchanged`, () => {
        const unchanged = toUpdateUserPoolInput(pool, {});
        const saved = toUpdateUserPoolInput(pool, untouchedEdits(pool));
        expect(diffUserPoolUpdate(unchanged, saved)).toEqual([]);
      });
    }
  }

  it('Sign-up: a pool without AdminCreateUserConfig gets none (self-registration stays on)', () => {
    const input = toUpdateUserPoolInput(barePool, signUpEdits(barePool, toSignUpValues(barePool)));
    expect(input).not.toHaveProperty('AdminCreateUserConfig');
    expect(input).not.toHaveProperty('AutoVerifiedAttributes');
  });

  it('Sign-in: a pool without device tracking gets no DeviceConfiguration', () => {
    const input = toUpdateUserPoolInput(barePool, signInEdits(barePool, toSignInValues(barePool)));
    expect(input).not.toHaveProperty('DeviceConfiguration');
  });
});
