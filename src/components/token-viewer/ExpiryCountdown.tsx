import { expiryAnnouncement, expiryState, formatCountdown, formatDuration } from '@/lib/jwt/expiry';
import { formatEpochSeconds } from './format-time';
import { useNow } from './use-now';

/**
 * Time left before the token expires, ticking every second on screen. Screen readers get a
 * separate status that changes only a few times (valid, 5 minutes, 1 minute, expired).
 */
export function ExpiryCountdown({ exp, nbf }: { exp: number | undefined; nbf?: number }) {
  const now = useNow(1000);
  const state = expiryState(exp, now, nbf);
  let shown: string;
  switch (state.kind) {
    case 'no-expiry':
      shown = 'No expiry time (exp)';
      break;
    case 'not-yet-valid':
      shown = `Not valid for another ${formatDuration(state.secondsUntilValid)}`;
      break;
    case 'expired':
      shown = `Expired ${formatDuration(state.secondsAgo)} ago`;
      break;
    case 'valid':
      shown = `${formatCountdown(state.secondsLeft)} left`;
      break;
  }
  return (
    <span>
      <span
        className={state.kind === 'valid' ? 'font-mono text-slate-900' : 'font-medium text-red-800'}
      >
        {shown}
      </span>
      {exp !== undefined && <span className="text-slate-600"> · {formatEpochSeconds(exp)}</span>}
      <span role="status" className="sr-only">
        {expiryAnnouncement(state)}
      </span>
    </span>
  );
}
