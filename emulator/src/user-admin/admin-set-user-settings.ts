import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import { getPool } from '../userpools/pool-store.ts';
import { requireUser } from './find-user.ts';
import type { MfaOption, UserPoolRecord, UserRecord } from '../store/types.ts';
import { updateUser } from './write-user.ts';

/** The legacy MFAOptions setting: only SMS to phone_number can be set this way (API_AdminSetUserSettings.html). */
export function adminSetUserSettings(
  input: { UserPoolId: string; Username: string; MFAOptions: Partial<MfaOption>[] },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  setMfaOptions(ctx, pool, requireUser(pool, input.Username), input.MFAOptions);
  return {};
}

export function setMfaOptions(
  ctx: RequestContext,
  pool: UserPoolRecord,
  user: UserRecord,
  mfaOptions: Partial<MfaOption>[],
): void {
  const options = mfaOptions.map((o) => {
    if (o.DeliveryMedium !== 'SMS' || o.AttributeName !== 'phone_number') {
      throw invalidParameter(
        'Only phone_number attribute with SMS delivery medium is supported for MFAOptions.',
      );
    }
    return { DeliveryMedium: 'SMS', AttributeName: 'phone_number' };
  });
  updateUser(ctx, pool, user, () => {
    user.mfaOptions = options.slice(0, 1);
  });
}
