import { describe, expect, it } from 'vitest';
import { isOperatorGroup, isSignedInOperator, operatorStanding } from './console-operators';

const operatorPool = 'us-east-1_C0nsoleAd';
const me = { poolId: operatorPool, sub: 'sub-me', username: 'uuid-me' };

describe('isSignedInOperator', () => {
  it('recognises the signed-in operator by sub in the console pool only', () => {
    expect(
      isSignedInOperator({ poolId: operatorPool, username: 'uuid-me', sub: 'sub-me' }, me),
    ).toBe(true);
    expect(
      isSignedInOperator({ poolId: 'us-east-1_Other', username: 'uuid-me', sub: 'sub-me' }, me),
    ).toBe(false);
    expect(
      isSignedInOperator({ poolId: operatorPool, username: 'uuid-other', sub: 'sub-other' }, me),
    ).toBe(false);
  });

  it('falls back to the username when the sub is not known', () => {
    expect(isSignedInOperator({ poolId: operatorPool, username: 'uuid-me' }, me)).toBe(true);
    expect(isSignedInOperator({ poolId: operatorPool, username: 'someone' }, me)).toBe(false);
  });
});

describe('isOperatorGroup', () => {
  it('is the role groups of the console pool', () => {
    expect(isOperatorGroup(operatorPool, 'admins', operatorPool)).toBe(true);
    expect(isOperatorGroup(operatorPool, 'support', operatorPool)).toBe(true);
    expect(isOperatorGroup(operatorPool, 'developers', operatorPool)).toBe(false);
    expect(isOperatorGroup('us-east-1_Other', 'admins', operatorPool)).toBe(false);
  });
});

describe('operatorStanding', () => {
  const admin = { poolId: operatorPool, username: 'uuid-admin', sub: 'sub-admin' };

  it('is null outside the console pool', () => {
    expect(operatorStanding({ ...admin, poolId: 'us-east-1_Other' }, ['admins'], me)).toBeNull();
  });

  it('gives the role from the groups', () => {
    expect(operatorStanding(admin, ['admins'], me)).toEqual({
      operator: true,
      role: 'admin',
      self: false,
    });
    expect(operatorStanding(admin, ['other', 'support'], me)?.role).toBe('support');
  });

  it('counts a user as an operator while their groups are unknown', () => {
    expect(operatorStanding(admin, undefined, me)).toEqual({ operator: true, self: false });
  });

  it('is no operator in no role group', () => {
    expect(operatorStanding(admin, ['developers'], me)).toEqual({ operator: false, self: false });
  });

  it('marks the signed-in operator', () => {
    expect(
      operatorStanding(
        { poolId: operatorPool, username: 'uuid-me', sub: 'sub-me' },
        ['admins'],
        me,
      ),
    ).toEqual({
      operator: true,
      role: 'admin',
      self: true,
    });
  });
});
