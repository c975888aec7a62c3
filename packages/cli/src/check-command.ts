import { readFile, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ReconcileExportFormat, ReconcileRecord } from '@durum/reconcile'
import { createCheckProgress, type ProgressMode } from './check-progress'
import type { CliContext } from './cli-context'
import { CliFailure } from './cli-failure'
import { EXIT, type ExitCode } from './exit-codes'
import { openProviders, type ProviderChoice } from './open-providers'
import { readOrdersCsv } from './read-orders-csv'
import { formatSummary, summarizeRecords } from './run-summary'

export interface CheckOptions extends ProviderChoice {
  /** Write every record to this file. */
  out: string | undefined
  /** The records' format: from `--format`, else the `--out` extension, else none (summary only). */
  format: ReconcileExportFormat | undefined
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
  const csv = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliFailure(
      EXIT.usage,
      context.text('fileUnreadable', { file, code: error.code ?? error.message }),
    )
  })
  const orders = (() => {
    try {
      return readOrdersCsv(csv, {
        runId: basename(file),
        expectedStates: reconcile.EXPECTED_STATES,
        text: context.text,
      })
    } catch (error) {
      if (error instanceof CliFailure) throw new CliFailure(error.exitCode, `${file}: ${error.message}`)
      throw error
    }
  })()
  const format = options.format ?? formatFromExtension(options.out)
  const providers = [...new Set(orders.map(({ provider }) => provider))]
  const opened = await openProviders(context, providers, options)
  const records: { index: number; record: ReconcileRecord }[] = []
  const progress = createCheckProgress(context, orders.length, options.progress)
  let mismatches = 0
  let errors = 0
  try {
    const batch = opened.normalizer.getStatuses(
      orders.map(({ job }) => job.query as never),
      {
        concurrency: options.concurrency,
        ...(options.ratePerMinute === undefined ? {} : { ratePerMinute: options.ratePerMinute }),
        signal: context.signal,
      },
    )
    for await (const settled of batch) {
      const { job } = orders[settled.index]!
      const record = settled.ok
        ? reconcile.recordOfResult(job, settled.result, 1)
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
  const summary = formatSummary(summarizeRecords(inOrder, orders.length), context)
  if (format !== undefined && options.out === undefined) {
    // The records own stdout; the summary goes where the progress went.
    for await (const chunk of reconcile.formatReconcileRecords(inOrder, format)) context.out(chunk)
    context.err(summary)
  } else {
    if (format !== undefined && options.out !== undefined)
      await writeRecords(context, options.out, inOrder, format)
    context.out(summary)
  }
  if (context.signal.aborted) {
    context.err(`${context.text('interrupted', { finished: inOrder.length, total: orders.length })}\n`)
    return EXIT.interrupted
  }
  return errors > 0 ? EXIT.errors : mismatches > 0 ? EXIT.mismatches : EXIT.ok
}

function formatFromExtension(out: string | undefined): ReconcileExportFormat | undefined {
  if (out === undefined) return undefined
  return /\.(ndjson|jsonl)$/i.test(out) ? 'ndjson' : 'csv'
}

/** The records as one file, every credential found in the environment redacted. */
async function writeRecords(
  context: CliContext,
  out: string,
  records: readonly ReconcileRecord[],
  format: ReconcileExportFormat,
): Promise<void> {
  const { formatReconcileRecords } = await import('@durum/reconcile')
  let text = ''
  for await (const chunk of formatReconcileRecords(records, format)) text += chunk
  await writeFile(out, context.redact(text)).catch((error: NodeJS.ErrnoException) => {
    throw new CliFailure(
      EXIT.usage,
      context.text('fileUnwritable', { file: out, code: error.code ?? error.message }),
    )
  })
}
