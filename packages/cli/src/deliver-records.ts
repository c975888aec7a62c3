import { writeFile } from 'node:fs/promises'
import type { ReconcileExportFormat, ReconcileRecord } from '@durum/reconcile'
import type { CliContext } from './cli-context'
import { CliFailure } from './cli-failure'
import { EXIT } from './exit-codes'

export interface RecordsDestination {
  /** Write every record to this file. */
  out: string | undefined
  /** The records' format: from `--format`, else the `--out` extension; none means the summary alone. */
  format: ReconcileExportFormat | undefined
}

/**
 * Where the records and the summary go: with `--out`, the records to the file and the summary to
 * stdout; with `--format` alone, the records own stdout and the summary goes to stderr; otherwise
 * the summary alone, on stdout. Every credential found in the environment is redacted on the way.
 */
export async function deliverRecords(
  context: CliContext,
  records: Iterable<ReconcileRecord> | AsyncIterable<ReconcileRecord>,
  summary: string,
  destination: RecordsDestination,
): Promise<void> {
  const { formatReconcileRecords } = await import('@durum/reconcile')
  const format = destination.format ?? formatFromExtension(destination.out)
  if (format === undefined) {
    context.out(summary)
    return
  }
  if (destination.out === undefined) {
    for await (const chunk of formatReconcileRecords(records, format)) context.out(chunk)
    context.err(summary)
    return
  }
  let text = ''
  for await (const chunk of formatReconcileRecords(records, format)) text += chunk
  const out = destination.out
  await writeFile(out, context.redact(text)).catch((error: NodeJS.ErrnoException) => {
    throw new CliFailure(
      EXIT.usage,
      context.text('fileUnwritable', { file: out, code: error.code ?? error.message }),
    )
  })
  context.out(summary)
}

function formatFromExtension(out: string | undefined): ReconcileExportFormat | undefined {
  if (out === undefined) return undefined
  return /\.(ndjson|jsonl)$/i.test(out) ? 'ndjson' : 'csv'
}
