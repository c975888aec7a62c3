/**
 * Issue 18's reconcile case: `queries` status queries (default 100 000, BENCH_RECONCILE_QUERIES)
 * over four accounts (two iyzico, two EsnekPOS), run by 1, 2 and 4 worker processes
 * (`@durum/reconcile` on BullMQ) against the simulators answering 20 ms late in their own process,
 * and the same queries through in-process `getStatuses` in the same run. Redis is a
 * `redis-server` of its own (append-only file on, as the tests run it). For each run: throughput,
 * the CPU every process spent (workers, simulators, Redis), and Redis's cost per job: commands,
 * Redis CPU, and the bytes a finished query keeps (its record and its place in the run's list).
 */
import { execFileSync, spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'
import { createInterface } from 'node:readline'
import { esnekpos } from '@durum/esnekpos'
import { iyzico } from '@durum/iyzico'
import { deleteReconcileRun, enqueueReconcileRun, watchReconcileProgress } from '@durum/reconcile'
import { startRedisServer } from '@durum/reconcile/testing'
import { createStatusNormalizer } from '@durum/status-normalizer'
import { ESNEKPOS, ESNEKPOS_PAYMENT_REQUEST_ID, IYZICO, IYZICO_PAYMENT_ID } from '../credentials.mjs'

const ACCOUNTS = ['iyzico-a', 'iyzico-b', 'esnekpos-c', 'esnekpos-d']
// Never reached: the limiter runs (and costs what it costs in Redis) without holding anything back.
const RATE_LIMIT = { max: 1_000_000, durationMs: 1000 }

export function reconcileSettings(quick) {
  return {
    queries: Number(process.env.BENCH_RECONCILE_QUERIES ?? (quick ? 2000 : 100_000)),
    workers: (process.env.BENCH_RECONCILE_WORKERS ?? '1,2,4').split(',').map(Number),
    concurrency: Number(process.env.BENCH_RECONCILE_CONCURRENCY ?? 64),
    latencyMs: 20,
  }
}

const queryOf = (accountId) =>
  accountId.startsWith('iyzico')
    ? { provider: 'iyzico', paymentId: IYZICO_PAYMENT_ID }
    : { provider: 'esnekpos', sendPaymentRequestId: ESNEKPOS_PAYMENT_REQUEST_ID }

/** The run's queries: `count` in all, spread evenly over the accounts, each with its own key. */
function accountsOf(count) {
  return ACCOUNTS.map((accountId, index) => ({
    accountId,
    queries: (function* () {
      for (let n = index; n < count; n += ACCOUNTS.length)
        yield { key: `order-${n}`, query: queryOf(accountId), expected: 'paid' }
    })(),
  }))
}

/** A child process speaking the case's line protocol: a first JSON or `ready` line, then `cpu` on demand. */
async function child(script, env) {
  const process_ = spawn(process.execPath, [new URL(script, import.meta.url).pathname], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: process_.stdout })[Symbol.asyncIterator]()
  const next = async () => {
    const { value, done } = await lines.next()
    if (done) throw new Error(`${script} ended early`)
    return value
  }
  const first = await next()
  return {
    first,
    start() {
      process_.stdin.write('start\n')
    },
    async cpuMs() {
      process_.stdin.write('cpu\n')
      const { cpu } = JSON.parse(await next())
      return (cpu.user + cpu.system) / 1000
    },
    async stop() {
      const exited = new Promise((resolve) => process_.once('exit', resolve))
      process_.stdin.end()
      await exited
    },
  }
}

