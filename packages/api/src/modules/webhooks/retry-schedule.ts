/**
 * Delays before each retry, as multiples of the base (5 s by default): 5 s, 1 min, 5 min,
 * 30 min, 2 h, 5 h, 10 h, 10 h, 24 h, 24 h, about three days from the first attempt to the last.
 */
const MULTIPLES = [1, 12, 60, 360, 1440, 3600, 7200, 7200, 17280, 17280] as const;

/** Attempts in all (the first one and every retry). */
export const MAX_ATTEMPTS = MULTIPLES.length + 1;

/** Consecutive failed attempts after which an endpoint is marked failing. */
export const FAILING_AFTER = 5;

/**
 * The delay after the given number of failed attempts, with ±20 % jitter so retries of many
 * events do not arrive together; null when the attempts are used up.
 */
export function retryDelayMs(failedAttempts: number, baseMs: number, random: () => number = Math.random): number | null {
  const multiple = MULTIPLES[failedAttempts - 1];
  if (multiple === undefined) return null;
  return Math.round(multiple * baseMs * (0.8 + 0.4 * random()));
}
