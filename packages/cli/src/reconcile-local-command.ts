import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { RedisServer } from '@durum/reconcile/testing'
import type { CliContext } from './cli-context'
import { CliFailure } from './cli-failure'
import { CLI_PROVIDERS } from './cli-providers'
import type { RecordsDestination } from './deliver-records'
import { EXIT, type ExitCode } from './exit-codes'
import { serveSimulators } from './open-providers'
import {
  deliverReport,
  enqueueOrders,
  type ReconcileTarget,
  readRunOrders,
  runIdOf,
  startWorker,
  watchRun,
} from './reconcile-command'
import type { ProgressMode } from './run-progress'

/** The orders this package ships (`examples/orders.csv`): what `durum reconcile local` runs by default. */
export const EXAMPLE_ORDERS = fileURLToPath(new URL('../examples/orders.csv', import.meta.url))

export interface LocalOptions extends RecordsDestination {
  concurrency: number
  progress: ProgressMode
}

/**
 * `durum reconcile local [orders.csv]`: the whole distributed mode on this machine, for trying it.
 * A redis-server of its own on a free loopback port and a temporary directory, the simulators, the
 * orders enqueued, a worker until every order has its record, then the report as `reconcile report`
 * gives it (and its exit code). Redis and its directory are gone when it ends, Ctrl-C included.
 */
export async function runLocal(
  context: CliContext,
  file: string | undefined,
  options: LocalOptions,
): Promise<ExitCode> {
  const orders = await readRunOrders(context, file ?? EXAMPLE_ORDERS)
  const redis = await startLocalRedis(context)
  const forget = stopOnExit(redis)
  context.err(
    `${context.text('localRedisStarted', { address: `${redis.host}:${redis.port}`, dir: redis.dir })}\n`,
  )
  const target: ReconcileTarget = { redis: redis.url, queue: undefined, prefix: undefined }
  const runId = runIdOf(file ?? EXAMPLE_ORDERS)
  const simulators = await serveSimulators(CLI_PROVIDERS)
  try {
    await enqueueOrders(context, orders, target, runId, context.err)
    const worker = await startWorker(
      context,
      {
        ...target,
        simulator: true,
        environment: 'sandbox',
        concurrency: options.concurrency,
        ratePerMinute: undefined,
        until: runId,
      },
      simulators.urls,
    )
    try {
      await watchRun(context, target, runId, options.progress)
    } finally {
      await worker.close()
    }
    if (context.signal.aborted) {
      context.err(`${context.text('localInterrupted')}\n`)
      return EXIT.interrupted
    }
    return await deliverReport(context, target, runId, options)
  } finally {
    await simulators.close()
    await redis.stop()
    forget()
  }
}

/**
 * The server is in a process group of its own, so a terminal's Ctrl-C leaves it running until the
 * worker has closed (a worker whose Redis vanished waits for it for ever). A second Ctrl-C exits at
 * once, so the exit itself stops the server and removes its directory.
 */
function stopOnExit(redis: RedisServer): () => void {
  const stop = () => {
    if (redis.pid !== undefined) process.kill(redis.pid, 'SIGKILL')
    rmSync(redis.dir, { recursive: true, force: true })
  }
  process.once('exit', stop)
  return () => process.off('exit', stop)
}

async function startLocalRedis(context: CliContext): Promise<RedisServer> {
  const { startRedisServer } = await import('@durum/reconcile/testing')
  try {
    return await startRedisServer({ appendOnly: false, ownProcessGroup: true })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new CliFailure(EXIT.config, context.text('localRedisFailed', { detail }))
  }
}
