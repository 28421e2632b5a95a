import { describe, expect, it } from 'vitest';
import type { UserPool } from '@/api/pools/describe-user-pool';
import { poolOverviewSections } from './pool-overview-sections';

const valueOf = (pool: UserPool, section: string, term: string) =>
  poolOverviewSections(pool)
    .find((s) => s.title === section)
    ?.items.find((i) => i.term === term)?.value;

describe('poolOverviewSections', () => {
  const pool: UserPool = {
    Id: 'us-east-1_abc',
    Name: 'acme',
    DeletionProtection: 'ACTIVE',
    UsernameConfiguration: { CaseSensitive: false },
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    AccountRecoverySetting: {
      RecoveryMechanisms: [
        { Name: 'verified_phone_number', Priority: 2 },
        { Name: 'verified_email', Priority: 1 },
      ],
    },
    LambdaConfig: { PreSignUp: 'arn:aws:lambda:us-east-1:1:function:pre' },
    EstimatedNumberOfUsers: 0,
  };

  it('describes settings in words', () => {
    expect(valueOf(pool, 'General', 'Deletion protection')).toBe('Active');
    expect(valueOf(pool, 'General', 'Estimated users')).toBe('0');
    expect(valueOf(pool, 'Sign-in', 'Usernames')).toBe('Case-insensitive');
    expect(valueOf(pool, 'Sign-up and admin-created users', 'Self sign-up')).toBe(
      'Off (administrators create users)',
    );
  });

  it('orders recovery methods by priority', () => {
    expect(valueOf(pool, 'Account recovery', 'Recovery methods (in order)')).toBe(
      '1. verified_email, 2. verified_phone_number',
    );
  });

  it('lists only configured triggers and says when there are none', () => {
    expect(valueOf(pool, 'Lambda triggers', 'Pre sign-up')).toBe(
      'arn:aws:lambda:us-east-1:1:function:pre',
    );
    expect(valueOf({ Id: 'x' }, 'Lambda triggers', 'Triggers')).toBe('None');
  });

  it('leaves unset values empty so the UI can say "Not set"', () => {
    expect(valueOf({ Id: 'x' }, 'General', 'ARN')).toBe('');
    expect(valueOf({ Id: 'x' }, 'Devices', 'Remember devices')).toBe('Off');
  });
});
