import { describe, expect, it } from 'vitest';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { fullyPopulatedPool } from '@/lib/user-pools/fully-populated-pool';
import { diffUserPoolUpdate, toUpdateUserPoolInput } from '@/lib/user-pools/update-user-pool';
import { signUpEdits, signUpSchema, toSignUpValues, type SignUpValues } from './sign-up';

function changesOf(pool: UserPool, edit: Partial<SignUpValues>) {
  const values = { ...toSignUpValues(pool), ...edit };
  return diffUserPoolUpdate(
    toUpdateUserPoolInput(pool, {}),
    toUpdateUserPoolInput(pool, signUpEdits(pool, values)),
  );
}

describe('Sign-up settings', () => {
  it('shows self-registration and the attributes verified automatically', () => {
    expect(toSignUpValues(fullyPopulatedPool)).toEqual({
      selfRegistration: false,
      autoVerified: ['email'],
    });
  });

  it('turning self-registration on keeps the invitation templates', () => {
    expect(changesOf(fullyPopulatedPool, { selfRegistration: true })).toEqual([
      { path: 'AdminCreateUserConfig.AllowAdminCreateUserOnly', before: true, after: false },
    ]);
  });

  it('turning self-registration off in a pool that never said sends it', () => {
    const pool: UserPool = { Id: 'eu-west-1_Open', Name: 'open' };
    expect(changesOf(pool, { selfRegistration: false })).toEqual([
      {
        path: 'AdminCreateUserConfig',
        before: undefined,
        after: { AllowAdminCreateUserOnly: true },
      },
    ]);
  });

  it('verifying phone numbers too changes that list only', () => {
    expect(changesOf(fullyPopulatedPool, { autoVerified: ['email', 'phone_number'] })).toEqual([
      { path: 'AutoVerifiedAttributes', before: ['email'], after: ['email', 'phone_number'] },
    ]);
  });

  it('refuses to stop verifying an attribute Sign-in keeps until verified', () => {
    const result = signUpSchema(fullyPopulatedPool).safeParse({
      selfRegistration: true,
      autoVerified: [],
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['autoVerified']);
  });
});
