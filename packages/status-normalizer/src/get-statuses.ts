import { DurumError, ValidationError } from '@durum/core'
import { checkConcurrency, checkRatePerMinute, PAUSE_MAX_MS } from './engine-bounds'
import { callProvider, type ProviderRegistry } from './get-status'
import type { NormalizedResult } from './normalized-result'
import { createRateLimiter } from './rate-limiter'
import { checkCallback, checkSignal, readOptions, thrownName, unreadable } from './read-options'
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
  /** How many queries may be in flight at once: a whole number from 1 to 1000. Default 8. */
  concurrency?: number | undefined
  /**
   * Most query starts per minute, held exactly: starts are paced on slots `60 000 / rate` ms apart (a
   * late timer's slot is caught up), and no sliding window of about a second (a whole number of
   * intervals that divides the minute) ever holds more than its share of the rate, so no sliding
   * minute holds more than `rate`. A fractional rate is held by spacing starts an interval apart. A
   * number applies to each provider separately; an object sets it per provider (others unlimited).
   * From 1/60 (one an hour) to 1 000 000.
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
  const given = readOptions(options, ['concurrency', 'ratePerMinute', 'signal', 'onProgress'], 'getStatuses')
  const settings: BatchSettings = {
    concurrency: given.concurrency === undefined ? DEFAULT_CONCURRENCY : checkConcurrency(given.concurrency),
    ratePerMinuteOf: ratesPerMinute(given.ratePerMinute),
    signal: checkSignal(given.signal),
    onProgress: checkCallback<(progress: BatchProgress) => void>(given.onProgress, 'onProgress'),
    ...openQueries(queries),
  }
  return { [Symbol.asyncIterator]: () => runBatch<Q>(providers, settings)[Symbol.asyncIterator]() }
}

interface BatchSettings extends QuerySource {
  concurrency: number
  ratePerMinuteOf: (provider: string) => number | undefined
  signal: AbortSignal | undefined
  onProgress: ((progress: BatchProgress) => void) | undefined
}

/** How to open the input, checked at the call: only an iterable or async iterable that is not a string. */
interface QuerySource {
  open: () => Iterator<unknown> | AsyncIterator<unknown>
  isAsync: boolean
  total: number | undefined
}

function openQueries(queries: unknown): QuerySource {
  const refuse = (what: string) =>
    new ValidationError({
      field: 'queries',
      message: `getStatuses needs an array, an iterable or an async iterable of queries, not ${what}.`,
    })
  if (typeof queries === 'string') throw refuse('a string')
  if (typeof queries !== 'object' || queries === null)
    throw refuse(queries === null ? 'null' : `a ${typeof queries}`)
  try {
    const asyncIterator = (queries as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator]
    const iterator = (queries as Partial<Iterable<unknown>>)[Symbol.iterator]
    const method: unknown = typeof asyncIterator === 'function' ? asyncIterator : iterator
    if (typeof method !== 'function') throw refuse('an object that is not iterable')
    return {
      open: () => (method as (this: unknown) => Iterator<unknown> | AsyncIterator<unknown>).call(queries),
      isAsync: method === asyncIterator,
      total: Array.isArray(queries) ? queries.length : undefined,
    }
  } catch (error) {
    if (DurumError.isInstance(error)) throw error
    throw unreadable('queries', 'the queries', error)
  }
}

/** The error that ends a batch whose input failed to give its next query. */
function inputFailed(error: unknown): DurumError {
  if (DurumError.isInstance(error)) return error
  return new ValidationError({
    field: 'queries',
    message: `Reading the next query failed: the input threw (${thrownName(error)}); the batch stopped. The error is the cause.`,
    cause: error,
  })
}

