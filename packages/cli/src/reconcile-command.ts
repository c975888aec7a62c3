import { basename } from 'node:path'
import type { AccountQueries, ReconcileQuery, ResolveAccount } from '@durum/reconcile'
import type { StatusProvider } from '@durum/status-normalizer'
import type { CliContext } from './cli-context'
import { accountEnv, accountPrefix, CLI_PROVIDERS, findProvider, missingCredentials } from './cli-providers'
import { deliverRecords, type RecordsDestination } from './deliver-records'
import { EXIT, type ExitCode } from './exit-codes'
import { listOf, type ProviderChoice, serveSimulators } from './open-providers'
import { readOrdersFile } from './read-orders-file'
import { checkRedisReachable } from './redis-preflight'
import { createRunProgress, type ProgressMode, type RunProgress } from './run-progress'
import { formatSummary } from './run-summary'

/** Where a run lives: the Redis URL, and the queue and key prefix when not the defaults. */
export interface ReconcileTarget {
  redis: string
  queue: string | undefined
  prefix: string | undefined
}

function connectionOf(target: ReconcileTarget) {
  return {
    connection: target.redis,
    ...(target.queue === undefined ? {} : { queueName: target.queue }),
    ...(target.prefix === undefined ? {} : { prefix: target.prefix }),
  }
}

/** An account is a provider's credentials: `iyzico` (the environment's), or `iyzico:shop-a` (`SHOP_A_IYZICO_…`). */
function accountIdOf(provider: string, account: string | undefined): string {
  return account === undefined ? provider : `${provider}:${account}`
}

/** An order of a run's CSV, read and checked before anything is sent. */
type RunOrder = Awaited<ReturnType<typeof readOrdersFile>>[number]

/** The orders of `file`, with the optional `account` column: every line checked before Redis is touched. */
export async function readRunOrders(context: CliContext, file: string): Promise<RunOrder[]> {
  const { EXPECTED_STATES } = await import('@durum/reconcile')
  return readOrdersFile(context, file, { expectedStates: EXPECTED_STATES, accounts: true })
}

/** Enqueues `orders` as run `runId`, grouped by account, and says what it added on `say`. */
export async function enqueueOrders(
  context: CliContext,
  orders: readonly RunOrder[],
  target: ReconcileTarget,
  runId: string,
  say: (line: string) => void,
): Promise<void> {
  const reconcile = await import('@durum/reconcile')
  const accounts = new Map<string, ReconcileQuery[]>()
  for (const { provider, account, key, query, expected } of orders) {
    const accountId = accountIdOf(provider.name, account)
    const queries = accounts.get(accountId) ?? []
    queries.push({ query, expected, ...(key === undefined ? {} : { key }) })
    accounts.set(accountId, queries)
  }
  const enqueued = await reconcile.enqueueReconcileRun({
    ...connectionOf(target),
    runId,
    accounts: [...accounts].map(([accountId, queries]): AccountQueries => ({ accountId, queries })),
  })
  say(
    `${context.text('enqueued', { runId, added: enqueued.added, already: enqueued.alreadyEnqueued, accounts: accounts.size })}\n`,
  )
}

/** The run id a file gives when none is named: its name without the extension. */
export function runIdOf(file: string): string {
  return basename(file).replace(/\.[^.]*$/, '')
}

/**
 * `durum reconcile enqueue orders.csv`: the CSV's orders as a run, grouped by account. Enqueueing
 * the same file again adds nothing (job ids come from the run id, account and key).
 */
export async function runEnqueue(
  context: CliContext,
  file: string,
  options: ReconcileTarget & { run: string | undefined },
): Promise<ExitCode> {
  await checkRedisReachable(context, options.redis)
  const orders = await readRunOrders(context, file)
  const runId = options.run ?? runIdOf(file)
  await enqueueOrders(context, orders, options, runId, context.out)
  const redis = shownRedisUrl(options.redis)
  context.out(`${context.text('enqueueNext')}\n  durum reconcile work --redis ${redis}\n`)
  context.out(`  durum reconcile report --redis ${redis} --run ${runId} --watch\n`)
  return EXIT.ok
}

