import type { ReconcileConnectionOptions, StatusQuery } from './reconcile-types'

export const DEFAULT_QUEUE_NAME = 'reconcile'
export const DEFAULT_PREFIX = 'durum'

/** The Redis keys of one run, beside (never inside) BullMQ's keys for the queue. */
export interface RunKeys {
  /** hash: job id → the job's data (query, expected), written once at enqueue */
  queries: string
  /** hash: job id → its record (JSON), written once, by the first worker to finish it */
  records: string
  /** hash: `finished`, `outcome:<outcome>`, `status:<status>`, `error:<code>` → count */
  counts: string
}

export interface Names {
  queueName: string
  prefix: string
}

export function namesOf(options: ReconcileConnectionOptions): Names {
  const queueName = options.queueName ?? DEFAULT_QUEUE_NAME
  if (queueName.includes(':'))
    throw new TypeError(`queueName cannot contain ":" (BullMQ's key separator): ${queueName}`)
  return { queueName, prefix: options.prefix ?? DEFAULT_PREFIX }
}

// BullMQ's own keys are `<prefix>:<queue>:<name or job id>`, and a job id never holds a ':', so a
// key with two more segments cannot meet one of them.
export function runKeys(names: Names, runId: string): RunKeys {
  const run = `${names.prefix}:${names.queueName}:durum-run:${encodeURIComponent(runId)}`
  return { queries: `${run}:queries`, records: `${run}:records`, counts: `${run}:counts` }
}

/** The sorted set of one account's recent query starts, and its "provider said wait" deadline. */
export function accountLimitKeys(names: Names, accountId: string): { starts: string; blockedUntil: string } {
  const account = `${names.prefix}:${names.queueName}:durum-account:${encodeURIComponent(accountId)}`
  return { starts: `${account}:starts`, blockedUntil: `${account}:blocked-until` }
}

/** A query's default key: its fields in a fixed order, so the same query always gets the same key. */
export function defaultQueryKey(query: StatusQuery): string {
  return stableJson(query)
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((name) => `${JSON.stringify(name)}:${stableJson((value as Record<string, unknown>)[name])}`)
    return `{${entries.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * The job id of a query in a run: the same run, account and key always give the same id, so BullMQ
 * adds a query once however often it is enqueued. Parts are percent-encoded: BullMQ refuses ':'.
 */
export function reconcileJobId(runId: string, accountId: string, key: string): string {
  return [runId, accountId, key].map(encodeURIComponent).join('|')
}
