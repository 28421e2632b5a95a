import type { RequestContext } from '../protocol/context.ts';
import { invalidParameter } from '../protocol/errors.ts';
import type { UserPoolRecord, UserRecord } from '../store/types.ts';
import { getAttribute } from '../user-admin/attributes.ts';
import { requireUser } from '../user-admin/find-user.ts';
import { updateUser } from '../user-admin/write-user.ts';
import { userOfAccessToken } from '../user-self/access-token.ts';
import { getPool } from '../userpools/pool-store.ts';
import type { MfaMethod } from './mfa-factors.ts';

interface FactorSetting {
  Enabled?: boolean;
  PreferredMfa?: boolean;
}

interface MfaPreferenceInput {
  SMSMfaSettings?: FactorSetting;
  SoftwareTokenMfaSettings?: FactorSetting;
  EmailMfaSettings?: FactorSetting;
}

const noDeliveryConfig = (method: MfaMethod) =>
  invalidParameter(`User does not have delivery config set to turn on ${method}`);

/**
 * Turns each factor named on or off and sets the preferred one; a factor the request leaves out
 * keeps its setting. A factor can only be turned on when the user can receive it.
 */
function setMfaPreference(
  ctx: RequestContext,
  pool: UserPoolRecord,
  user: UserRecord,
  input: MfaPreferenceInput,
): void {
  const settings: [MfaMethod, FactorSetting | undefined][] = [
    ['SMS_MFA', input.SMSMfaSettings],
    ['SOFTWARE_TOKEN_MFA', input.SoftwareTokenMfaSettings],
  ];
  for (const [method, setting] of settings) {
    if (!setting?.Enabled) continue;
    const reachable =
      method === 'SMS_MFA'
        ? getAttribute(user, 'phone_number') !== undefined
        : user.softwareToken?.secret !== undefined;
    if (!reachable) throw noDeliveryConfig(method);
  }
  updateUser(ctx, pool, user, () => {
    const methods = new Set(user.mfaMethods ?? []);
    let preferred = user.preferredMfa;
    for (const [method, setting] of settings) {
      if (!setting) continue;
      if (setting.Enabled) methods.add(method);
      else if (setting.Enabled === false) methods.delete(method);
      if (setting.PreferredMfa && methods.has(method)) preferred = method;
      else if (preferred === method && (setting.PreferredMfa === false || !methods.has(method))) {
        preferred = undefined;
      }
    }
    user.mfaMethods = [...methods];
    if (preferred) user.preferredMfa = preferred;
    else delete user.preferredMfa;
  });
}

export async function setUserMFAPreference(
  input: MfaPreferenceInput & { AccessToken: string },
  ctx: RequestContext,
) {
  const { pool, user } = await userOfAccessToken(ctx, input.AccessToken);
  setMfaPreference(ctx, pool, user, input);
  return {};
}

export function adminSetUserMFAPreference(
  input: MfaPreferenceInput & { UserPoolId: string; Username: string },
  ctx: RequestContext,
) {
  const pool = getPool(ctx, input.UserPoolId);
  setMfaPreference(ctx, pool, requireUser(pool, input.Username), input);
  return {};
}
