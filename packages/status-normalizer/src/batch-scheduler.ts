import { DurumError, type Locale } from '@durum/core'
import { PAUSE_MAX_MS } from './engine-bounds'
import { engineSaid } from './engine-messages'
import { callProvider, type ProviderRegistry } from './get-status'
import type { BatchProgress, BatchResult } from './get-statuses'
import { createRateLimiter } from './rate-limiter'
import { toDurumError } from './to-durum-error'
import { type ValidatedQuery, validateQuery } from './validate-query'

export interface BatchSchedulerSettings {
  concurrency: number
  ratePerMinuteOf: (provider: string) => number | undefined
  signal: AbortSignal | undefined
  onProgress: ((progress: BatchProgress) => void) | undefined
  /** The number of queries, when known. */
  total: number | undefined
  /** The locale the batch's providers write in; default `en`. */
  locale?: Locale | undefined
}

export interface BatchSchedulerEvents {
  /** A query settled, a paced start fell due or the signal aborted: there may be more to do. */
  onChange(): void
  /** `onProgress` threw: the batch ends with what it threw. */
  onFailure(error: unknown): void
}

/**
 * Starts a batch's queries and collects their results: at most `concurrency` in flight (counting
 * results not yet taken, so a slow consumer holds the batch back), each provider paced by its rate
 * and held off for the `Retry-After` it sends. A provider asking for longer than a batch waits gets
 * its remaining queries failed unsent.
 */
export interface BatchScheduler<Q> {
  /** Takes the next query read from the input; one that fails validation settles at once, unsent. */
  enqueue(query: Q): void
  /** Whether another query should be read: fewer than `concurrency` wait to start and to be taken. */
  wantsMore(): boolean
  /** Starts every waiting query its provider's pace allows, and sets a timer for the next one due. */
  startWhatCan(): void
  /** The next settled query, in completion order. */
  take(): BatchResult<Q> | undefined
  /** Nothing waits to start, to settle or to be taken. */
  readonly idle: boolean
  /** Aborts what is in flight and ignores whatever settles after. */
  close(): void
}

interface PendingQuery<Q> {
  index: number
  query: Q
  validated: ValidatedQuery
}

export function createBatchScheduler<Q>(
  providers: ProviderRegistry,
  settings: BatchSchedulerSettings,
  events: BatchSchedulerEvents,
): BatchScheduler<Q> {
  const { concurrency, signal, onProgress } = settings
  const limiter = createRateLimiter(settings.ratePerMinuteOf)
  /** Providers that asked to be left alone for longer than a batch waits, and until when. */
  const refusedUntil = new Map<string, number>()
  // One controller per query in flight, not one signal shared by all: every request hangs its
  // listeners on its own signal, so a wide batch never piles listeners onto one target.
  const inFlight = new Set<AbortController>()
  const progress: BatchProgress = { started: 0, completed: 0, succeeded: 0, failed: 0 }
  if (settings.total !== undefined) progress.total = settings.total
  const pending: PendingQuery<Q>[] = []
  const ready: BatchResult<Q>[] = []
  let nextIndex = 0
  let closed = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let timerDueAt = Number.POSITIVE_INFINITY

  const abortInFlight = () => {
    for (const controller of inFlight) controller.abort(signal?.reason)
  }
  const onAbort = () => {
    abortInFlight()
    events.onChange()
  }
  signal?.addEventListener('abort', onAbort, { once: true })

  const report = () => {
    if (onProgress === undefined || closed) return
    try {
      onProgress({ ...progress })
    } catch (error) {
      events.onFailure(error)
    }
  }

  const settle = (entry: BatchResult<Q>) => {
    if (closed) return
    progress.completed++
    if (entry.ok) progress.succeeded++
    else progress.failed++
    ready.push(entry)
    report()
    events.onChange()
  }

  /** A 429's `Retry-After` holds its provider off; one past the bound refuses its later queries. */
  const heed = (error: DurumError, provider: string) => {
    const retryAfterMs = error.code === 'rate_limited' ? error.retryAfterMs : undefined
    if (retryAfterMs === undefined || retryAfterMs <= 0) return
    if (retryAfterMs > PAUSE_MAX_MS) refusedUntil.set(provider, performance.now() + retryAfterMs)
    else limiter.holdOff(provider, performance.now(), retryAfterMs)
  }

  const start = ({ index, query, validated }: PendingQuery<Q>) => {
    progress.started++
    report()
    const controller = new AbortController()
    inFlight.add(controller)
    const name = validated.provider.name
    callProvider(validated, controller.signal).then(
      (result) => {
        inFlight.delete(controller)
        settle({ index, query, ok: true, result })
      },
      (error: unknown) => {
        inFlight.delete(controller)
        const durumError = toDurumError(error, name)
        heed(durumError, name)
        settle({ index, query, ok: false, error: durumError })
      },
    )
  }

  const wakeIn = (ms: number) => {
    const dueAt = performance.now() + ms
    if (dueAt >= timerDueAt) return
    clearTimeout(timer)
    timerDueAt = dueAt
    timer = setTimeout(() => {
      timerDueAt = Number.POSITIVE_INFINITY
      events.onChange()
    }, Math.ceil(ms))
  }

  return {
    enqueue(query) {
      const index = nextIndex++
      try {
        pending.push({ index, query, validated: validateQuery(providers, query, settings.locale) })
      } catch (error) {
        progress.started++
        settle({ index, query, ok: false, error: toDurumError(error, 'durum') })
      }
    },
    wantsMore: () => pending.length < concurrency && ready.length < concurrency,
    startWhatCan() {
      let soonestMs = Number.POSITIVE_INFINITY
      for (let i = 0; i < pending.length && inFlight.size + ready.length < concurrency; ) {
        const item = pending[i] as PendingQuery<Q>
        const name = item.validated.provider.name
        const now = performance.now()
        const refusedMs = (refusedUntil.get(name) ?? 0) - now
        if (refusedMs > 0) {
          pending.splice(i, 1)
          progress.started++
          settle({ index: item.index, query: item.query, ok: false, error: heldOffTooLong(name, refusedMs) })
          continue
        }
        const waitMs = limiter.waitMs(name, now)
        if (waitMs > 0) {
          soonestMs = Math.min(soonestMs, waitMs)
          i++
          continue
        }
        limiter.take(name, now)
        pending.splice(i, 1)
        start(item)
      }
      wakeIn(soonestMs)
    },
    take: () => ready.shift(),
    get idle() {
      return pending.length === 0 && inFlight.size === 0 && ready.length === 0
    },
    close() {
      closed = true
      signal?.removeEventListener('abort', onAbort)
      clearTimeout(timer)
      abortInFlight()
    },
  }
}

/** The result for a query not sent because its provider asked for a longer pause than a batch waits. */
function heldOffTooLong(provider: string, remainingMs: number): DurumError {
  const seconds = Math.ceil(remainingMs / 1000)
  return new DurumError({
    code: 'rate_limited',
    provider,
    ...(Number.isFinite(remainingMs) ? { retryAfterMs: Math.ceil(remainingMs) } : {}),
    ...engineSaid({
      reason: 'core.held_off',
      params: {
        provider,
        seconds: Number.isFinite(seconds) ? seconds : undefined,
        maxSeconds: PAUSE_MAX_MS / 1000,
      },
    }),
  })
}