/** INFO from redis-cli (redis-tools, which redis-server depends on), as `field → value`. */
function redisInfo(port, section) {
  const text = execFileSync('redis-cli', ['-p', String(port), 'INFO', section], { encoding: 'utf8' })
  return Object.fromEntries(
    text
      .split(/\r?\n/)
      .filter((line) => line.includes(':') && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
  )
}

/** Redis's own work so far: commands processed, CPU seconds, used memory. */
function redisCounters(port) {
  const stats = redisInfo(port, 'stats')
  const cpu = redisInfo(port, 'cpu')
  const memory = redisInfo(port, 'memory')
  return {
    commands: Number(stats.total_commands_processed),
    cpuMs: (Number(cpu.used_cpu_user) + Number(cpu.used_cpu_sys)) * 1000,
    usedMemory: Number(memory.used_memory),
  }
}

function memoryUsage(port, key) {
  const text = execFileSync('redis-cli', ['-p', String(port), 'MEMORY', 'USAGE', key, 'SAMPLES', '0'], {
    encoding: 'utf8',
  })
  return Number(text.trim()) || 0
}

async function inProcess(urls, { queries, concurrency }) {
  const normalizer = createStatusNormalizer({
    providers: [
      iyzico({ ...IYZICO, baseUrl: urls.iyzico, refunds: 'skip', retry: false }),
      esnekpos({ ...ESNEKPOS, baseUrl: urls.esnekpos, retry: false }),
    ],
  })
  const all = function* () {
    for (const account of accountsOf(queries)) for (const entry of account.queries) yield entry.query
  }
  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  let failed = 0
  for await (const result of normalizer.getStatuses(all(), { concurrency })) if (!result.ok) failed++
  const wallMs = performance.now() - started
  const cpu = process.cpuUsage(cpuBefore)
  if (failed > 0) throw new Error(`${failed} in-process queries failed`)
  return { wallMs, queriesPerSecond: (queries * 1000) / wallMs, clientCpuMs: (cpu.user + cpu.system) / 1000 }
}

async function distributed(
  redis,
  simulators,
  workerCount,
  { queries, concurrency },
  label = `w${workerCount}`,
) {
  const queueName = `bench-${label}`
  const runId = `bench-${label}`
  const connection = { connection: redis.url, queueName }
  const beforeEnqueue = redisCounters(redis.port)
  const enqueueStarted = performance.now()
  await enqueueReconcileRun({ ...connection, runId, accounts: accountsOf(queries) })
  const enqueueMs = performance.now() - enqueueStarted
  const afterEnqueue = redisCounters(redis.port)

  const workers = []
  for (let index = 0; index < workerCount; index++) {
    workers.push(
      await child('./reconcile-worker.mjs', {
        RECONCILE_BENCH_WORKER: JSON.stringify({
          redisUrl: redis.url,
          queueName,
          urls: simulators.urls,
          concurrency,
          rateLimit: RATE_LIMIT,
        }),
      }),
    )
  }
  const workerCpuBefore = await Promise.all(workers.map((worker) => worker.cpuMs()))
  const simulatorCpuBefore = await simulators.cpuMs()
  const started = performance.now()
  for (const worker of workers) worker.start()
  let last
  for await (const progress of watchReconcileProgress({ ...connection, runId, intervalMs: 100 }))
    last = progress
  const wallMs = performance.now() - started
  const workerCpuMs = (await Promise.all(workers.map((worker) => worker.cpuMs()))).reduce(
    (sum, cpu, index) => sum + cpu - workerCpuBefore[index],
    0,
  )
  const simulatorCpuMs = (await simulators.cpuMs()) - simulatorCpuBefore
  const afterRun = redisCounters(redis.port)
  await Promise.all(workers.map((worker) => worker.stop()))
  if (last.outcomes.error > 0) throw new Error(`${last.outcomes.error} reconcile queries failed`)

  const prefix = `durum:${queueName}:durum-run:${runId}`
  const keptBytes = ['queries', 'records', 'counts']
    .map((name) => memoryUsage(redis.port, `${prefix}:${name}`))
    .reduce((sum, bytes) => sum + bytes, 0)
  await deleteReconcileRun({ ...connection, runId })
  return {
    workers: workerCount,
    wallMs,
    queriesPerSecond: (queries * 1000) / wallMs,
    enqueueMs,
    workerCpuUsPerQuery: (workerCpuMs * 1000) / queries,
    simulatorCpuUsPerQuery: (simulatorCpuMs * 1000) / queries,
    redis: {
      enqueueCommandsPerQuery: (afterEnqueue.commands - beforeEnqueue.commands) / queries,
      enqueueCpuUsPerQuery: ((afterEnqueue.cpuMs - beforeEnqueue.cpuMs) * 1000) / queries,
      runCommandsPerQuery: (afterRun.commands - afterEnqueue.commands) / queries,
      runCpuUsPerQuery: ((afterRun.cpuMs - afterEnqueue.cpuMs) * 1000) / queries,
      runCpuShareOfWall: (afterRun.cpuMs - afterEnqueue.cpuMs) / wallMs,
      keptBytesPerQuery: keptBytes / queries,
    },
  }
}

function print(result) {
  const { settings, inProcess: local, runs } = result
  const lines = [
    `reconcile: ${settings.queries} queries, ${settings.latencyMs} ms simulators, concurrency ${settings.concurrency} per process, ${result.cores} cores`,
    `  in-process getStatuses: ${local.queriesPerSecond.toFixed(0)} q/s (${(local.wallMs / 1000).toFixed(1)} s, client ${((local.clientCpuMs * 1000) / settings.queries).toFixed(0)} µs/q)`,
  ]
  for (const run of runs) {
    lines.push(
      `  ${run.workers} worker process${run.workers === 1 ? '' : 'es'}: ${run.queriesPerSecond.toFixed(0)} q/s (${(run.queriesPerSecond / local.queriesPerSecond).toFixed(2)}× in-process), ` +
        `workers ${run.workerCpuUsPerQuery.toFixed(0)} µs/q, simulators ${run.simulatorCpuUsPerQuery.toFixed(0)} µs/q, ` +
        `Redis ${run.redis.runCpuUsPerQuery.toFixed(0)} µs/q and ${run.redis.runCommandsPerQuery.toFixed(1)} commands/q ` +
        `(+ enqueue ${run.redis.enqueueCpuUsPerQuery.toFixed(0)} µs, ${run.redis.enqueueCommandsPerQuery.toFixed(2)} commands), ` +
        `Redis busy ${(run.redis.runCpuShareOfWall * 100).toFixed(0)}% of the wall time, ${run.redis.keptBytesPerQuery.toFixed(0)} B kept/q`,
    )
  }
  process.stdout.write(`${lines.join('\n')}\n\n`)
}

export async function reconcile(settings) {
  const redis = await startRedisServer({ appendOnly: true })
  const simulatorProcess = await child('./reconcile-simulators.mjs', {
    BENCH_RECONCILE_LATENCY_MS: String(settings.latencyMs),
  })
  const simulators = { urls: JSON.parse(simulatorProcess.first).urls, cpuMs: () => simulatorProcess.cpuMs() }
  try {
    // Warm-up: connections, JIT, Redis's script cache.
    await inProcess(simulators.urls, { ...settings, queries: 500 })
    await distributed(redis, simulators, 1, { ...settings, queries: 500 }, 'warm-up')
    const result = {
      settings,
      cores: availableParallelism(),
      inProcess: await inProcess(simulators.urls, settings),
      runs: [],
    }
    for (const workerCount of settings.workers)
      result.runs.push(await distributed(redis, simulators, workerCount, settings))
    print(result)
    return result
  } finally {
    await simulatorProcess.stop()
    await redis.stop()
  }
}
