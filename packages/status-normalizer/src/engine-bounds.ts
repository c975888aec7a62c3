import { RETRY_AFTER_MAX_MS, ValidationError } from '@durum/core'
import { engineSaid, shownValue } from './engine-messages'

/*
 * Every wait the engine makes is bounded, far below the 2³¹−1 ms past which a timer fires at once on
 * Node, so no option and no provider answer can make it sleep forever or spin.
 */

/** The longest `waitForStatus` polls in one call: a day. A longer wait belongs to a job that polls again later. */
export const WAIT_TIMEOUT_MAX_MS = 86_400_000
/**
 * The longest single pause (an hour): between polls (`intervalMs`, `maxIntervalMs`), between a
 * provider's starts (so `ratePerMinute` is at least one an hour), and the longest a provider's
 * `Retry-After` is waited out — core's own bound, so the transport and the engine agree. A provider
 * asking for longer gets its `rate_limited` error back instead.
 */
export const PAUSE_MAX_MS = RETRY_AFTER_MAX_MS
/** The most queries a batch keeps in flight. */
export const CONCURRENCY_MAX = 1000
/** One query start an hour: a slower rate would pause longer than `PAUSE_MAX_MS`. */
export const RATE_PER_MINUTE_MIN = 60_000 / PAUSE_MAX_MS
/** Sixteen thousand starts a second: a faster rate is no limit at all, and its slot arithmetic loses precision. */
export const RATE_PER_MINUTE_MAX = 1_000_000

/** A number of milliseconds in (0, `max`]; `ValidationError` naming `field` and the bound otherwise. */
export function boundedMs(value: unknown, field: string, max: number, span: 'day' | 'hour'): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > max) {
    throw new ValidationError({
      field,
      ...engineSaid({
        reason: 'core.invalid_milliseconds',
        params: { field, max, span, value: shownValue(value) },
      }),
    })
  }
  return value
}

export function checkConcurrency(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 1 || (value as number) > CONCURRENCY_MAX) {
    throw new ValidationError({
      field: 'concurrency',
      ...engineSaid({
        reason: 'core.invalid_concurrency',
        params: { max: CONCURRENCY_MAX, value: shownValue(value) },
      }),
    })
  }
  return value as number
}

export function checkRatePerMinute(value: unknown, field: string): number {
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < RATE_PER_MINUTE_MIN ||
    value > RATE_PER_MINUTE_MAX
  ) {
    throw new ValidationError({
      field,
      ...engineSaid({
        reason: 'core.invalid_rate',
        params: { field, max: RATE_PER_MINUTE_MAX, value: shownValue(value) },
      }),
    })
  }
  return value
}
