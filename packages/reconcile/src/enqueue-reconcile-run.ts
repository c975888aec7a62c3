import { ValidationError } from '@durum/core'
import { Queue } from 'bullmq'
import { defaultQueryKey, namesOf, reconcileJobId, runKeys } from './reconcile-keys'
import type { ReconcileJobData } from './reconcile-record'
import {
  type AccountQueries,
  EXPECTED_STATES,
  type ReconcileConnectionOptions,
  type ReconcileQuery,
} from './reconcile-types'
import { createRedisClient } from './redis-connection'
import { registerQueries } from './run-store'

export interface EnqueueReconcileRunOptions extends ReconcileConnectionOptions {
  /** Names the run; enqueueing the same query under the same run id again adds nothing. */
  runId: string
  accounts: Iterable<AccountQueries> | AsyncIterable<AccountQueries>
  /** How many times a query is sent when it fails with a retryable error. Default 3. */
  attempts?: number
  /** Queries written per round trip. Default 500. */
  batchSize?: number
}

export interface EnqueueReconcileRunResult {
  runId: string
  /** Queries this call added to the run. */
  added: number
  /** Queries that were in the run already (their job is left as it is). */
  alreadyEnqueued: number
}

const ID = /^[^\s|]{1,200}$/

function checkId(field: string, value: unknown): string {
  if (typeof value !== 'string' || !ID.test(value)) {
    throw new ValidationError({
      field,
      message: `${field} must be 1 to 200 characters without spaces or "|", got ${JSON.stringify(value)}.`,
    })
  }
  return value
}

function jobOf(
  runId: string,
  accountId: string,
  entry: ReconcileQuery,
): { id: string; data: ReconcileJobData } {
  const { query, expected } = entry
  if (typeof query !== 'object' || query === null || typeof query.provider !== 'string') {
    throw new ValidationError({
      field: 'query',
      message: `A query for account ${accountId} must be an object naming its provider ({ provider: 'iyzico', paymentId: '…' }).`,
    })
  }
  if (!EXPECTED_STATES.includes(expected)) {
    throw new ValidationError({
      field: 'expected',
      message: `expected must be one of ${EXPECTED_STATES.join(', ')}; got ${JSON.stringify(expected)} for account ${accountId}.`,
    })
  }
  const key = entry.key ?? defaultQueryKey(query)
  return { id: reconcileJobId(runId, accountId, key), data: { runId, accountId, key, query, expected } }
}

/**
 * The accounts' queries in turns (one from each account, then the next from each), so workers
 * taking jobs in order spread over every account instead of draining one account's rate limit.
 */
async function* interleaved(
  accounts: Iterable<AccountQueries> | AsyncIterable<AccountQueries>,
): AsyncGenerator<{ accountId: string; entry: ReconcileQuery }> {
  const open: { accountId: string; iterator: Iterator<ReconcileQuery> | AsyncIterator<ReconcileQuery> }[] = []
  for await (const account of accounts) {
    const queries = account.queries
    const iterator =
      Symbol.asyncIterator in queries ? queries[Symbol.asyncIterator]() : queries[Symbol.iterator]()
    open.push({ accountId: checkId('accountId', account.accountId), iterator })
  }
  while (open.length > 0) {
    for (let index = 0; index < open.length; ) {
      const account = open[index]!
      const next = await account.iterator.next()
      if (next.done) open.splice(index, 1)
      else {
        yield { accountId: account.accountId, entry: next.value }
        index++
      }
    }
  }
}

/**
 * Adds a run's queries to the queue, one job per query with a deterministic id, and records each
 * in the run (so its report knows every query). Safe to call again after a crash or twice by
 * mistake: a query already in the run is not added again, and one whose job was lost before it
 * finished is given its job back. Job data is the query, the expectation and the account id only.
 */
export async function enqueueReconcileRun(
  options: EnqueueReconcileRunOptions,
): Promise<EnqueueReconcileRunResult> {
  const runId = checkId('runId', options.runId)
  const names = namesOf(options)
  const keys = runKeys(names, runId)
  const attempts = options.attempts ?? 3
  const batchSize = options.batchSize ?? 500
  const redis = createRedisClient(options.connection, 'client')
  const queue = new Queue<ReconcileJobData>(names.queueName, { connection: redis, prefix: names.prefix })
  let added = 0
  let alreadyEnqueued = 0
  let batch: { id: string; data: ReconcileJobData }[] = []
  const flush = async () => {
    if (batch.length === 0) return
    const states = await registerQueries(redis, keys, batch)
    const jobs = batch.filter((_, index) => !states[index]!.finished)
    for (const state of states) state.added ? added++ : alreadyEnqueued++
    // BullMQ adds nothing for an id it holds already; a finished job's id is gone, hence the filter.
    await queue.addBulk(
      jobs.map((job) => ({
        name: 'status',
        data: job.data,
        opts: {
          jobId: job.id,
          attempts,
          // The worker's own strategy: the provider's Retry-After, else exponential with jitter.
          backoff: { type: 'durum' },
          removeOnComplete: true,
          // A job BullMQ gave up on goes, so enqueueing the run again gives its query a new one.
          removeOnFail: true,
        },
      })),
    )
    batch = []
  }
  try {
    for await (const { accountId, entry } of interleaved(options.accounts)) {
      batch.push(jobOf(runId, accountId, entry))
      if (batch.length >= batchSize) await flush()
    }
    await flush()
    // Marks the run complete as enqueued, so progress watchers end only once every query is in.
    await redis.hset(keys.counts, 'enqueued', new Date().toISOString())
  } finally {
    await queue.close()
    redis.disconnect()
  }
  return { runId, added, alreadyEnqueued }
}
