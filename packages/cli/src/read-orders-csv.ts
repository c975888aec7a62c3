import type { ExpectedState, ReconcileJobData } from '@durum/reconcile'
import { parse } from 'csv-parse/sync'
import { CliFailure } from './cli-failure'
import type { CliText } from './cli-messages'
import { CLI_PROVIDERS, type CliProvider } from './cli-providers'
import { EXIT } from './exit-codes'

/** One order to check: the job a reconcile run would hold for it, and which provider answers. */
export interface OrderToCheck {
  job: ReconcileJobData
  provider: CliProvider
}

/** A CSV that cannot be checked is a usage error: its message names the line and what to change. */
function csvFailure(message: string): CliFailure {
  return new CliFailure(EXIT.usage, message)
}

const REQUIRED_COLUMNS = ['provider', 'expected'] as const

/**
 * The orders in a CSV: a header row, then one order per row. Columns: `provider`, `expected` (one
 * of `expectedStates`), the provider's query fields (`paymentId`, `sendPaymentRequestId`, …; empty
 * cells are absent), and an optional `key` naming the order in the report (default: its line number).
 * Anything else is refused with the line and the reason, before a query is sent: a typo in a
 * column name must not turn into a thousand failed queries.
 */
export function readOrdersCsv(
  csv: string,
  options: { runId: string; expectedStates: readonly ExpectedState[]; text: CliText },
): OrderToCheck[] {
  const { text } = options
  let rows: { record: Record<string, string>; info: { lines: number } }[]
  try {
    rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true })
  } catch (error) {
    throw csvFailure(text('csvUnreadable', { message: (error as Error).message }))
  }
  if (rows.length === 0) throw csvFailure(text('csvEmpty'))
  checkColumns(Object.keys(rows[0]!.record), text)
  return rows.map(({ record, info }) => orderOf(record, info.lines, options))
}

function checkColumns(columns: readonly string[], text: CliText): void {
  const known = new Set<string>([...REQUIRED_COLUMNS, 'key', ...CLI_PROVIDERS.flatMap((p) => p.queryFields)])
  const unknown = columns.filter((column) => !known.has(column))
  if (unknown.length > 0) {
    throw csvFailure(text('csvUnknownColumns', { columns: unknown.join(', '), known: [...known].join(', ') }))
  }
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column))
  if (missing.length > 0) throw csvFailure(text('csvMissingColumns', { columns: missing.join(', ') }))
}

function orderOf(
  record: Record<string, string>,
  line: number,
  { runId, expectedStates, text }: { runId: string; expectedStates: readonly ExpectedState[]; text: CliText },
): OrderToCheck {
  const provider = CLI_PROVIDERS.find((known) => known.name === record.provider)
  if (provider === undefined) {
    const known = CLI_PROVIDERS.map(({ name }) => name).join(', ')
    throw csvFailure(text('csvUnknownProvider', { line, provider: record.provider ?? '', known }))
  }
  const expected = expectedStates.find((state) => state === record.expected)
  if (expected === undefined) {
    throw csvFailure(
      text('csvUnknownExpected', { line, expected: record.expected ?? '', known: expectedStates.join(', ') }),
    )
  }
  const query: Record<string, string> = { provider: provider.name }
  for (const [column, value] of Object.entries(record)) {
    if (value !== '' && column !== 'provider' && column !== 'expected' && column !== 'key')
      query[column] = value
  }
  const key = record.key || String(line)
  return {
    provider,
    job: { runId, accountId: provider.name, key, query: query as ReconcileJobData['query'], expected },
  }
}
