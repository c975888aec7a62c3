import { esnekpos } from '@durum/esnekpos'
import { createEsnekposSimulator, esnekposScenarios } from '@durum/esnekpos/testing'
import { iyzico } from '@durum/iyzico'
import { createIyzicoSimulator, iyzicoScenarios } from '@durum/iyzico/testing'
import {
  createStatusNormalizer,
  type Locale,
  type NormalizedResult,
  type StatusProvider,
} from '@durum/status-normalizer'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createReconcileWorker, type ReconcileWorker } from './create-reconcile-worker'
import { enqueueReconcileRun } from './enqueue-reconcile-run'
import {
  readReconcileProgress,
  readReconcileRecords,
  readReconcileReport,
  watchReconcileProgress,
} from './read-reconcile-report'
import type { AccountQueries, ReconcileRecord, ResolveAccount } from './reconcile-types'
import { findInRedis } from './testing/find-in-redis'
import { redisTestsSkipReason } from './testing/redis-test-plan'
import { type RedisServer, startRedisServer } from './testing/start-redis-server'

const noRedis = redisTestsSkipReason()
if (noRedis !== undefined) console.warn(`Skipping the reconcile run's Redis tests: ${noRedis}.`)

const IYZICO_KEYS = { apiKey: 'reconcile-api-key-7f3a', secretKey: 'reconcile-secret-key-91c4' }
const ESNEKPOS_KEYS = { merchant: 'RECON01', merchantKey: 'reconcile-merchant-key-5d2e' }
const SECRETS = [IYZICO_KEYS.apiKey, IYZICO_KEYS.secretKey, ESNEKPOS_KEYS.merchantKey]

function iyzicoScenario(name: string) {
  const scenario = iyzicoScenarios.find((candidate) => candidate.name === name)
  if (scenario === undefined) throw new Error(`no iyzico scenario ${name}`)
  return { provider: 'iyzico', ...scenario.query }
}

function esnekposScenario(name: string) {
  const scenario = esnekposScenarios.find((candidate) => candidate.name === name)
  if (scenario === undefined) throw new Error(`no EsnekPOS scenario ${name}`)
  return { provider: 'esnekpos', ...scenario.query }
}

let redis: RedisServer
let client: Redis
beforeAll(async () => {
  if (noRedis !== undefined) return
  redis = await startRedisServer()
  client = new Redis(redis.url, { maxRetriesPerRequest: null })
})
afterAll(async () => {
  client?.disconnect()
  await redis?.stop()
})

/** Simulators in this process, and a resolver that builds each account's provider over them. */
function platform(options: { failResolve?: string } = {}) {
  const iyzicoSimulator = createIyzicoSimulator(IYZICO_KEYS)
  const esnekposSimulator = createEsnekposSimulator(ESNEKPOS_KEYS)
  /** When each request reached the EsnekPOS simulator. */
  const esnekposRequests: number[] = []
  const esnekposFetch: typeof fetch = (input, init) => {
    esnekposRequests.push(Date.now())
    return esnekposSimulator.fetch(input, init)
  }
  const resolveAccount: ResolveAccount = (accountId): StatusProvider => {
    if (accountId === options.failResolve) throw new Error(`vault refused ${IYZICO_KEYS.secretKey}`)
    if (accountId.startsWith('iyzico')) {
      const keys =
        accountId === 'iyzico-wrong-keys' ? { ...IYZICO_KEYS, secretKey: 'not-the-secret' } : IYZICO_KEYS
      return iyzico({
        ...keys,
        baseUrl: 'https://iyzico.simulator',
        fetch: iyzicoSimulator.fetch,
        retry: false,
      })
    }
    return esnekpos({
      ...ESNEKPOS_KEYS,
      baseUrl: 'https://esnekpos.simulator',
      fetch: esnekposFetch,
      retry: false,
    })
  }
  return { esnekposSimulator, esnekposRequests, resolveAccount }
}

