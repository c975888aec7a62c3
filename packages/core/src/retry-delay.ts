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

/*
 * An HTTP-date in any of its three forms (RFC 9110 §5.6.7): IMF-fixdate `Sun, 06 Nov 1994 08:49:37
 * GMT`, the obsolete RFC 850 `Sunday, 06-Nov-94 08:49:37 GMT` and asctime `Sun Nov  6 08:49:37 1994`.
 * Each starts with a weekday name; this keeps Date.parse from guessing at other text.
 */
const httpDate = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? /

/**
 * A `Retry-After` header (delay-seconds or HTTP-date) in milliseconds from `now`, or undefined if
 * absent or unreadable. Always finite, however far off the provider asks: callers compare it with
 * their bound (`RETRY_AFTER_MAX_MS`) rather than sleep through it.
 */
export function parseRetryAfterMs(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Math.min(Number(trimmed) * 1000, Number.MAX_SAFE_INTEGER)
  if (!httpDate.test(trimmed)) return undefined
  // asctime has no zone: it is GMT, as every HTTP-date is.
  const at = Date.parse(/\d{4}$/.test(trimmed) ? `${trimmed} GMT` : trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}