async function* runBatch<Q>(
  providers: ProviderRegistry,
  settings: BatchSettings,
): AsyncGenerator<BatchResult<Q>> {
  const { concurrency, signal, onProgress } = settings
  const limiter = createRateLimiter(settings.ratePerMinuteOf)
  /** Providers that asked to be left alone for longer than a batch waits, and until when. */
  const refusedUntil = new Map<string, number>()
  // One controller per query in flight, not one signal shared by all: every request hangs its
  // listeners on its own signal, so a wide batch never piles listeners onto one target.
  const inFlightControllers = new Set<AbortController>()
  const abortInFlight = (reason: unknown) => {
    for (const queryController of inFlightControllers) queryController.abort(reason)
  }
  const progress: BatchProgress = { started: 0, completed: 0, succeeded: 0, failed: 0 }
  if (settings.total !== undefined) progress.total = settings.total

  const { isAsync } = settings
  let source: Iterator<Q> | AsyncIterator<Q> | undefined
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
        const retryAfterMs = durumError.code === 'rate_limited' ? durumError.retryAfterMs : undefined
        if (retryAfterMs !== undefined && retryAfterMs > 0) {
          const name = validated.provider.name
          // A wait past the bound is not slept through: the provider's later queries fail at once.
          if (retryAfterMs > PAUSE_MAX_MS) refusedUntil.set(name, performance.now() + retryAfterMs)
          else limiter.holdOff(name, performance.now(), retryAfterMs)
        }
        settle({ index, query, ok: false, error: durumError })
      },
    )
  }

  const wantsMore = () =>
    !sourceDone && !failure && pending.length < concurrency && ready.length < concurrency

  const inputFailure = (error: unknown) => {
    sourceDone = true
    fail(inputFailed(error))
  }
  // Reads one step: its `done` and `value` once, so a step with throwing getters fails the input.
  const readStep = (step: IteratorResult<Q>) => {
    if (step.done) sourceDone = true
    else if (!closed) accept(step.value)
  }

  const pullAsync = () => {
    pulling = true
    new Promise<IteratorResult<Q>>((resolve) => resolve((source as AsyncIterator<Q>).next()))
      .then(readStep)
      .then(
        () => {
          pulling = false
          notify()
        },
        (error: unknown) => {
          pulling = false
          inputFailure(error)
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
        readStep((source as Iterator<Q>).next())
      } catch (error) {
        inputFailure(error)
      }
    }
  }

  const startWhatCan = () => {
    let soonestMs = Number.POSITIVE_INFINITY
    for (let i = 0; i < pending.length && inFlight + ready.length < concurrency; ) {
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
    try {
      source = settings.open() as Iterator<Q> | AsyncIterator<Q>
    } catch (error) {
      inputFailure(error)
    }
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
    if (!sourceDone && source !== undefined) {
      sourceDone = true
      const opened = source
      // The input's own clean-up: whatever it throws or rejects with is not the batch's outcome.
      new Promise((resolve) => resolve(opened.return?.())).catch(() => {})
    }
  }
}

/** The result for a query not sent because its provider asked for a longer pause than a batch waits. */
function heldOffTooLong(provider: string, remainingMs: number): DurumError {
  const seconds = Math.ceil(remainingMs / 1000)
  return new DurumError({
    code: 'rate_limited',
    provider,
    ...(Number.isFinite(remainingMs) ? { retryAfterMs: Math.ceil(remainingMs) } : {}),
    message: `${provider} asked to be left alone for ${Number.isFinite(seconds) ? `${seconds} s` : 'ever'} more, longer than a batch waits (${PAUSE_MAX_MS / 1000} s); this query was not sent. Send it again later.`,
  })
}

function ratesPerMinute(rate: unknown): (provider: string) => number | undefined {
  if (rate === undefined) return () => undefined
  if (typeof rate !== 'object' || rate === null) {
    const checked = checkRatePerMinute(rate, 'ratePerMinute')
    return () => checked
  }
  const rates = new Map<string, number>()
  try {
    for (const [provider, perMinute] of Object.entries(rate)) {
      if (perMinute !== undefined)
        rates.set(provider, checkRatePerMinute(perMinute, `ratePerMinute.${provider}`))
    }
  } catch (error) {
    if (DurumError.isInstance(error)) throw error
    throw unreadable('ratePerMinute', 'the ratePerMinute option', error)
  }
  return (provider) => rates.get(provider)
}