async function runToEnd(
  queueName: string,
  runId: string,
  accounts: AccountQueries[],
  resolveAccount: ResolveAccount,
  workerOptions: { retryDelayMs?: number; workers?: number; locale?: Locale } = {},
) {
  const connection = { connection: redis.url, queueName }
  const enqueued = await enqueueReconcileRun({ ...connection, runId, accounts })
  const workers: ReconcileWorker[] = []
  for (let index = 0; index < (workerOptions.workers ?? 2); index++) {
    workers.push(
      createReconcileWorker({
        ...connection,
        resolveAccount,
        concurrency: 4,
        retryDelayMs: workerOptions.retryDelayMs ?? 50,
        ...(workerOptions.locale === undefined ? {} : { locale: workerOptions.locale }),
      }),
    )
  }
  try {
    for await (const _ of watchReconcileProgress({ ...connection, runId, intervalMs: 50 })) {
      // until every query has its record
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.close()))
  }
  const records: ReconcileRecord[] = []
  for await (const record of readReconcileRecords({ ...connection, runId })) records.push(record)
  const report = await readReconcileReport({ ...connection, runId })
  return { enqueued, records, report, byKey: new Map(records.map((record) => [record.key, record])) }
}

describe.skipIf(noRedis !== undefined)('a reconcile run against the simulators', () => {
  it('reports matches, mismatches in words and errors with their code, each query once', async () => {
    const { resolveAccount } = platform()
    const accounts: AccountQueries[] = [
      {
        accountId: 'iyzico-merchant-1',
        queries: [
          { key: 'order-refunded', query: iyzicoScenario('refunded'), expected: 'paid' },
          { key: 'order-refunded-ok', query: iyzicoScenario('refunded'), expected: 'refunded' },
          { key: 'order-unchecked', query: iyzicoScenario('succeeded'), expected: 'paid' },
          { key: 'order-paid', query: iyzicoScenario('succeeded-not-refunded'), expected: 'paid' },
          { key: 'order-review', query: iyzicoScenario('under-review'), expected: 'paid' },
          { key: 'order-missing', query: { provider: 'iyzico', paymentId: '99999999' }, expected: 'paid' },
        ],
      },
      {
        accountId: 'esnekpos-merchant-2',
        queries: [
          { key: 'order-cancelled', query: esnekposScenario('order-paid-recorded'), expected: 'cancelled' },
          { key: 'order-declined', query: esnekposScenario('order-declined-recorded'), expected: 'failed' },
        ],
      },
      {
        accountId: 'iyzico-wrong-keys',
        queries: [{ key: 'order-auth', query: iyzicoScenario('succeeded-not-refunded'), expected: 'paid' }],
      },
    ]
    const { enqueued, records, report, byKey } = await runToEnd(
      'q-outcomes',
      'run-1',
      accounts,
      resolveAccount,
    )

    expect(enqueued).toEqual({ runId: 'run-1', added: 9, alreadyEnqueued: 0 })
    expect(records.map((record) => record.key).sort()).toEqual(
      [
        'order-auth',
        'order-cancelled',
        'order-declined',
        'order-missing',
        'order-paid',
        'order-refunded',
        'order-refunded-ok',
        'order-review',
        'order-unchecked',
      ].sort(),
    )
    const mismatchOf = (key: string) => {
      const record = byKey.get(key)
      return record?.outcome === 'mismatch' ? record.mismatch : record?.outcome
    }
    const reasonOf = (key: string) => {
      const record = byKey.get(key)
      return record?.outcome === 'mismatch' ? record.mismatchReason : record?.outcome
    }
    expect(mismatchOf('order-refunded')).toBe('expected paid, provider says REFUNDED')
    expect(reasonOf('order-refunded')).toBe('reconcile.status_differs')
    expect(mismatchOf('order-unchecked')).toBe('expected paid, refunds unchecked')
    expect(reasonOf('order-unchecked')).toBe('reconcile.refunds_unchecked')
    expect(mismatchOf('order-review')).toBe('expected paid, provider says UNDER_REVIEW')
    expect(mismatchOf('order-cancelled')).toBe('expected cancelled, provider says SUCCEEDED')
    expect(mismatchOf('order-refunded-ok')).toBe('match')
    expect(mismatchOf('order-paid')).toBe('match')
    expect(mismatchOf('order-declined')).toBe('match')
    const errorOf = (key: string) => {
      const record = byKey.get(key)
      return record?.outcome === 'error' ? [record.error.code, record.attempts] : record?.outcome
    }
    expect(errorOf('order-missing')).toEqual(['not_found', 1])
    expect(errorOf('order-auth')).toEqual(['authentication', 1])

    expect(report).toMatchObject({
      total: 9,
      finished: 9,
      pending: 0,
      outcomes: { match: 3, mismatch: 4, error: 2 },
      statuses: { REFUNDED: 2, SUCCEEDED: 3, UNDER_REVIEW: 1, FAILED: 1 },
      errors: { not_found: 1, authentication: 1 },
    })
    expect(report.mismatches.map((record) => record.key).sort()).toEqual(
      ['order-cancelled', 'order-refunded', 'order-review', 'order-unchecked'].sort(),
    )
    expect(report.unfinished).toEqual([])
  })

  it('adds nothing when the same run is enqueued again, before or after it ran', async () => {
    const { resolveAccount } = platform()
    const accounts = (): AccountQueries[] => [
      {
        accountId: 'esnekpos-merchant-2',
        queries: [
          { key: 'a', query: esnekposScenario('order-paid-recorded'), expected: 'paid' },
          { key: 'b', query: esnekposScenario('order-declined-recorded'), expected: 'failed' },
        ],
      },
    ]
    const connection = { connection: redis.url, queueName: 'q-twice' }
    await enqueueReconcileRun({ ...connection, runId: 'run-twice', accounts: accounts() })
    expect(await enqueueReconcileRun({ ...connection, runId: 'run-twice', accounts: accounts() })).toEqual({
      runId: 'run-twice',
      added: 0,
      alreadyEnqueued: 2,
    })
    const { records } = await runToEnd('q-twice', 'run-twice', accounts(), resolveAccount)
    expect(records.map((record) => [record.key, record.outcome]).sort()).toEqual([
      ['a', 'match'],
      ['b', 'match'],
    ])
    const waiting = await client.llen('durum:q-twice:wait')
    expect(waiting).toBe(0)
  })

  it('refuses a run with an unknown expected state, naming the field, and writes nothing of that batch', async () => {
    const connection = { connection: redis.url, queueName: 'q-invalid' }
    const refused = enqueueReconcileRun({
      ...connection,
      runId: 'run-invalid',
      accounts: [
        {
          accountId: 'esnekpos-merchant-2',
          queries: [
            { key: 'a', query: esnekposScenario('order-paid-recorded'), expected: 'paid' },
            { key: 'b', query: esnekposScenario('order-paid-recorded'), expected: 'shipped' as never },
          ],
        },
      ],
    })
    await expect(refused).rejects.toMatchObject({
      code: 'validation',
      field: 'expected',
      message:
        'expected must be one of paid, partially_refunded, refunded, cancelled, failed, authorized, unpaid, pending, active, inactive; got "shipped" for account esnekpos-merchant-2.',
    })
    expect(await client.exists('durum:q-invalid:durum-run:run-invalid:queries')).toBe(0)
    expect(() =>
      createReconcileWorker({
        ...connection,
        resolveAccount: platform().resolveAccount,
        rateLimit: { max: 0, durationMs: 1000 },
      }),
    ).toThrow(RangeError)
  })

  it('keeps watching a run whose enqueue is still going, though every query in so far is answered', async () => {
    const { resolveAccount } = platform()
    const connection = { connection: redis.url, queueName: 'q-streamed' }
    let openGate: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      openGate = resolve
    })
    async function* orders() {
      yield { key: 'first', query: esnekposScenario('order-paid-recorded'), expected: 'paid' as const }
      await gate
      yield { key: 'second', query: esnekposScenario('order-declined-recorded'), expected: 'failed' as const }
    }
    const enqueued = enqueueReconcileRun({
      ...connection,
      runId: 'run-streamed',
      batchSize: 1,
      accounts: [{ accountId: 'esnekpos-merchant-2', queries: orders() }],
    })
    const worker = createReconcileWorker({ ...connection, resolveAccount })
    const readings: { finished: number; total: number; enqueued: boolean }[] = []
    try {
      for await (const progress of watchReconcileProgress({
        ...connection,
        runId: 'run-streamed',
        intervalMs: 20,
      })) {
        readings.push({ finished: progress.finished, total: progress.total, enqueued: progress.enqueued })
        if (progress.finished === 1 && readings.filter((reading) => reading.finished === 1).length === 3)
          openGate()
      }
      await enqueued
    } finally {
      await worker.close()
    }
    // Three readings with the first query answered and none pending, yet the watch went on.
    const answeredWhileEnqueueing = readings.filter(
      (reading) => reading.finished === 1 && reading.total === 1 && !reading.enqueued,
    )
    expect(answeredWhileEnqueueing.length).toBeGreaterThanOrEqual(3)
    expect(readings.at(-1)).toEqual({ finished: 2, total: 2, enqueued: true })
  })

  it('retries a rate-limited query after the Retry-After, and gives up on a persistent 503 with its code', async () => {
    const { resolveAccount, esnekposSimulator, esnekposRequests } = platform()
    const declined = esnekposScenario('order-declined-recorded')
    const paid = esnekposScenario('order-paid-recorded')
    esnekposSimulator.faults.add({ type: 'rate_limit', retryAfterSeconds: 1, times: 1 })
    const { byKey } = await runToEnd(
      'q-retry',
      'run-retry',
      [
        {
          accountId: 'esnekpos-merchant-2',
          queries: [{ key: 'limited', query: declined, expected: 'failed' }],
        },
      ],
      resolveAccount,
      { workers: 1 },
    )
    const limited = byKey.get('limited')
    expect(limited).toMatchObject({ outcome: 'match', attempts: 2 })
    expect(esnekposRequests).toHaveLength(2)
    expect(esnekposRequests[1]! - esnekposRequests[0]!).toBeGreaterThanOrEqual(1000)

    esnekposSimulator.faults.clear()
    esnekposSimulator.faults.add({ type: 'status', status: 503 })
    const unavailable = await runToEnd(
      'q-retry',
      'run-503',
      [{ accountId: 'esnekpos-merchant-2', queries: [{ key: 'down', query: paid, expected: 'paid' }] }],
      resolveAccount,
      { workers: 1 },
    )
    expect(unavailable.byKey.get('down')).toMatchObject({
      outcome: 'error',
      attempts: 3,
      error: { code: 'provider', status: 503, retryable: true },
    })
  })

  it('records a credentials resolver that fails as `account`, without its message', async () => {
    const { resolveAccount } = platform({ failResolve: 'iyzico-merchant-9' })
    const { byKey } = await runToEnd(
      'q-account',
      'run-account',
      [
        {
          accountId: 'iyzico-merchant-9',
          queries: [{ key: 'x', query: iyzicoScenario('succeeded-not-refunded'), expected: 'paid' }],
        },
      ],
      resolveAccount,
      { workers: 1 },
    )
    expect(byKey.get('x')).toMatchObject({
      outcome: 'error',
      error: {
        code: 'account',
        message:
          'The credentials resolver failed for this account (Error); its message is not kept, as it may hold a credential.',
      },
    })
  })

  it("writes explanations and mismatches in the worker's locale, with the same reasons", async () => {
    const { resolveAccount } = platform()
    const query = iyzicoScenario('failed')
    const { byKey } = await runToEnd(
      'q-locale',
      'run-tr',
      [
        {
          accountId: 'iyzico-merchant-1',
          queries: [
            { key: 'tr', query, expected: 'failed' },
            { key: 'tr-mismatch', query, expected: 'paid' },
          ],
        },
      ],
      resolveAccount,
      { workers: 1, locale: 'tr' },
    )
    expect(byKey.get('tr-mismatch')).toMatchObject({
      outcome: 'mismatch',
      mismatch: 'beklenen paid, sağlayıcının bildirdiği FAILED',
      mismatchReason: 'reconcile.status_differs',
    })
    const provider = () => resolveAccount('iyzico-merchant-1') as StatusProvider
    const ask = (locale: Locale) =>
      createStatusNormalizer({ providers: [provider()], locale }).getStatus(
        query as never,
      ) as Promise<NormalizedResult>
    const turkish = await ask('tr')
    const english = await ask('en')
    const record = byKey.get('tr')
    expect(record?.outcome === 'match' && record.result.explanation).toBe(turkish.explanation)
    expect(record?.outcome === 'match' && record.result.reason).toBe(english.reason)
    expect(turkish.explanation).not.toBe(english.explanation)
  })

  it('fails to read a run from a Redis that is not there, instead of waiting for it', async () => {
    const gone = await startRedisServer({ appendOnly: false })
    await gone.stop()
    await expect(
      readReconcileProgress({
        connection: { host: '127.0.0.1', port: gone.port, maxRetriesPerRequest: 1 },
        runId: 'run-1',
      }),
    ).rejects.toThrow('Reached the max retries per request limit (which is 1)')
  })

  it('leaves no credential anywhere in Redis', async () => {
    expect(await findInRedis(redis.url, SECRETS)).toEqual([])
    // The scan saw the runs above: their records are there.
    expect(await client.exists('durum:q-outcomes:durum-run:run-1:records')).toBe(1)
  })
})
