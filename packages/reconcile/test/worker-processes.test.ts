import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { createEsnekposSimulator, esnekposScenarios } from '@durum/esnekpos/testing'
import { createIyzicoSimulator, iyzicoScenarios } from '@durum/iyzico/testing'
import { type ServedHandler, serveFetchHandler } from '@durum/status-normalizer/simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { enqueueReconcileRun } from '../src/enqueue-reconcile-run'
import {
  readReconcileRecords,
  readReconcileReport,
  watchReconcileProgress,
} from '../src/read-reconcile-report'
import type { AccountQueries, ExpectedState, RateLimit } from '../src/reconcile-types'
import { findInRedis } from '../src/testing/find-in-redis'
import { redisTestsSkipReason } from '../src/testing/redis-test-plan'
import { type RedisServer, startRedisServer } from '../src/testing/start-redis-server'

const noRedis = redisTestsSkipReason()
if (noRedis !== undefined) console.warn(`Skipping the worker-process Redis tests: ${noRedis}.`)

// Worker processes run the built packages (as a platform would): `pnpm test` builds them first.
const WORKER_SCRIPT = fileURLToPath(new URL('./worker-process.mjs', import.meta.url))
const BUILT = fileURLToPath(new URL('../dist/index.js', import.meta.url))

const QUERIES_PER_ACCOUNT = 40
const LIMIT: RateLimit = { max: 24, durationMs: 2000 }
/**
 * The limiter admits a query on Redis's clock; its request reaches the simulator a little later, by a
 * delay that varies with how busy the machine is. Requests are counted in windows this much shorter
 * than the limit's, so a late first request and a prompt later one are not mistaken for a breach.
 */
const ARRIVAL_SLACK_MS = 700

interface Account {
  id: string
  provider: 'iyzico' | 'esnekpos'
  credentials: Record<string, string>
  /** Requests one query may send: iyzico asks reporting for refunds after a taken payment. */
  requestsPerQuery: number
  queries: { name: string; expected: ExpectedState }[]
}

const ACCOUNTS: Account[] = [
  {
    id: 'merchant-iyzico-1',
    provider: 'iyzico',
    credentials: { apiKey: 'proc-api-key-1a', secretKey: 'proc-secret-key-1b' },
    requestsPerQuery: 2,
    queries: [
      { name: 'refunded', expected: 'paid' },
      { name: 'succeeded-not-refunded', expected: 'paid' },
      { name: 'failed', expected: 'failed' },
    ],
  },
  {
    id: 'merchant-esnekpos-2',
    provider: 'esnekpos',
    credentials: { merchant: 'PROC02', merchantKey: 'proc-merchant-key-2c' },
    requestsPerQuery: 1,
    queries: [
      { name: 'order-paid-recorded', expected: 'paid' },
      { name: 'order-declined-recorded', expected: 'paid' },
    ],
  },
  {
    id: 'merchant-iyzico-3',
    provider: 'iyzico',
    credentials: { apiKey: 'proc-api-key-3d', secretKey: 'proc-secret-key-3e' },
    requestsPerQuery: 2,
    queries: [
      { name: 'cancelled', expected: 'cancelled' },
      { name: 'under-review', expected: 'paid' },
    ],
  },
]
const SECRETS = ACCOUNTS.flatMap((account) =>
  Object.entries(account.credentials)
    .filter(([name]) => name !== 'merchant')
    .map(([, value]) => value),
)
const WORDS: Record<string, string> = {
  refunded: 'expected paid, provider says REFUNDED',
  'order-declined-recorded': 'expected paid, provider says FAILED',
  'under-review': 'expected paid, provider says UNDER_REVIEW',
}

function queryOf(account: Account, name: string) {
  const scenario =
    account.provider === 'iyzico'
      ? iyzicoScenarios.find((candidate) => candidate.name === name)
      : esnekposScenarios.find((candidate) => candidate.name === name)
  if (scenario === undefined) throw new Error(`no ${account.provider} scenario ${name}`)
  return { provider: account.provider, ...scenario.query }
}

/** The run: QUERIES_PER_ACCOUNT per account, cycling through its scenarios, keyed `<account>/<n>`. */
function plan() {
  const expected = new Map<string, { mismatch: string | undefined }>()
  const accounts: AccountQueries[] = ACCOUNTS.map((account) => ({
    accountId: account.id,
    queries: Array.from({ length: QUERIES_PER_ACCOUNT }, (_, index) => {
      const entry = account.queries[index % account.queries.length]!
      const key = `${account.id}/${index}`
      expected.set(key, { mismatch: WORDS[entry.name] })
      return { key, query: queryOf(account, entry.name), expected: entry.expected }
    }),
  }))
  return { accounts, expected }
}

/** One simulator per account on a loopback port, 20 ms per answer, logging when each request arrived. */
async function serveAccount(account: Account): Promise<{ served: ServedHandler; arrivals: number[] }> {
  const faults = [{ type: 'latency' as const, ms: 20 }]
  const simulator =
    account.provider === 'iyzico'
      ? createIyzicoSimulator({
          apiKey: account.credentials.apiKey!,
          secretKey: account.credentials.secretKey!,
          faults,
        })
      : createEsnekposSimulator({
          merchant: account.credentials.merchant!,
          merchantKey: account.credentials.merchantKey!,
          faults,
        })
  const arrivals: number[] = []
  const served = await serveFetchHandler((request) => {
    arrivals.push(Date.now())
    return simulator.handle(request)
  })
  return { served, arrivals }
}

