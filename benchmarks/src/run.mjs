/**
 * `pnpm bench`: every case in one run, on one machine, the simulators in their own process.
 * Prints every figure, then issue 15's target table with this run's status per row, and writes
 * results/latest.json (machine, Node version, each figure with its baseline and ratio, the
 * targets). BENCH_CASES=e2e,normalization,signing,batch,size picks cases; BENCH_QUICK=1 shortens
 * every measurement (for trying the harness, not for figures).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os'
import { batch, rateLimits } from './cases/batch.mjs'
import { endToEnd } from './cases/end-to-end.mjs'
import { normalization } from './cases/normalization.mjs'
import { signing } from './cases/signing.mjs'
import { size } from './cases/size.mjs'
import { figuresOf } from './figures.mjs'
import { startSimulators } from './simulator-process.mjs'
import { printTable, printTargets } from './table.mjs'
import { targetsOf } from './targets.mjs'

const quick = process.env.BENCH_QUICK === '1'
const selected = new Set((process.env.BENCH_CASES ?? 'e2e,normalization,signing,batch,size').split(','))
const settings = {
  e2e: { rounds: quick ? 1 : 5, durationMs: quick ? 300 : 1000 },
  normalization: { rounds: quick ? 1 : 3, durationMs: quick ? 100 : 300 },
  signing: { rounds: quick ? 1 : 3, durationMs: quick ? 100 : 300 },
  batch: { count: quick ? 2000 : 10_000, concurrency: 64, latencyMs: 5 },
  rateLimits: { iyzicoPerMinute: 30_000, esnekposPerMinute: 12_000, seconds: quick ? 1 : 3 },
  size: {
    iyzipayVersion: JSON.parse(readFileSync(new URL('../node_modules/iyzipay/package.json', import.meta.url)))
      .version,
  },
}

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return undefined
  }
}

const machine = {
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  memoryBytes: totalmem(),
  os: `${platform()} ${release()} ${arch()}`,
  loadAverageAtStart: loadavg(),
}
const startedAt = new Date().toISOString()
const log = (message) => process.stderr.write(`bench: ${message}\n`)
const measurements = {}

/** A case that fails is recorded with its error; the others still run. */
async function run(name, label, measure) {
  if (!selected.has(name)) return
  log(`${label}…`)
  try {
    return await measure()
  } catch (error) {
    log(`${label} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
    failures.push({ case: name, error: String(error instanceof Error ? error.message : error) })
  }
}
const failures = []

const simulators = await startSimulators()
try {
  measurements.endToEnd = await run(
    'e2e',
    'end-to-end (iyzico, EsnekPOS and PayTR, concurrency 1 and 16)',
    () => endToEnd(simulators, settings.e2e),
  )
  measurements.normalization = await run('normalization', 'normalization', () =>
    normalization(settings.normalization),
  )
  measurements.signing = await run('signing', 'signing', () => signing(settings.signing))
  measurements.batch = await run('batch', `batch of ${settings.batch.count}`, () =>
    batch(simulators, settings.batch),
  )
  measurements.rateLimits = await run('batch', 'rate limits', () =>
    rateLimits(simulators, settings.rateLimits),
  )
} finally {
  await simulators.stop()
}
measurements.size = await run('size', 'size (esbuild bundles, packed installs)', () => size(settings.size))
// Issue 18's reconcile case (cases/reconcile.mjs: its own Redis, simulators and worker processes)
// runs by default too, and prints its own lines; BENCH_CASES=reconcile runs it alone.
if (process.env.BENCH_CASES === undefined) selected.add('reconcile')
measurements.reconcile = await run(
  'reconcile',
  'reconcile on BullMQ (1, 2 and 4 worker processes)',
  async () => {
    const { reconcile, reconcileSettings } = await import('./cases/reconcile.mjs')
    return reconcile(reconcileSettings(quick))
  },
)

const figures = figuresOf(measurements)
const report = {
  startedAt,
  finishedAt: new Date().toISOString(),
  commit: gitCommit(),
  node: process.version,
  v8: process.versions.v8,
  machine: { ...machine, loadAverageAtEnd: loadavg() },
  quick,
  settings,
  targets: targetsOf(measurements),
  figures,
  failures,
  measurements,
}
mkdirSync(new URL('../results/', import.meta.url), { recursive: true })
writeFileSync(new URL('../results/latest.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`)
printTable(report)
printTargets(report)
log('wrote benchmarks/results/latest.json')
if (failures.length > 0) process.exitCode = 1
