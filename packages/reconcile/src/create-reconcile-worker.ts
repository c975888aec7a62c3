import { DurumError, type Locale } from '@durum/core'
import {
  createStatusNormalizer,
  type NormalizedResult,
  type StatusNormalizer,
  type StatusProvider,
} from '@durum/status-normalizer'
import { DelayedError, type Job, Worker } from 'bullmq'
import { type AccountRateLimit, checkRateLimit, createAccountRateLimiter } from './account-rate-limiter'
import { namesOf, runKeys } from './reconcile-keys'
import { failureOf, type ReconcileJobData, recordOfFailure, recordOfResult } from './reconcile-record'
import type { ReconcileConnectionOptions, ReconcileRecord, ResolveAccount } from './reconcile-types'
import { createRedisClient } from './redis-connection'
import { writeRecord } from './run-store'

export interface ReconcileWorkerOptions extends ReconcileConnectionOptions {
  /**
   * The account's provider, built from credentials the platform keeps (never Redis). Build it with
   * `retry: false`: the worker retries through the queue, where every attempt takes its turn under
   * the account's rate limit.
   */
  resolveAccount: ResolveAccount
  /** Queries this process runs at once. Default 16. */
  concurrency?: number
  /**
   * Per account, across every worker: at most `max` queries started in any `durationMs`. A query
   * may send more than one request (iyzico checks refunds with a second one): say so with
   * `requestsPerQuery` and the limit counts requests. Default: no limit.
   */
  rateLimit?: AccountRateLimit | ((accountId: string) => AccountRateLimit | undefined)
  /** The first retry's delay when the provider gave no `Retry-After`; doubled each time, with jitter. Default 1000 ms. */
  retryDelayMs?: number
  /** The longest retry delay. Default 60 000 ms. */
  maxRetryDelayMs?: number
  /**
   * How long a worker holds a job before another may take it over (its lock, renewed while it
   * runs), and how often workers look for jobs whose worker died. Defaults 30 000 ms each.
   */
  lockDurationMs?: number
  stalledIntervalMs?: number
  /**
   * How often a job may be taken over from a dead worker before BullMQ gives up on it. Default 3. Such
   * a query stays without a record (the report counts it pending); enqueueing the run again gives it
   * a new job.
   */
  maxStalledCount?: number
  /** The language of the records' explanations, mismatches and error messages: `en` (default) or `tr`. */
  locale?: Locale
  /** Called in this process with each record it wrote (for progress output). */
  onRecord?: (record: ReconcileRecord) => void
}

export interface ReconcileWorker {
  /** The BullMQ worker, for its events (`worker.on('error', …)`). */
  readonly worker: Worker<ReconcileJobData>
  /** Resolves once the worker is connected and taking jobs. */
  waitUntilReady(): Promise<void>
  /** Finishes the jobs in hand, then disconnects. */
  close(): Promise<void>
}

/** Thrown to BullMQ for a retry: its message (which BullMQ keeps in Redis) is the code alone. */
class RetryableQueryError extends Error {
  override readonly name = 'RetryableQueryError'
  constructor(
    readonly retryAfterMs: number | undefined,
    code: string,
  ) {
    super(`retryable ${code}`)
  }
}

/** Resolved providers are kept for this many accounts; the least recently used goes first. */
const ACCOUNTS_KEPT = 256

/**
 * A BullMQ worker that answers reconcile jobs: per job, it builds the account's provider through
 * `resolveAccount`, waits for the account's rate limit (by moving the job back to the delayed set,
 * so no worker sits idle on it), asks the provider, and writes the record once. A retryable error
 * is retried after the provider's `Retry-After`, or an exponential delay, until the job's attempts
 * run out; then, like every other error, it is recorded with its code.
 */
