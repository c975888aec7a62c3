/** How a transport retries: only network errors, timeouts, 429 and 5xx, and only read-only requests. */
export interface RetryOptions {
  /** Retries after the first attempt (0 = no retry). */
  limit: number
  /** Base of the exponential backoff: attempt n waits a random time in [0, backoffMs × 2^(n-1)]. Default 250. */
  backoffMs?: number
  /** Cap of one backoff delay. Default 4000. */
  maxDelayMs?: number
  /** Longest `Retry-After` honoured; a longer one is not waited for and the response is returned. Default 10000. */
  maxRetryAfterMs?: number
}

export type ResolvedRetryOptions = Required<RetryOptions>

export const defaultRetry: ResolvedRetryOptions = {
  limit: 2,
  backoffMs: 250,
  maxDelayMs: 4_000,
  maxRetryAfterMs: 10_000,
}

function nonNegative(name: string, value: number, integer: boolean): number {
  if (!Number.isFinite(value) || value < 0 || (integer && !Number.isInteger(value))) {
    throw new RangeError(
      `retry.${name} must be a non-negative ${integer ? 'integer' : 'number'}, got ${value}.`,
    )
  }
  return value
}

export function resolveRetryOptions(retry: number | RetryOptions | false | undefined): ResolvedRetryOptions {
  if (retry === false) return { ...defaultRetry, limit: 0 }
  if (retry === undefined) return defaultRetry
  const options = typeof retry === 'number' ? { limit: retry } : retry
  return {
    limit: nonNegative('limit', options.limit, true),
    backoffMs: nonNegative('backoffMs', options.backoffMs ?? defaultRetry.backoffMs, false),
    maxDelayMs: nonNegative('maxDelayMs', options.maxDelayMs ?? defaultRetry.maxDelayMs, false),
    maxRetryAfterMs: nonNegative(
      'maxRetryAfterMs',
      options.maxRetryAfterMs ?? defaultRetry.maxRetryAfterMs,
      false,
    ),
  }
}
