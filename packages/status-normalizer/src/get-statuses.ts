import { type DurumError, ValidationError } from '@durum/core'
import { callProvider, type ProviderRegistry } from './get-status'
import type { NormalizedResult } from './normalized-result'
import { createRateLimiter } from './rate-limiter'
import { abortError, toDurumError } from './to-durum-error'
import { type ValidatedQuery, validateQuery } from './validate-query'

export interface BatchProgress {
  /** Queries sent to their provider so far (an invalid query counts as started and failed at once). */
  started: number
  completed: number
  succeeded: number
  failed: number
  /** Known when the queries were given as an array. */
  total?: number
}

export interface GetStatusesOptions<TName extends string = string> {
  /** How many queries may be in flight at once. Default 8. */
  concurrency?: number | undefined
  /**
   * Most query starts per minute, held exactly: starts are paced on slots `60 000 / rate` ms apart (a
   * late timer's slot is caught up), and no sliding window of about a second (a whole number of
   * intervals that divides the minute) ever holds more than its share of the rate, so no sliding
   * minute holds more than `rate`. A fractional rate is held by spacing starts an interval apart. A
   * number applies to each provider separately; an object sets it per provider (others unlimited).
   */
  ratePerMinute?: number | Partial<Record<TName, number>> | undefined
  /** Aborts in-flight queries, starts nothing more, and ends the iteration with a `transport` error. */
  signal?: AbortSignal | undefined
  /** Called after every start and every completion, with a fresh snapshot. */
  onProgress?: ((progress: BatchProgress) => void) | undefined
}

/** One settled query of a batch. `index` is its position in the input; results come in completion order. */
export type BatchResult<Q = unknown, R = NormalizedResult> =
  | { index: number; query: Q; ok: true; result: R }
  | { index: number; query: Q; ok: false; error: DurumError }

const DEFAULT_CONCURRENCY = 8

interface PendingQuery<Q> {
  index: number
  query: Q
  validated: ValidatedQuery
}

/**
 * Runs many queries and yields one `BatchResult` per query as each settles. The input is read lazily
 * (an iterator of 10 000 queries never sits in memory as 10 000 promises): at most `concurrency`
 * queries are in flight, and at most `concurrency` more are read ahead, so a provider held back by its
 * rate limit does not hold up queries to another. One failure never stops the batch.
 */
export function getStatuses<Q>(
  providers: ProviderRegistry,
  queries: Iterable<Q> | AsyncIterable<Q>,
  options: GetStatusesOptions = {},
): AsyncIterable<BatchResult<Q>> {
  const concurrency = checkConcurrency(options.concurrency)
  const ratePerMinuteOf = ratesPerMinute(options.ratePerMinute)
  const total = Array.isArray(queries) ? queries.length : undefined
  return {
    [Symbol.asyncIterator]: () =>
      runBatch(providers, queries, { ...options, concurrency, ratePerMinuteOf, total })[
        Symbol.asyncIterator
      ](),
  }
}

interface BatchSettings extends GetStatusesOptions {
  concurrency: number
  ratePerMinuteOf: (provider: string) => number | undefined
  total: number | undefined
}

