import type { Redis } from 'ioredis'
import { namesOf, type RunKeys, runKeys } from './reconcile-keys'
import type { ReconcileJobData } from './reconcile-record'
import type { ReconcileConnectionOptions, ReconcileOutcome, ReconcileRecord } from './reconcile-types'
import { createRedisClient } from './redis-connection'
import { scanHash } from './run-store'

export interface ReconcileRunOptions extends ReconcileConnectionOptions {
  runId: string
}

export interface ReconcileProgress {
  runId: string
  /** Queries in the run. */
  total: number
  /** Queries with a record. */
  finished: number
  /** Queries still without one. */
  pending: number
  /** Whether an enqueue of this run has finished (more queries may come until then). */
  enqueued: boolean
  outcomes: Record<ReconcileOutcome, number>
  /** Answered queries by normalized status (`SUCCEEDED`, `REFUNDED`, …). */
  statuses: Record<string, number>
  /** Failed queries by error code (`transport`, `not_found`, …). */
  errors: Record<string, number>
}

export interface ReconcileReport extends ReconcileProgress {
  /** Every query whose answer disagrees with the merchant's books. */
  mismatches: Extract<ReconcileRecord, { outcome: 'mismatch' }>[]
  /** Every query that got no answer, with its error code. */
  failures: Extract<ReconcileRecord, { outcome: 'error' }>[]
  /** Queries without a record yet (account, key, query, expected). */
  unfinished: ReconcileJobData[]
}

async function progressOf(redis: Redis, keys: RunKeys, runId: string): Promise<ReconcileProgress> {
  const [total, counts] = await Promise.all([redis.hlen(keys.queries), redis.hgetall(keys.counts)])
  const progress: ReconcileProgress = {
    runId,
    total,
    finished: 0,
    pending: 0,
    enqueued: false,
    outcomes: { match: 0, mismatch: 0, error: 0 },
    statuses: {},
    errors: {},
  }
  for (const [counter, text] of Object.entries(counts)) {
    const count = Number(text)
    const colon = counter.indexOf(':')
    const group = colon < 0 ? counter : counter.slice(0, colon)
    const name = counter.slice(colon + 1)
    if (group === 'enqueued') progress.enqueued = true
    else if (group === 'finished') progress.finished = count
    else if (group === 'outcome') progress.outcomes[name as ReconcileOutcome] = count
    else if (group === 'status') progress.statuses[name] = count
    else if (group === 'error') progress.errors[name] = count
  }
  progress.pending = total - progress.finished
  return progress
}

async function withRedis<T>(
  options: ReconcileConnectionOptions,
  use: (redis: Redis) => Promise<T>,
): Promise<T> {
  const redis = createRedisClient(options.connection, 'client')
  try {
    return await use(redis)
  } finally {
    redis.disconnect()
  }
}

/** The run's counts now: queries, finished, pending, by outcome, status and error code. A few Redis reads, whatever the run's size. */
export function readReconcileProgress(options: ReconcileRunOptions): Promise<ReconcileProgress> {
  return withRedis(options, (redis) =>
    progressOf(redis, runKeys(namesOf(options), options.runId), options.runId),
  )
}

/**
 * The run's progress every `intervalMs` (default 1000), ending with the first reading where the run
 * is enqueued in full and every query has its record, or when `signal` aborts.
 */
export async function* watchReconcileProgress(
  options: ReconcileRunOptions & { intervalMs?: number; signal?: AbortSignal },
): AsyncGenerator<ReconcileProgress> {
  const keys = runKeys(namesOf(options), options.runId)
  const redis = createRedisClient(options.connection, 'client')
  try {
    while (options.signal?.aborted !== true) {
      const progress = await progressOf(redis, keys, options.runId)
      yield progress
      if (progress.enqueued && progress.pending === 0) return
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, options.intervalMs ?? 1000)
        function done() {
          clearTimeout(timer)
          options.signal?.removeEventListener('abort', done)
          resolve()
        }
        options.signal?.addEventListener('abort', done, { once: true })
      })
    }
  } finally {
    redis.disconnect()
  }
}

/** Every record of the run, each once, read in pages; `outcome` keeps only those. */
export async function* readReconcileRecords(
  options: ReconcileRunOptions & { outcome?: ReconcileOutcome },
): AsyncGenerator<ReconcileRecord> {
  const keys = runKeys(namesOf(options), options.runId)
  const redis = createRedisClient(options.connection, 'client')
  // HSCAN may return a field twice while the hash grows; the report never does.
  const seen = new Set<string>()
  try {
    for await (const [jobId, text] of scanHash(redis, keys.records)) {
      if (seen.has(jobId)) continue
      seen.add(jobId)
      const record = JSON.parse(text) as ReconcileRecord
      if (options.outcome === undefined || record.outcome === options.outcome) yield record
    }
  } finally {
    redis.disconnect()
  }
}

/** The progress, and in full: the mismatches, the failures, and the queries still unfinished. */
export function readReconcileReport(options: ReconcileRunOptions): Promise<ReconcileReport> {
  const keys = runKeys(namesOf(options), options.runId)
  return withRedis(options, async (redis) => {
    const progress = await progressOf(redis, keys, options.runId)
    const report: ReconcileReport = { ...progress, mismatches: [], failures: [], unfinished: [] }
    const finished = new Set<string>()
    for await (const [jobId, text] of scanHash(redis, keys.records)) {
      if (finished.has(jobId)) continue
      finished.add(jobId)
      const record = JSON.parse(text) as ReconcileRecord
      if (record.outcome === 'mismatch') report.mismatches.push(record)
      else if (record.outcome === 'error') report.failures.push(record)
    }
    if (progress.pending > 0) {
      const listed = new Set<string>()
      for await (const [jobId, text] of scanHash(redis, keys.queries)) {
        if (finished.has(jobId) || listed.has(jobId)) continue
        listed.add(jobId)
        report.unfinished.push(JSON.parse(text) as ReconcileJobData)
      }
    }
    return report
  })
}

/** Removes the run's records and query list (not its jobs still in the queue). */
export function deleteReconcileRun(options: ReconcileRunOptions): Promise<void> {
  const keys = runKeys(namesOf(options), options.runId)
  return withRedis(options, async (redis) => {
    await redis.del(keys.queries, keys.records, keys.counts)
  })
}
