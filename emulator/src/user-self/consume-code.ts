import type { RequestContext } from '../protocol/context.ts';
import type { CodeRecord, UserPoolRecord, UserRecord } from '../store/types.ts';
import { epochSeconds } from '../userpools/pool-store.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { checkCode, codeError } from './codes.ts';

/**
 * Checks the code typed against the user's `record` of the code sent; a wrong code is counted (durably, so
 * a restart does not reset the limit) and throws, as do a locked or expired one.
 */
export function consumeCode(
  ctx: RequestContext,
  pool: UserPoolRecord,
  user: UserRecord,
  record: CodeRecord | undefined,
  given: string,
): CodeRecord {
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