interface WorkerProcess {
  child: ChildProcess
  records: number
  exited: Promise<void>
}

async function spawnWorker(config: object): Promise<WorkerProcess> {
  const child = spawn(process.execPath, [WORKER_SCRIPT], {
    env: { ...process.env, RECONCILE_WORKER: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => {
    stderr += chunk
  })
  const worker: WorkerProcess = {
    child,
    records: 0,
    exited: new Promise((resolve) => child.once('exit', () => resolve())),
  }
  const lines = createInterface({ input: child.stdout! })
  await new Promise<void>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line === 'ready') resolve()
      else worker.records++
    })
    child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready:\n${stderr}`)))
  })
  return worker
}

/** The most requests that arrived within any window of `windowMs`. */
function busiestWindow(arrivals: readonly number[], windowMs: number): number {
  const sorted = [...arrivals].sort((a, b) => a - b)
  let busiest = 0
  let first = 0
  for (let last = 0; last < sorted.length; last++) {
    while (sorted[last]! - sorted[first]! >= windowMs) first++
    busiest = Math.max(busiest, last - first + 1)
  }
  return busiest
}

describe.skipIf(noRedis !== undefined)('three worker processes against the simulators', () => {
  let redis: RedisServer
  const servers: { served: ServedHandler; arrivals: number[] }[] = []
  const workers: WorkerProcess[] = []
  beforeAll(async () => {
    if (!existsSync(BUILT)) {
      throw new Error(
        'The worker processes run the built package: pnpm turbo run build --filter=@durum/reconcile...',
      )
    }
    redis = await startRedisServer({ appendOnly: true })
    for (const account of ACCOUNTS) servers.push(await serveAccount(account))
  })
  afterAll(async () => {
    for (const worker of workers) if (worker.child.exitCode === null) worker.child.kill('SIGKILL')
    await Promise.all(workers.map((worker) => worker.exited))
    await Promise.all(servers.map((server) => server.served.close()))
    await redis?.stop()
  })

  it('survive a worker SIGKILLed and a Redis restart mid-run: every query once, the rate limit held, no credential in Redis', async () => {
    const connection = { connection: redis.url, queueName: 'crash' }
    const { accounts, expected } = plan()

    const config = {
      redisUrl: redis.url,
      queueName: 'crash',
      concurrency: 4,
      // Low, so the killed worker's jobs are taken over within seconds.
      lockDurationMs: 2000,
      stalledIntervalMs: 1000,
      accounts: Object.fromEntries(
        ACCOUNTS.map((account, index) => [
          account.id,
          { provider: account.provider, ...account.credentials, baseUrl: servers[index]!.served.url },
        ]),
      ),
      rateLimits: Object.fromEntries(
        ACCOUNTS.map((account) => [account.id, { ...LIMIT, requestsPerQuery: account.requestsPerQuery }]),
      ),
    }
    // Every worker is ready before the run exists: on a busy machine the first two could otherwise
    // finish the whole run while the third is still starting, and nothing would be killed mid-run.
    for (let index = 0; index < 3; index++) workers.push(await spawnWorker(config))
    const enqueued = await enqueueReconcileRun({ ...connection, runId: 'nightly', accounts })
    expect(enqueued.added).toBe(ACCOUNTS.length * QUERIES_PER_ACCOUNT)

    let killedAt: number | undefined
    let restartedAt: number | undefined
    const total = ACCOUNTS.length * QUERIES_PER_ACCOUNT
    for await (const progress of watchReconcileProgress({
      ...connection,
      runId: 'nightly',
      intervalMs: 100,
    })) {
      if (killedAt === undefined && progress.finished >= total * 0.25) {
        killedAt = progress.finished
        workers[0]!.child.kill('SIGKILL')
        await workers[0]!.exited
      }
      if (restartedAt === undefined && progress.finished >= total * 0.55) {
        restartedAt = progress.finished
        await redis.restart()
      }
    }
    expect(killedAt).toBeLessThan(total)
    expect(restartedAt).toBeLessThan(total)
    // The killed worker had been answering before it died, and the run finished without it.
    expect(workers[0]!.child.signalCode).toBe('SIGKILL')
    expect(workers[0]!.records).toBeGreaterThan(0)

    const keys: string[] = []
    const mismatches = new Map<string, string>()
    for await (const record of readReconcileRecords({ ...connection, runId: 'nightly' })) {
      keys.push(record.key)
      if (record.outcome === 'mismatch') mismatches.set(record.key, record.mismatch)
      expect(record.outcome).not.toBe('error')
    }
    expect(keys.sort()).toEqual([...expected.keys()].sort())
    expect(mismatches).toEqual(
      new Map(
        [...expected]
          .filter(([, want]) => want.mismatch !== undefined)
          .map(([key, want]) => [key, want.mismatch as string]),
      ),
    )
    const report = await readReconcileReport({ ...connection, runId: 'nightly' })
    expect(report).toMatchObject({ total, finished: total, pending: 0, unfinished: [] })
    expect(report.mismatches).toHaveLength(mismatches.size)

    for (const [index, account] of ACCOUNTS.entries()) {
      const { arrivals } = servers[index]!
      expect(arrivals.length, account.id).toBeGreaterThanOrEqual(QUERIES_PER_ACCOUNT)
      expect(busiestWindow(arrivals, LIMIT.durationMs - ARRIVAL_SLACK_MS), account.id).toBeLessThanOrEqual(
        LIMIT.max,
      )
    }

    expect(await findInRedis(redis.url, SECRETS)).toEqual([])
  }, 180_000)
})
