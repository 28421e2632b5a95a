/** Rate and time left of an export, from what it has written so far. */
export interface ExportPace {
  usersPerSecond: number;
  /** Seconds left; only when the total is known (a whole-pool export) and a rate exists. */
  secondsLeft?: number;
}

export function exportPace(
  users: number,
  elapsedMs: number,
  total: number | undefined,
): ExportPace {
  const usersPerSecond = elapsedMs > 0 ? (users * 1000) / elapsedMs : 0;
  if (total === undefined || usersPerSecond <= 0) return { usersPerSecond };
  // The pool's count is an estimate: never promise less than nothing.
  return { usersPerSecond, secondsLeft: Math.max(0, (total - users) / usersPerSecond) };
}

/** "45 s", "3 min 20 s", "2 h 5 min". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} min ${s % 60} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