export interface WorkOptions extends ReconcileTarget, ProviderChoice {
  concurrency: number
  /** The most requests per minute per account, across every worker. */
  ratePerMinute: number | undefined
  /** Stop once this run has a record for every query. */
  until: string | undefined
}

/** A worker of this process, and what it recorded here. */
export interface CliWorker {
  readonly counts: { answered: number; mismatches: number; errors: number }
  waitUntilReady(): Promise<void>
  close(): Promise<void>
}

/**
 * A reconcile worker in this process: each account's provider built from the environment (or the
 * simulators at `simulatorUrls`), records written in the context's locale. Credentials never go to
 * Redis.
 */
export async function startWorker(
  context: CliContext,
  options: WorkOptions,
  simulatorUrls: ReadonlyMap<string, string> | undefined,
): Promise<CliWorker> {
  const reconcile = await import('@durum/reconcile')
  const counts = { answered: 0, mismatches: 0, errors: 0 }
  const worker = reconcile.createReconcileWorker({
    ...connectionOf(options),
    resolveAccount: accountResolver(context, options, simulatorUrls),
    concurrency: options.concurrency,
    locale: context.locale,
    ...(options.ratePerMinute === undefined ? {} : { rateLimit: rateLimitOf(options.ratePerMinute) }),
    onRecord: (record) => {
      counts.answered++
      if (record.outcome === 'mismatch') counts.mismatches++
      if (record.outcome === 'error') counts.errors++
    },
  })
  // BullMQ reports a lost connection as an event (and reconnects); unheard, Node would crash on it.
  // After Ctrl-C it is expected (the same Ctrl-C may have stopped a Redis started in that terminal).
  let lastWarning = 0
  worker.worker.on('error', (error) => {
    if (context.signal.aborted || Date.now() - lastWarning < 5000) return
    lastWarning = Date.now()
    context.err(`${context.text('workerRedisError', { message: error.message })}\n`)
  })
  return { counts, waitUntilReady: () => worker.waitUntilReady(), close: () => worker.close() }
}

/**
 * `durum reconcile work`: a worker answering the queue's jobs until Ctrl-C (or until a run is done).
 * Each account's provider is built from the environment (or the in-process simulators); credentials
 * never go to Redis.
 */
export async function runWork(context: CliContext, options: WorkOptions): Promise<ExitCode> {
  await checkRedisReachable(context, options.redis)
  const reconcile = await import('@durum/reconcile')
  const simulators = options.simulator ? await serveSimulators(CLI_PROVIDERS) : undefined
  const worker = await startWorker(context, options, simulators?.urls)
  try {
    await worker.waitUntilReady()
    context.err(`${context.text('workerReady', { queue: options.queue ?? reconcile.DEFAULT_QUEUE_NAME })}\n`)
    if (options.until === undefined) await aborted(context.signal)
    else {
      const watch = {
        ...connectionOf(options),
        runId: options.until,
        signal: context.signal,
        intervalMs: 250,
      }
      for await (const progress of reconcile.watchReconcileProgress(watch)) {
        if (progress.total > 0 && progress.pending === 0) break
      }
    }
  } finally {
    await worker.close()
    await simulators?.close()
  }
  context.err(`${context.text('workerStopped', worker.counts)}\n`)
  return EXIT.ok
}

export interface ReportOptions extends ReconcileTarget, RecordsDestination {
  run: string
  /** Follow the run with a progress bar until every query has its record. */
  watch: boolean
  progress: ProgressMode
}

/**
 * `durum reconcile report`: the run's counts, mismatches and failures (the same summary as
 * `durum check`), and every record as CSV or NDJSON. Exit 0, 1 or 2 as `check`; 3 while queries
 * are still unanswered.
 */
export async function runReport(context: CliContext, options: ReportOptions): Promise<ExitCode> {
  await checkRedisReachable(context, options.redis)
  if (options.watch) await watchRun(context, options, options.run, options.progress)
  return deliverReport(context, options, options.run, options)
}

