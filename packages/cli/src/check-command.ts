import { basename } from 'node:path'
import type { ReconcileRecord } from '@durum/reconcile'
import type { CliContext } from './cli-context'
import { deliverRecords, type RecordsDestination } from './deliver-records'
import { EXIT, type ExitCode } from './exit-codes'
import { openProviders, type ProviderChoice } from './open-providers'
import { readOrdersFile } from './read-orders-file'
import { createRunProgress, type ProgressMode } from './run-progress'
import { formatSummary, summarizeRecords } from './run-summary'

export interface CheckOptions extends ProviderChoice, RecordsDestination {
  concurrency: number
  ratePerMinute: number | undefined
  progress: ProgressMode
}

/**
 * `durum check orders.csv`: every order asked in this process (`getStatuses`), compared with its
 * `expected` state exactly as a reconcile run compares, then a summary, and the records as CSV or
 * NDJSON. Exit 0 when all are as expected, 1 on a mismatch, 2 when a query failed.
 */
export async function runCheck(context: CliContext, file: string, options: CheckOptions): Promise<ExitCode> {
  // Loaded here: the reconcile package brings BullMQ, which `durum status` never needs.
  const reconcile = await import('@durum/reconcile')
  const orders = await readOrdersFile(context, file, {
    expectedStates: reconcile.EXPECTED_STATES,
    accounts: false,
  })
  const runId = basename(file)
  const jobs = orders.map(({ line, key, query, expected, provider }) => ({
    runId,
    accountId: provider.name,
    key: key ?? String(line),
    query,
    expected,
  }))
  const opened = await openProviders(context, [...new Set(orders.map(({ provider }) => provider))], options)
  const records: { index: number; record: ReconcileRecord }[] = []
  const progress = createRunProgress(context, orders.length, options.progress)
  let mismatches = 0
  let errors = 0
  try {
    const batch = opened.normalizer.getStatuses(
      jobs.map((job) => job.query as never),
      {
        concurrency: options.concurrency,
        ...(options.ratePerMinute === undefined ? {} : { ratePerMinute: options.ratePerMinute }),
        signal: context.signal,
      },
    )
    for await (const settled of batch) {
      const job = jobs[settled.index]!
      const record = settled.ok
        ? reconcile.recordOfResult(job, settled.result, 1, context.locale)
        : reconcile.recordOfFailure(job, reconcile.failureOf(settled.error), 1)
      if (record.outcome === 'mismatch') mismatches++
      if (record.outcome === 'error') errors++
      records.push({ index: settled.index, record })
      progress.update(records.length, mismatches, errors)
    }
  } catch (error) {
    // The batch ends with a transport error when Ctrl-C aborted it; what finished is still reported.
    if (!context.signal.aborted) throw error
  } finally {
    progress.stop()
    await opened.close()
  }
  const inOrder = records.sort((a, b) => a.index - b.index).map(({ record }) => record)
  await deliverRecords(
    context,
    inOrder,
    formatSummary(summarizeRecords(inOrder, orders.length), context),
    options,
  )
  if (context.signal.aborted) {
    context.err(`${context.text('interrupted', { finished: inOrder.length, total: orders.length })}\n`)
    return EXIT.interrupted
  }
  return errors > 0 ? EXIT.errors : mismatches > 0 ? EXIT.mismatches : EXIT.ok
}
