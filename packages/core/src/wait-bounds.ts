/*
 * Upper bounds on every wait durum makes, so no option and no provider answer can make it sleep for
 * ever, and none comes near the 2³¹−1 ms past which Node fires a timer at once.
 */

/** The longest `timeout` of one attempt (request and body): 5 minutes. */
export const TIMEOUT_MAX_MS = 300_000

/**
 * The longest wait a provider may impose through `Retry-After` (and the most `retry.backoffMs`,
 * `retry.maxDelayMs` and `retry.maxRetryAfterMs` may be): an hour. Asked for longer, durum throws
 * `rate_limited` with the provider's `retryAfterMs` instead of sleeping.
 */
export const RETRY_AFTER_MAX_MS = 3_600_000

/** The most retries after a first attempt. */
export const RETRY_LIMIT_MAX = 10
