import { abortableDelay, DEFAULT_LOCALE, DurumError, type Locale, ValidationError } from '@durum/core'
import { backoffDelay } from './backoff'
import { cancelledError } from './cancellation'
import { boundedMs, PAUSE_MAX_MS, WAIT_TIMEOUT_MAX_MS } from './engine-bounds'
import { engineSaid, type LastSeen } from './engine-messages'
import { callProvider, type ProviderRegistry } from './get-status'
import { isSettled } from './is-paid'
import { checkLocale, inLocale } from './locale-option'
import type { NormalizedResult } from './normalized-result'
import { checkCallback, checkSignal, readOptions } from './read-options'
import { toDurumError } from './to-durum-error'
import { type ValidatedQuery, validateQuery } from './validate-query'

/** What `waitForStatus` takes besides the query: `timeoutMs` is required. */
export interface WaitForStatusOptions<R extends NormalizedResult = NormalizedResult> {
  /**
   * When to stop polling. Default: a payment is settled (`isSettled(result)`: so polling goes on while
   * its refunds are unchecked), a session is known (not `UNKNOWN`).
   */
  until?: ((result: R) => boolean) | undefined
  /** Give up after this long (ms, at most a day), counting every poll and pause: a `transport` error. */
  timeoutMs: number
  /** The first pause between polls (ms, at most an hour). Default 2000; doubles after each unchanged answer. */
  intervalMs?: number | undefined
  /** The longest pause between polls (ms, at most an hour). Default 30 000. */
  maxIntervalMs?: number | undefined
  /** Stops polling at once: the wait ends with a `transport` error. */
  signal?: AbortSignal | undefined
  /** Called with the first answer and then each time the status changes. */
  onChange?: ((result: R) => void) | undefined
  /** The language of explanations and error messages for this call; default the normalizer's. */
  locale?: Locale | undefined
}

const DEFAULT_INTERVAL_MS = 2000
const DEFAULT_MAX_INTERVAL_MS = 30_000

export function defaultUntil(result: NormalizedResult): boolean {
  return result.kind === 'payment' ? isSettled(result) : result.status !== 'UNKNOWN'
}

/**
 * Polls one query until `until` holds. Transient failures (`retryable`, e.g. a timeout or a 429) keep
 * polling, honouring `retryAfterMs`; anything else is thrown at once, and so is a `retryAfterMs` that
 * would outlast the time left or `PAUSE_MAX_MS`. The pause backs off exponentially with jitter and
 * starts over when the status moves.
 */
export async function waitForStatus(
  providers: ProviderRegistry,
  query: unknown,
  options: WaitForStatusOptions,
  locale: Locale = DEFAULT_LOCALE,
): Promise<NormalizedResult> {
  let callLocale = locale
  try {
    const given = readOptions(
      options,
      ['until', 'timeoutMs', 'intervalMs', 'maxIntervalMs', 'signal', 'onChange', 'locale'],
      'waitForStatus',
    )
    callLocale = checkLocale(given.locale, 'locale') ?? locale
    return await poll(validateQuery(providers, query, callLocale), given)
  } catch (error) {
    throw inLocale(error, callLocale)
  }
}

async function poll(
  validated: ValidatedQuery,
  given: Partial<Record<keyof WaitForStatusOptions, unknown>>,
): Promise<NormalizedResult> {
  if (given.timeoutMs === undefined) {
    throw new ValidationError({
      field: 'timeoutMs',
      ...engineSaid({ reason: 'core.missing_timeout', params: { max: WAIT_TIMEOUT_MAX_MS } }),
    })
  }
  const timeoutMs = boundedMs(given.timeoutMs, 'timeoutMs', WAIT_TIMEOUT_MAX_MS, 'day')
  const intervalMs = boundedMs(given.intervalMs ?? DEFAULT_INTERVAL_MS, 'intervalMs', PAUSE_MAX_MS, 'hour')
  const maxIntervalMs = Math.max(
    intervalMs,
    boundedMs(given.maxIntervalMs ?? DEFAULT_MAX_INTERVAL_MS, 'maxIntervalMs', PAUSE_MAX_MS, 'hour'),
  )
  const until = checkCallback<(result: NormalizedResult) => boolean>(given.until, 'until') ?? defaultUntil
  const onChange = checkCallback<(result: NormalizedResult) => void>(given.onChange, 'onChange')
  const callerSignal = checkSignal(given.signal)
  const name = validated.provider.name
  if (callerSignal?.aborted) throw cancelledError(callerSignal, name)

  const deadline = new AbortController()
  const deadlineAt = performance.now() + timeoutMs
  const timer = setTimeout(() => deadline.abort(), timeoutMs)
  const signal = callerSignal ? AbortSignal.any([callerSignal, deadline.signal]) : deadline.signal
  let last: NormalizedResult | undefined
  let lastError: DurumError | undefined
  // Whatever fails after the caller aborted or the deadline passed is reported as that, not as itself.
  const stopped = (error: unknown): unknown => {
    if (callerSignal?.aborted) return cancelledError(callerSignal, name)
    if (deadline.signal.aborted) return timeoutError(name, validated.query, timeoutMs, last, lastError)
    return error
  }

  const pause = async (ms: number) => {
    try {
      await abortableDelay(ms, signal)
    } catch (error) {
      throw stopped(error)
    }
  }

  try {
    for (let attempt = 0; ; attempt++) {
      let result: NormalizedResult
      try {
        result = await callProvider(validated, signal)
      } catch (error) {
        const reason = stopped(error)
        if (reason !== error) throw reason
        const durumError = toDurumError(error, name)
        if (!durumError.retryable) throw durumError
        const askedMs = durumError.retryAfterMs ?? 0
        // A provider asking for a longer pause than is left, or than any pause may be, gets its answer
        // back now: sleeping would only end in a timeout, or overflow the timer.
        if (!(askedMs <= Math.min(PAUSE_MAX_MS, deadlineAt - performance.now()))) throw durumError
        lastError = durumError
        await pause(Math.max(backoffDelay(attempt, intervalMs, maxIntervalMs), askedMs))
        continue
      }
      // The caller's own callbacks run outside the provider's try: what they throw is theirs, as is.
      if (last === undefined || last.status !== result.status) {
        if (last !== undefined) attempt = 0
        onChange?.(result)
      }
      last = result
      if (until(result)) return result
      await pause(backoffDelay(attempt, intervalMs, maxIntervalMs))
    }
  } finally {
    clearTimeout(timer)
  }
}

function timeoutError(
  provider: string,
  query: object,
  timeoutMs: number,
  last: NormalizedResult | undefined,
  lastError: DurumError | undefined,
): DurumError {
  const seen: LastSeen =
    last === undefined
      ? { kind: 'nothing', lastError: lastError?.message }
      : { kind: 'status', status: last.status, rawStatus: last.rawStatus }
  return new DurumError({
    code: 'transport',
    provider,
    ...engineSaid({
      reason: 'core.wait_timed_out',
      params: { provider, query: describeQuery(query), timeoutMs, seen },
    }),
    cause: lastError,
  })
}

/** The validated query (plain data, as the provider's schema output it), cut short for a message. */
function describeQuery(query: object): string {
  const text = JSON.stringify(query)
  return text.length > 200 ? `${text.slice(0, 197)}...` : text
}