async function* runBatch<Q>(
  providers: ProviderRegistry,
  queries: Iterable<Q> | AsyncIterable<Q>,
  settings: BatchSettings,
): AsyncGenerator<BatchResult<Q>> {
  const { concurrency, signal, onProgress } = settings
  const limiter = createRateLimiter(settings.ratePerMinuteOf)
  // One controller per query in flight, not one signal shared by all: every request hangs its
  // listeners on its own signal, so a wide batch never piles listeners onto one target.
  const inFlightControllers = new Set<AbortController>()
  const abortInFlight = (reason: unknown) => {
    for (const queryController of inFlightControllers) queryController.abort(reason)
  }
  const progress: BatchProgress = { started: 0, completed: 0, succeeded: 0, failed: 0 }
  if (settings.total !== undefined) progress.total = settings.total

  const isAsync = Symbol.asyncIterator in queries
  const source: Iterator<Q> | AsyncIterator<Q> = isAsync
    ? (queries as AsyncIterable<Q>)[Symbol.asyncIterator]()
    : (queries as Iterable<Q>)[Symbol.iterator]()
  let sourceDone = false
  let pulling = false
  let nextIndex = 0
  const pending: PendingQuery<Q>[] = []
  const ready: BatchResult<Q>[] = []
  let inFlight = 0
  let failure: { error: unknown } | undefined
  let closed = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let timerDueAt = Number.POSITIVE_INFINITY
  let wake: (() => void) | undefined

  const notify = () => {
    const resolve = wake
    wake = undefined
    resolve?.()
  }
  const fail = (error: unknown) => {
    failure ??= { error }
    notify()
  }
  const report = () => {
    if (onProgress === undefined || closed) return
    try {
      onProgress({ ...progress })
    } catch (error) {
      fail(error)
    }
  }

  const settle = (entry: BatchResult<Q>) => {
    if (closed) return
    progress.completed++
    if (entry.ok) progress.succeeded++
    else progress.failed++
    ready.push(entry)
    report()
    notify()
  }

  const accept = (query: Q) => {
    const index = nextIndex++
    try {
      pending.push({ index, query, validated: validateQuery(providers, query) })
    } catch (error) {
      progress.started++
      settle({ index, query, ok: false, error: toDurumError(error, 'durum') })
    }
  }

  const start = ({ index, query, validated }: PendingQuery<Q>) => {
    inFlight++
    progress.started++
    report()
    const queryController = new AbortController()
    inFlightControllers.add(queryController)
    callProvider(validated, queryController.signal).then(
      (result) => {
        inFlight--
        inFlightControllers.delete(queryController)
        settle({ index, query, ok: true, result })
      },
      (error: unknown) => {
        inFlight--
        inFlightControllers.delete(queryController)
        const durumError = toDurumError(error, validated.provider.name)
        if (durumError.code === 'rate_limited' && durumError.retryAfterMs !== undefined) {
          limiter.holdOff(validated.provider.name, performance.now(), durumError.retryAfterMs)
        }
        settle({ index, query, ok: false, error: durumError })
      },
    )
  }

  const wantsMore = () =>
    !sourceDone && !failure && pending.length < concurrency && ready.length < concurrency

  const pullAsync = () => {
    pulling = true
    Promise.resolve((source as AsyncIterator<Q>).next()).then(
      (step) => {
        pulling = false
        if (step.done) sourceDone = true
        else if (!closed) accept(step.value)
        notify()
      },
      (error: unknown) => {
        pulling = false
        sourceDone = true
        fail(error)
      },
    )
  }

  const pull = () => {
    if (isAsync) {
      if (!pulling && wantsMore()) pullAsync()
      return
    }
    while (wantsMore()) {
      try {
        const step = (source as Iterator<Q>).next()
        if (step.done) sourceDone = true
        else accept(step.value)
      } catch (error) {
        sourceDone = true
        fail(error)
      }
    }
  }

  const startWhatCan = () => {
    let soonestMs = Number.POSITIVE_INFINITY
    for (let i = 0; i < pending.length && inFlight + ready.length < concurrency; ) {
      const item = pending[i] as PendingQuery<Q>
      const name = item.validated.provider.name
      const now = performance.now()
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
    const dueAt = performance.now() + soonestMs
    if (dueAt < timerDueAt) {
      clearTimeout(timer)
      timerDueAt = dueAt
      timer = setTimeout(() => {
        timerDueAt = Number.POSITIVE_INFINITY
        notify()
      }, Math.ceil(soonestMs))
    }
  }

  const onAbort = () => {
    abortInFlight(signal?.reason)
    notify()
  }
  signal?.addEventListener('abort', onAbort, { once: true })

  try {
    while (true) {
      if (signal?.aborted) throw abortError(signal, 'The status batch')
      if (failure) throw failure.error
      pull()
      startWhatCan()
      pull()
      const next = ready.shift()
      if (next !== undefined) {
        yield next
        continue
      }
      if (sourceDone && !pulling && pending.length === 0 && inFlight === 0) return
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
  } finally {
    closed = true
    signal?.removeEventListener('abort', onAbort)
    clearTimeout(timer)
    abortInFlight(signal?.reason)
    if (!sourceDone) {
      sourceDone = true
      Promise.resolve(source.return?.()).catch(() => {})
    }
  }
}

function checkConcurrency(concurrency: number | undefined): number {
  if (concurrency === undefined) return DEFAULT_CONCURRENCY
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) {
    throw new ValidationError({
      field: 'concurrency',
      message: `concurrency must be a whole number of at least 1, not ${String(concurrency)}.`,
    })
  }
  return concurrency
}

function ratesPerMinute(rate: GetStatusesOptions['ratePerMinute']): (provider: string) => number | undefined {
  if (rate === undefined) return () => undefined
  if (typeof rate === 'number') {
    const checked = checkRate(rate, 'ratePerMinute')
    return () => checked
  }
  const rates = new Map<string, number>()
  for (const [provider, perMinute] of Object.entries(rate)) {
    if (perMinute !== undefined) rates.set(provider, checkRate(perMinute, `ratePerMinute.${provider}`))
  }
  return (provider) => rates.get(provider)
}

function checkRate(perMinute: unknown, field: string): number {
  if (typeof perMinute !== 'number' || !Number.isFinite(perMinute) || perMinute <= 0) {
    throw new ValidationError({
      field,
      message: `${field} must be a positive number of queries per minute, not ${String(perMinute)}.`,
    })
  }
  return perMinute
}
