import { abortableDelay, DurumError, ValidationError } from '@durum/core'
import { backoffDelay } from './backoff'
import { callProvider, type ProviderRegistry } from './get-status'
import { isSettled } from './is-paid'
import type { NormalizedResult } from './normalized-result'
import { abortError, toDurumError } from './to-durum-error'
import { validateQuery } from './validate-query'

export interface WaitForStatusOptions<R extends NormalizedResult = NormalizedResult> {
  /**
   * When to stop polling. Default: a payment is settled (`isSettled(result)`: so polling goes on while
   * its refunds are unchecked), a session is known (not `UNKNOWN`).
   */
  until?: ((result: R) => boolean) | undefined
  /** Give up after this long (ms), counting every poll and pause: a `transport` error. */
  timeoutMs: number
  /** The first pause between polls (ms). Default 2000; doubles after each unchanged answer. */
  intervalMs?: number | undefined
  /** The longest pause between polls (ms). Default 30 000. */
  maxIntervalMs?: number | undefined
  signal?: AbortSignal | undefined
  /** Called with the first answer and then each time the status changes. */
  onChange?: ((result: R) => void) | undefined
}

const DEFAULT_INTERVAL_MS = 2000
const DEFAULT_MAX_INTERVAL_MS = 30_000

export function defaultUntil(result: NormalizedResult): boolean {
  return result.kind === 'payment' ? isSettled(result) : result.status !== 'UNKNOWN'
}

/**
 * Polls one query until `until` holds. Transient failures (`retryable`, e.g. a timeout or a 429) keep
 * polling, honouring `retryAfterMs`; anything else is thrown at once. The pause backs off
 * exponentially with jitter and starts over when the status moves.
 */
export async function waitForStatus(
  providers: ProviderRegistry,
  query: unknown,
  options: WaitForStatusOptions,
): Promise<NormalizedResult> {
  const timeoutMs = positive(options.timeoutMs, 'timeoutMs')
  const intervalMs = positive(options.intervalMs ?? DEFAULT_INTERVAL_MS, 'intervalMs')
  const maxIntervalMs = Math.max(
    intervalMs,
    positive(options.maxIntervalMs ?? DEFAULT_MAX_INTERVAL_MS, 'maxIntervalMs'),
  )
  const until = options.until ?? defaultUntil
  const validated = validateQuery(providers, query)
  const name = validated.provider.name
  const callerSignal = options.signal
  if (callerSignal?.aborted) throw abortError(callerSignal, `Waiting for the ${name} status`, name)

  const deadline = new AbortController()
  const timer = setTimeout(() => deadline.abort(), timeoutMs)
  const signal = callerSignal ? AbortSignal.any([callerSignal, deadline.signal]) : deadline.signal
  let last: NormalizedResult | undefined
  let lastError: DurumError | undefined
  // Whatever fails after the caller aborted or the deadline passed is reported as that, not as itself.
  const stopped = (error: unknown): unknown => {
    if (callerSignal?.aborted) return abortError(callerSignal, `Waiting for the ${name} status`, name)
    if (deadline.signal.aborted) return timeoutError(name, query, timeoutMs, last, lastError)
    return error
  }

  try {
    for (let attempt = 0; ; attempt++) {
      let pauseMs: number
      try {
        const result = await callProvider(validated, signal)
        if (last === undefined || last.status !== result.status) {
          if (last !== undefined) attempt = 0
          options.onChange?.(result)
        }
        last = result
        if (until(result)) return result
        pauseMs = backoffDelay(attempt, intervalMs, maxIntervalMs)
      } catch (error) {
        const reason = stopped(error)
        if (reason !== error) throw reason
        const durumError = toDurumError(error, name)
        if (!durumError.retryable) throw durumError
        lastError = durumError
        pauseMs = Math.max(backoffDelay(attempt, intervalMs, maxIntervalMs), durumError.retryAfterMs ?? 0)
      }
      try {
        await abortableDelay(pauseMs, signal)
      } catch (error) {
        throw stopped(error)
      }
    }
  } finally {
    clearTimeout(timer)
  }
}

function timeoutError(
  provider: string,
  query: unknown,
  timeoutMs: number,
  last: NormalizedResult | undefined,
  lastError: DurumError | undefined,
): DurumError {
  const seen =
    last === undefined
      ? `no answer was received${lastError ? ` (last error: ${lastError.message})` : ''}`
      : `the last status seen was ${last.status} (${provider} said "${last.rawStatus}")`
  return new DurumError({
    code: 'transport',
    provider,
    message: `The ${provider} query ${describeQuery(query)} did not reach the awaited status within ${timeoutMs} ms; ${seen}. Poll again later or raise timeoutMs.`,
    cause: lastError,
  })
}

function describeQuery(query: unknown): string {
  const { provider: _, ...rest } = query as Record<string, unknown>
  const text = JSON.stringify(rest)
  return text.length > 200 ? `${text.slice(0, 197)}...` : text
}

function positive(value: number, field: string): number {
  if (!Number.isFinite(value) || value <= 0) {
    throw new ValidationError({
      field,
      message: `${field} must be a positive number of milliseconds, not ${value}.`,
    })
  }
  return value
}
