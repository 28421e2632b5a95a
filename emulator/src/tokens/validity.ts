/** Seconds each token lasts for an app client, from its *Validity and TokenValidityUnits. */
export interface TokenLifetimes {
  idToken: number;
  accessToken: number;
  refreshToken: number;
}

const UNIT_SECONDS: Record<string, number> = {
  seconds: 1,
  minutes: 60,
  hours: 3600,
  days: 86400,
};

function lifetime(value: unknown, unit: unknown, defaultUnit: string, fallback: number): number {
  if (typeof value !== 'number' || value <= 0) return fallback;
  const perUnit =
    UNIT_SECONDS[typeof unit === 'string' ? unit : defaultUnit] ?? UNIT_SECONDS[defaultUnit]!;
  return value * perUnit;
}

/**
 * AWS defaults: ID and access tokens 60 minutes, refresh tokens 30 days. A validity sent without
 * units counts in hours (ID, access) or days (refresh).
 */
export function tokenLifetimes(client: Record<string, unknown> | undefined): TokenLifetimes {
  const units = (client?.TokenValidityUnits ?? {}) as Record<string, unknown>;
  return {
    idToken: lifetime(client?.IdTokenValidity, units.IdToken, 'hours', 3600),
    accessToken: lifetime(client?.AccessTokenValidity, units.AccessToken, 'hours', 3600),
    refreshToken: lifetime(client?.RefreshTokenValidity, units.RefreshToken, 'days', 30 * 86400),
  };
}