/** Follows run `runId` with the progress bar until every query has its record, or Ctrl-C. */
export async function watchRun(
  context: CliContext,
  target: ReconcileTarget,
  runId: string,
  mode: ProgressMode,
): Promise<void> {
  const reconcile = await import('@durum/reconcile')
  const watch = { ...connectionOf(target), runId, signal: context.signal, intervalMs: 250 }
  let progress: RunProgress | undefined
  for await (const reading of reconcile.watchReconcileProgress(watch)) {
    progress ??= createRunProgress(context, reading.total, mode)
    progress.update(reading.finished, reading.outcomes.mismatch, reading.outcomes.error)
  }
  progress?.stop()
}

/** Run `runId`'s summary and records, and the exit code its verdict gives. */
export async function deliverReport(
  context: CliContext,
  target: ReconcileTarget,
  runId: string,
  destination: RecordsDestination,
): Promise<ExitCode> {
  const reconcile = await import('@durum/reconcile')
  const run = { ...connectionOf(target), runId }
  const report = await reconcile.readReconcileReport(run)
  if (report.total === 0) {
    context.err(`${context.text('runUnknown', { runId })}\n`)
    return EXIT.usage
  }
  let summary = formatSummary(report, context)
  if (report.pending > 0) summary += `${context.text('runPending', { pending: report.pending })}\n`
  await deliverRecords(context, reconcile.readReconcileRecords(run), summary, destination)
  if (context.signal.aborted) return EXIT.interrupted
  if (report.pending > 0) return EXIT.unfinished
  return report.failures.length > 0 ? EXIT.errors : report.mismatches.length > 0 ? EXIT.mismatches : EXIT.ok
}

/**
 * Each account's limit in requests: a query counts as many as its provider may send (iyzico's refund
 * look-up is a second request), never more than the whole limit.
 */
function rateLimitOf(requestsPerMinute: number) {
  return (accountId: string) => {
    const provider = findProvider(accountId.split(':')[0]!)
    const requestsPerQuery = Math.min(provider?.requestsPerQuery ?? 1, requestsPerMinute)
    return { max: requestsPerMinute, durationMs: 60_000, requestsPerQuery }
  }
}

/**
 * The platform's side of a worker: the account's provider, from the environment (an account's own
 * variables carry its prefix) or over this process's simulators. A missing credential is said once
 * per account on stderr; the record keeps only that the resolver failed.
 */
function accountResolver(
  context: CliContext,
  options: WorkOptions,
  simulatorUrls: ReadonlyMap<string, string> | undefined,
): ResolveAccount {
  const warned = new Set<string>()
  const refuse = (accountId: string, message: string): never => {
    if (!warned.has(accountId)) context.err(`${message}\n`)
    warned.add(accountId)
    throw new Error(message)
  }
  return (accountId): StatusProvider => {
    const colon = accountId.indexOf(':')
    const name = colon < 0 ? accountId : accountId.slice(0, colon)
    const account = colon < 0 ? undefined : accountId.slice(colon + 1)
    const provider = findProvider(name)
    if (provider === undefined)
      return refuse(accountId, context.text('accountUnknownProvider', { accountId }))
    const simulatorUrl = simulatorUrls?.get(name)
    if (simulatorUrl !== undefined) return provider.overSimulator(simulatorUrl, { retry: false })
    const env =
      account === undefined
        ? context.env
        : {
            [provider.baseUrlVariable]: context.env[provider.baseUrlVariable],
            ...accountEnv(context.env, account),
          }
    const missing = missingCredentials(provider, env)
    if (missing.length > 0) {
      const prefix = account === undefined ? '' : accountPrefix(account)
      const variables = listOf(
        context,
        missing.map((variable) => `${prefix}${variable}`),
      )
      return refuse(accountId, context.text('accountMissingCredentials', { accountId, variables }))
    }
    // The worker retries through the queue, under the account's rate limit, so the transport does not.
    return provider.live(env, options.environment, { retry: false })
  }
}

function aborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve()
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }))
}

/** The URL to print in a hint: as given, unless it holds a password. */
function shownRedisUrl(redis: string): string {
  try {
    return new URL(redis).password === '' ? redis : '<redis-url>'
  } catch {
    return '<redis-url>'
  }
}
