import { formatDuration } from '@/lib/jwt/expiry';

const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' });

/** A NumericDate (seconds) as a date and time with its zone. */
export function formatEpochSeconds(seconds: number): string {
  return absolute.format(new Date(seconds * 1000));
}

/** How far a NumericDate is from now, in words: "in 59 minutes", "3 hours ago". */
export function relativeToNow(seconds: number, nowMs: number): string {
  const delta = seconds - Math.floor(nowMs / 1000);
  if (delta === 0) return 'now';
  return delta > 0 ? `in ${formatDuration(delta)}` : `${formatDuration(-delta)} ago`;
}
