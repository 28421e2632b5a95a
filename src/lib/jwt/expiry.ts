export type ExpiryState =
  | { kind: 'no-expiry' }
  | { kind: 'not-yet-valid'; secondsUntilValid: number }
  | { kind: 'valid'; secondsLeft: number }
  | { kind: 'expired'; secondsAgo: number };

/** Where a token stands at `nowMs`, from its `exp` and `nbf` (NumericDate, seconds). */
export function expiryState(exp: number | undefined, nowMs: number, nbf?: number): ExpiryState {
  const now = Math.floor(nowMs / 1000);
  if (nbf !== undefined && now < nbf)
    return { kind: 'not-yet-valid', secondsUntilValid: nbf - now };
  if (exp === undefined) return { kind: 'no-expiry' };
  // RFC 7519: the token must not be accepted on or after exp.
  if (now >= exp) return { kind: 'expired', secondsAgo: now - exp };
  return { kind: 'valid', secondsLeft: exp - now };
}

/** A countdown as a clock: `59:07`, `1:02:03`. */
export function formatCountdown(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  const mm = String(minutes).padStart(hours > 0 ? 2 : 1, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** A duration in words, to its two largest units: `1 day 2 hours`, `5 minutes`, `12 seconds`. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const units: [number, string][] = [
    [Math.floor(s / 86_400), 'day'],
    [Math.floor((s % 86_400) / 3600), 'hour'],
    [Math.floor((s % 3600) / 60), 'minute'],
    [s % 60, 'second'],
  ];
  const first = units.findIndex(([n]) => n > 0);
  if (first === -1) return '0 seconds';
  return units
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => plural(n, unit))
    .join(' ');
}

/** How long the token was issued for (exp − iat), when both are there. */
export function lifetimeSeconds(iat: number | undefined, exp: number | undefined) {
  return iat !== undefined && exp !== undefined ? exp - iat : undefined;
}

/**
 * The coarse state a screen reader hears: it changes a handful of times in a token's life, never
 * every second.
 */
export function expiryAnnouncement(state: ExpiryState): string {
  switch (state.kind) {
    case 'no-expiry':
      return 'This token has no expiry time.';
    case 'not-yet-valid':
      return 'This token is not valid yet.';
    case 'expired':
      return 'This token has expired.';
    case 'valid':
      if (state.secondsLeft <= 60) return 'This token expires within a minute.';
      if (state.secondsLeft <= 300) return 'This token expires within 5 minutes.';
      return 'This token is valid.';
  }
}
