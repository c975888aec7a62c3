import { RETRY_AFTER_MAX_MS, RETRY_LIMIT_MAX } from './wait-bounds'

/** How a transport retries: only network errors, timeouts, 429 and 5xx, and only read-only requests. */
export interface RetryOptions {
  /** Retries after the first attempt (0 = no retry), at most `RETRY_LIMIT_MAX` (10). */
  limit: number
  /** Base of the exponential backoff: attempt n waits a random time in [0, backoffMs × 2^(n-1)]. Default 250. */
  backoffMs?: number
  /** Cap of one backoff delay. Default 4000. */
  maxDelayMs?: number
  /**
   * Longest `Retry-After` honoured, at most `RETRY_AFTER_MAX_MS` (an hour); asked for longer, the
   * request throws `rate_limited` with the provider's `retryAfterMs` instead of waiting. Default 10000.
   */
  maxRetryAfterMs?: number
}

export type ResolvedRetryOptions = Required<RetryOptions>

export const defaultRetry: ResolvedRetryOptions = {
  limit: 2,
  backoffMs: 250,
  maxDelayMs: 4_000,
  maxRetryAfterMs: 10_000,
}

function bounded(name: string, value: number, integer: boolean, max: number): number {
  if (!Number.isFinite(value) || value < 0 || value > max || (integer && !Number.isInteger(value))) {
    throw new RangeError(
      `retry.${name} must be a non-negative ${integer ? 'integer' : 'number'}, at most ${max}, got ${value}.`,
    )
  }
  return value
}

export function resolveRetryOptions(retry: number | RetryOptions | false | undefined): ResolvedRetryOptions {
  if (retry === false) return { ...defaultRetry, limit: 0 }
  if (retry === undefined) return defaultRetry
  const options = typeof retry === 'number' ? { limit: retry } : retry
  const wait = (name: 'backoffMs' | 'maxDelayMs' | 'maxRetryAfterMs') =>
    bounded(name, options[name] ?? defaultRetry[name], false, RETRY_AFTER_MAX_MS)
  return {
    limit: bounded('limit', options.limit, true, RETRY_LIMIT_MAX),
    backoffMs: wait('backoffMs'),
    maxDelayMs: wait('maxDelayMs'),
    maxRetryAfterMs: wait('maxRetryAfterMs'),
  }
}
