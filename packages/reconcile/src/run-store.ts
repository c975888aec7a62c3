import type { Redis } from 'ioredis'
import type { RunKeys } from './reconcile-keys'
import type { ReconcileJobData } from './reconcile-record'
import type { ReconcileRecord } from './reconcile-types'
import { redisScript } from './redis-script'

// The first record of a job wins and is counted once: a job run twice (its worker killed after the
// provider answered) changes nothing, so the report holds every query exactly once.
const WRITE_RECORD = redisScript(`
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
for i = 3, #ARGV do redis.call('HINCRBY', KEYS[2], ARGV[i], 1) end
return 1
`)

/** The counters a record adds to: `finished`, its outcome, and its status or error code. */
export function countersOf(record: ReconcileRecord): string[] {
  const counters = ['finished', `outcome:${record.outcome}`]
  counters.push(record.outcome === 'error' ? `error:${record.error.code}` : `status:${record.result.status}`)
  return counters
}

/** Writes a job's record unless one is there; `true` when this one was written. */
export async function writeRecord(
  redis: Redis,
  keys: RunKeys,
  jobId: string,
  record: ReconcileRecord,
): Promise<boolean> {
  const written = await WRITE_RECORD.run(
    redis,
    [keys.records, keys.counts],
    [jobId, JSON.stringify(record), ...countersOf(record)],
  )
  return written === 1
}

/**
 * Registers queries in the run (once each: HSETNX) and answers, per query, whether it was new and
 * whether it already has a record, in one round trip.
 */
export async function registerQueries(
  redis: Redis,
  keys: RunKeys,
  jobs: readonly { id: string; data: ReconcileJobData }[],
): Promise<{ added: boolean; finished: boolean }[]> {
  const pipeline = redis.pipeline()
  for (const job of jobs) pipeline.hsetnx(keys.queries, job.id, JSON.stringify(job.data))
  for (const job of jobs) pipeline.hexists(keys.records, job.id)
  const replies = (await pipeline.exec()) ?? []
  return jobs.map((_, index) => {
    const [addError, added] = replies[index] ?? [new Error('no reply')]
    const [finishedError, finished] = replies[jobs.length + index] ?? [new Error('no reply')]
    if (addError) throw addError
    if (finishedError) throw finishedError
    return { added: added === 1, finished: finished === 1 }
  })
}

/** Every value of a hash, in pages (HSCAN), so a run of millions is never read whole. */
export async function* scanHash(redis: Redis, key: string, count = 500): AsyncGenerator<[string, string]> {
  let cursor = '0'
  do {
    const [next, flat] = await redis.hscan(key, cursor, 'COUNT', count)
    cursor = next
    for (let index = 0; index + 1 < flat.length; index += 2) yield [flat[index]!, flat[index + 1]!]
  } while (cursor !== '0')
}
