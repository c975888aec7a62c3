import type { ResolvedRetryOptions } from './retry-options'

/**
 * Exponential backoff with full jitter: a uniformly random wait in [0, min(max, base × 2^(retry-1))],
 * so many clients failing together do not retry in lockstep.
 */
export function backoffDelayMs(
  retry: number,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.backoffMs * 2 ** (retry - 1))
  return Math.floor(random() * ceiling)
}

/** A `Retry-After` header (delay-seconds or HTTP-date) in milliseconds from `now`, or undefined if absent or unreadable. */
export function parseRetryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  // An HTTP-date always names a weekday; this keeps Date.parse from guessing at other text.
  if (!/^[A-Za-z]{3},/.test(trimmed)) return undefined
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}
