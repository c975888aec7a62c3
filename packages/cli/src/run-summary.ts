import type { ReconcileRecord, ReconcileReport } from '@durum/reconcile'
import Table from 'cli-table3'
import type { CliContext } from './cli-context'

/** What a summary shows: a reconcile report's counts and lists, from Redis or from `durum check`. */
export type RunSummary = Pick<
  ReconcileReport,
  'total' | 'finished' | 'outcomes' | 'statuses' | 'errors' | 'mismatches' | 'failures'
>

/** The summary of records checked in this process, counted as a reconcile report counts them. */
export function summarizeRecords(records: readonly ReconcileRecord[], total: number): RunSummary {
  const summary: RunSummary = {
    total,
    finished: records.length,
    outcomes: { match: 0, mismatch: 0, error: 0 },
    statuses: {},
    errors: {},
    mismatches: [],
    failures: [],
  }
  for (const record of records) {
    summary.outcomes[record.outcome]++
    if (record.outcome === 'error') {
      summary.errors[record.error.code] = (summary.errors[record.error.code] ?? 0) + 1
      summary.failures.push(record)
    } else {
      summary.statuses[record.result.status] = (summary.statuses[record.result.status] ?? 0) + 1
      if (record.outcome === 'mismatch') summary.mismatches.push(record)
    }
  }
  return summary
}

/** Rows listed per table; the rest are counted, and complete in `--out`. */
const LISTED = 10

/** The summary as people read it: one sentence, counts by status and error, then what disagrees. */
export function formatSummary(summary: RunSummary, context: CliContext): string {
  const { text, colors } = context
  const { match, mismatch, error } = summary.outcomes
  const parts = [
    text('summaryLine', { finished: summary.finished, total: summary.total, match, mismatch, error }),
    '',
  ]
  const counts = table(context, [text('columnStatus'), text('columnCount')])
  for (const [status, count] of Object.entries(summary.statuses).sort()) counts.push([status, String(count)])
  for (const [code, count] of Object.entries(summary.errors).sort()) {
    counts.push([colors.red(text('errorCount', { code })), String(count)])
  }
  parts.push(counts.toString())
  if (summary.mismatches.length > 0) {
    const mismatches = table(context, [
      text('columnKey'),
      text('columnProvider'),
      text('columnExpected'),
      text('columnProviderSays'),
      text('columnPaid'),
      text('columnReason'),
    ])
    // Under the table, what is wrong with each in words (the reconcile comparison's sentence, in the run's language).
    const said: string[] = []
    for (const record of summary.mismatches.slice(0, LISTED)) {
      const { result } = record
      said.push(`  ${record.key} · ${record.query.provider} · ${record.mismatch}`)
      mismatches.push([
        record.key,
        record.query.provider,
        record.expected,
        colors.yellow(result.status),
        result.paid ? text('yes') : text('no'),
        result.reason ?? '',
      ])
    }
    parts.push('', colors.bold(text('mismatchesTitle')), mismatches.toString(), ...said)
    if (summary.mismatches.length > LISTED)
      parts.push(text('andMore', { count: summary.mismatches.length - LISTED }))
  }
  if (summary.failures.length > 0) {
    parts.push('', colors.bold(text('errorsTitle')))
    for (const record of summary.failures.slice(0, LISTED)) {
      parts.push(
        `  ${record.key} · ${record.query.provider} · ${colors.red(record.error.code)}: ${record.error.message}`,
      )
    }
    if (summary.failures.length > LISTED)
      parts.push(text('andMore', { count: summary.failures.length - LISTED }))
  }
  return `${parts.join('\n')}\n`
}

function table({ colors }: CliContext, head: string[]): Table.Table {
  // cli-table3 colours through its own library whatever the stream; colours here follow our rules.
  return new Table({
    head: head.map((title) => colors.bold(title)),
    style: { head: [], border: [] },
    // No rule between rows: a compact table reads faster.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  })
}
