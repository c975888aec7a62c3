import { DEFAULT_LOCALE, DurumError, type Locale } from '@durum/core'
import { type BatchSchedulerSettings, createBatchScheduler } from './batch-scheduler'
import { cancelledError } from './cancellation'
import { checkConcurrency, checkRatePerMinute } from './engine-bounds'
import type { ProviderRegistry } from './get-status'
import { checkLocale, inLocale } from './locale-option'
import type { NormalizedResult } from './normalized-result'
import { createQueryReader, openQueries, type QuerySource } from './query-reader'
import { checkCallback, checkSignal, readOptions, unreadable } from './read-options'

/** A snapshot of a batch's progress, handed to `onProgress`. */
export interface BatchProgress {
  /** Queries sent to their provider so far (an invalid query counts as started and failed at once). */
  started: number
  /** Queries with an answer or an error so far: `succeeded + failed`. */
  completed: number
  /** Queries answered with a result (whatever its status). */
  succeeded: number
  /** Queries that ended in a `DurumError`. */
  failed: number
  /** Known when the queries were given as an array. */
  total?: number
}

/** What `getStatuses` takes besides the queries; every option is optional. */
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
  /** The language of explanations and error messages for this batch; default the normalizer's. */
  locale?: Locale | undefined
}

/** One settled query of a batch. `index` is its position in the input; results come in completion order. */
export type BatchResult<Q = unknown, R = NormalizedResult> =
  | { index: number; query: Q; ok: true; result: R }
  | { index: number; query: Q; ok: false; error: DurumError }

const DEFAULT_CONCURRENCY = 8

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
  locale: Locale = DEFAULT_LOCALE,
): AsyncIterable<BatchResult<Q>> {
  let settings: BatchSchedulerSettings
  let source: QuerySource
  try {
    const given = readOptions(
      options,
      ['concurrency', 'ratePerMinute', 'signal', 'onProgress', 'locale'],
      'getStatuses',
    )
    locale = checkLocale(given.locale, 'locale') ?? locale
    source = openQueries(queries)
    settings = {
      concurrency:
        given.concurrency === undefined ? DEFAULT_CONCURRENCY : checkConcurrency(given.concurrency),
      ratePerMinuteOf: ratesPerMinute(given.ratePerMinute),
      signal: checkSignal(given.signal),
      onProgress: checkCallback<(progress: BatchProgress) => void>(given.onProgress, 'onProgress'),
      total: source.total,
      locale,
    }
  } catch (error) {
    throw inLocale(error, locale)
  }
  return {
    [Symbol.asyncIterator]: () => inBatchLocale(runBatch<Q>(providers, source, settings), locale),
  }
}

/** The batch's results and its ending error, every message in the batch's locale. */
async function* inBatchLocale<Q>(
  batch: AsyncGenerator<BatchResult<Q>>,
  locale: Locale,
): AsyncGenerator<BatchResult<Q>> {
  try {
    for await (const entry of batch)
      yield entry.ok ? entry : { ...entry, error: inLocale(entry.error, locale) }
  } catch (error) {
    throw inLocale(error, locale)
  }
}

/**
 * The batch's loop: reads while the scheduler wants more, yields what settled, and sleeps until the
 * reader, the scheduler or the signal has news. The first failure (the input's, or a throwing
 * `onProgress`) or an abort ends it; however it ends, in-flight work is aborted and the input closed.
 */
async function* runBatch<Q>(
  providers: ProviderRegistry,
  source: QuerySource,
  settings: BatchSchedulerSettings,
): AsyncGenerator<BatchResult<Q>> {
  const { signal } = settings
  let failure: { error: unknown } | undefined
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
  const scheduler = createBatchScheduler<Q>(providers, settings, { onChange: notify, onFailure: fail })
  const reader = createQueryReader<Q>(source, {
    onQuery: (query) => scheduler.enqueue(query),
    onRead: notify,
    onFailure: fail,
  })
  const wantsMore = () => failure === undefined && scheduler.wantsMore()

  try {
    while (true) {
      if (signal?.aborted) throw cancelledError(signal)
      if (failure) throw failure.error
      reader.pull(wantsMore)
      scheduler.startWhatCan()
      reader.pull(wantsMore)
      const next = scheduler.take()
      if (next !== undefined) {
        yield next
        continue
      }
      if (reader.finished && scheduler.idle) {
        // An input that fails on its first read leaves nothing in flight to wake the loop: go round
        // once more to throw its error.
        if (failure === undefined) return
        continue
      }
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
  } finally {
    scheduler.close()
    reader.close()
  }
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
