import { describe, expect, it } from 'vitest';
import { OWN_ACCOUNT_SKIPPED, skipReason } from './skip-reason';

const operator = { poolId: 'us-east-1_Admins', sub: 'sub-me', username: 'me' };
const spare = { spareOwnAccount: true, invitation: false };

describe('skipReason', () => {
  it('spares the signed-in operator’s own account in the console’s pool, by sub or username', () => {
    expect(skipReason('us-east-1_Admins', spare, { username: 'x', sub: 'sub-me' }, operator)).toBe(
      OWN_ACCOUNT_SKIPPED,
    );
    expect(skipReason('us-east-1_Admins', spare, { username: 'me' }, operator)).toBe(
      OWN_ACCOUNT_SKIPPED,
    );
    expect(
      skipReason('us-east-1_Admins', spare, { username: 'other', sub: 'sub-other' }, operator),
    ).toBeUndefined();
  });

  it('acts on a same-named user of another pool, and on the operator where nothing locks them out', () => {
    expect(skipReason('us-east-1_Customers', spare, { username: 'me' }, operator)).toBeUndefined();
    expect(
      skipReason(
        'us-east-1_Admins',
        { spareOwnAccount: false, invitation: false },
        { username: 'me' },
        operator,
      ),
    ).toBeUndefined();
  });

  it('sends invitations only to users the list showed in FORCE_CHANGE_PASSWORD (or of unknown status)', () => {
    const invite = { spareOwnAccount: false, invitation: true };
    expect(skipReason('p', invite, { username: 'a', status: 'CONFIRMED' }, null)).toBe(
      'Skipped: status is CONFIRMED. Only users who have not signed in yet (FORCE_CHANGE_PASSWORD) get their invitation again.',
    );
    expect(
      skipReason('p', invite, { username: 'a', status: 'FORCE_CHANGE_PASSWORD' }, null),
    ).toBeUndefined();
    expect(skipReason('p', invite, { username: 'a' }, null)).toBeUndefined();
  });
});
