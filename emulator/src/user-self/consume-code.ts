import type { ClientContext } from '../auth/sign-in.ts';
import type { RequestContext } from '../protocol/context.ts';
import type { CodeRecord, UserRecord } from '../store/types.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { checkCode, codeError } from './codes.ts';

/**
 * Checks the code typed against the one stored under `slot`; a wrong code is counted (durably, so
 * a restart does not reset the limit) and throws, as do a locked or expired one.
 */
export function consumeCode(
  ctx: RequestContext,
  { pool }: ClientContext,
  user: UserRecord,
  slot: 'signUpCode' | 'passwordResetCode',
  given: string,
): CodeRecord {
  const record = user[slot];
  const check = checkCode(record, given, epochSeconds(ctx.now));
  if (check === 'ok') return record!;
  if (check === 'mismatch') {
    updateUser(
      ctx,
      pool,
      user,
      () => {
        record!.failedAttempts = (record!.failedAttempts ?? 0) + 1;
      },
      { stamp: false },
    );
  }
  throw codeError(check);
}
