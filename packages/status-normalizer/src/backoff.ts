/**
 * The pause before poll number `attempt + 1`: doubling from `intervalMs` up to `maxIntervalMs`, then
 * "equal jitter" — a random point in the upper half — so many waiters started together drift apart
 * without ever polling faster than half the nominal interval.
 */
export function backoffDelay(
  attempt: number,
  intervalMs: number,
  maxIntervalMs: number,
  random: () => number = Math.random,
): number {
  const nominal = Math.min(maxIntervalMs, intervalMs * 2 ** Math.min(attempt, 52))
  return nominal / 2 + (nominal / 2) * random()
}
