import { useEffect, useState } from 'react';

/** The longest delay setTimeout accepts. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Whether a NumericDate (seconds) has passed; re-renders once when it does, not every second.
 */
export function useHasPassed(epochSeconds: number | undefined): boolean {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (epochSeconds === undefined) return;
    const wait = Math.max(0, epochSeconds * 1000 - Date.now());
    const timer = setTimeout(() => setNow(Date.now()), Math.min(wait, MAX_DELAY_MS));
    return () => clearTimeout(timer);
  }, [epochSeconds]);
  return epochSeconds !== undefined && now >= epochSeconds * 1000;
}