export function createReconcileWorker(options: ReconcileWorkerOptions): ReconcileWorker {
  // A fixed limit is checked here, so a wrong one fails at start, not on every job.
  if (typeof options.rateLimit === 'object') checkRateLimit(options.rateLimit, 'every account')
  const names = namesOf(options)
  const redis = createRedisClient(options.connection, 'worker')
  const limiter = createAccountRateLimiter(redis, names)
  const retryDelayMs = options.retryDelayMs ?? 1000
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 60_000
  const normalizers = new Map<string, Promise<StatusNormalizer<StatusProvider>>>()

  function normalizerOf(accountId: string): Promise<StatusNormalizer<StatusProvider>> {
    let normalizer = normalizers.get(accountId)
    if (normalizer === undefined) {
      normalizer = (async () =>
        createStatusNormalizer({
          providers: [await options.resolveAccount(accountId)],
          locale: options.locale,
        }))()
      normalizer.catch(() => normalizers.delete(accountId))
      if (normalizers.size >= ACCOUNTS_KEPT) normalizers.delete(normalizers.keys().next().value!)
    } else normalizers.delete(accountId)
    normalizers.set(accountId, normalizer)
    return normalizer
  }

  function rateLimitOf(accountId: string): AccountRateLimit | undefined {
    const limit = typeof options.rateLimit === 'function' ? options.rateLimit(accountId) : options.rateLimit
    if (limit !== undefined) checkRateLimit(limit, accountId)
    return limit
  }

  async function record(job: Job<ReconcileJobData>, record: ReconcileRecord): Promise<void> {
    if (await writeRecord(redis, runKeys(names, job.data.runId), job.id!, record)) options.onRecord?.(record)
  }

  /** Waits for the account's turn by moving the job back to the delayed set when it is not yet. */
  async function takeTurn(job: Job<ReconcileJobData>, token: string | undefined): Promise<void> {
    const { accountId } = job.data
    const limit = rateLimitOf(accountId)
    if (limit === undefined) return
    const waitMs = await limiter.acquire(accountId, limit)
    if (waitMs === 0) return
    // A little later than asked, at random, so the jobs held back together do not all come back at once.
    const spread = Math.random() * Math.min(waitMs, limit.durationMs / limit.max)
    await job.moveToDelayed(Date.now() + waitMs + spread, token)
    throw new DelayedError()
  }

  /** A failed query: retried through the queue while it may still succeed, else recorded. */
  async function settleFailure(job: Job<ReconcileJobData>, error: unknown, attempt: number): Promise<string> {
    if (DurumError.isInstance(error) && error.retryable && attempt < (job.opts.attempts ?? 1)) {
      const retryAfterMs = error.retryAfterMs
      if (error.code === 'rate_limited' && retryAfterMs !== undefined)
        await limiter.block(job.data.accountId, retryAfterMs)
      throw new RetryableQueryError(retryAfterMs, error.code)
    }
    await record(job, recordOfFailure(job.data, failureOf(error), attempt))
    return 'recorded'
  }

  async function processJob(
    job: Job<ReconcileJobData>,
    token?: string,
    signal?: AbortSignal,
  ): Promise<string> {
    const attempt = job.attemptsMade + 1
    let normalizer: StatusNormalizer<StatusProvider>
    try {
      normalizer = await normalizerOf(job.data.accountId)
    } catch (error) {
      return settleFailure(job, error, attempt)
    }
    // After the provider is at hand, so the query's turn is taken just before it is sent.
    await takeTurn(job, token)
    let result: NormalizedResult
    try {
      result = await normalizer.getStatus(job.data.query as never, signal === undefined ? {} : { signal })
    } catch (error) {
      return settleFailure(job, error, attempt)
    }
    await record(job, recordOfResult(job.data, result, attempt, options.locale))
    return 'recorded'
  }

  const worker = new Worker<ReconcileJobData, string>(names.queueName, processJob, {
    connection: redis,
    prefix: names.prefix,
    concurrency: options.concurrency ?? 16,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    maxStalledCount: options.maxStalledCount ?? 3,
    settings: {
      backoffStrategy: (attemptsMade, _type, error) => {
        if (error instanceof RetryableQueryError && error.retryAfterMs !== undefined)
          return error.retryAfterMs
        const exponential = Math.min(maxRetryDelayMs, retryDelayMs * 2 ** Math.max(0, attemptsMade - 1))
        // Half fixed, half at random, so the retries of one outage spread out.
        return Math.round(exponential / 2 + (Math.random() * exponential) / 2)
      },
    },
  })
  return {
    worker,
    async waitUntilReady() {
      await worker.waitUntilReady()
    },
    async close() {
      await worker.close()
      redis.disconnect()
    },
  }
}
