import { invalidParameter } from '../protocol/errors.ts';

type Units = { AccessToken?: string; IdToken?: string; RefreshToken?: string };

const SECONDS: Record<string, number> = { seconds: 1, minutes: 60, hours: 3600, days: 86400 };

export interface ValidityInput {
  AccessTokenValidity?: number;
  IdTokenValidity?: number;
  RefreshTokenValidity?: number;
  TokenValidityUnits?: Units;
}

function checkRange(name: string, seconds: number, min: number, max: number, words: string): void {
  if (seconds < min || seconds > max) {
    throw invalidParameter(`${name} must be between ${words}.`);
  }
}

/**
 * The validity fields as stored. Values count in the units sent, or hours (access, ID) and days
 * (refresh) without them; access and ID tokens last 5 minutes to 1 day, refresh tokens 60
 * minutes to 10 years (30 days when not set).
 */
export function tokenValidity(input: ValidityInput): Record<string, unknown> {
  const units = input.TokenValidityUnits;
  const out: Record<string, unknown> = {};
  const refreshUnit = units?.RefreshToken ?? 'days';
  const refresh = input.RefreshTokenValidity
    ? input.RefreshTokenValidity
    : (30 * 86400) / SECONDS[refreshUnit]!;
  checkRange(
    'RefreshTokenValidity',
    refresh * SECONDS[refreshUnit]!,
    3600,
    3650 * 86400,
    '60 minutes and 10 years',
  );
  out.RefreshTokenValidity = refresh;
  for (const [field, unitKey] of [
    ['AccessTokenValidity', 'AccessToken'],
    ['IdTokenValidity', 'IdToken'],
  ] as const) {
    const value = input[field];
    if (value === undefined) continue;
    const seconds = value * SECONDS[units?.[unitKey] ?? 'hours']!;
    checkRange(field, seconds, 300, 86400, '5 minutes and 1 day');
    out[field] = value;
  }
  if (units) out.TokenValidityUnits = { ...units };
  return out;
}
