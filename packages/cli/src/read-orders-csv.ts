import type { ExpectedState, StatusQuery } from '@durum/reconcile'
import { parse } from 'csv-parse/sync'
import { CliFailure } from './cli-failure'
import type { CliText } from './cli-messages'
import { CLI_PROVIDERS, type CliProvider } from './cli-providers'
import { EXIT } from './exit-codes'

/** One order of the CSV. */
export interface OrderRow {
  /** Its line in the file, for messages and as its default key. */
  line: number
  provider: CliProvider
  /** The `account` column: whose credentials answer it (reconcile only). */
  account: string | undefined
  /** The `key` column: its name in the report. */
  key: string | undefined
  query: StatusQuery
  expected: ExpectedState
}

export interface ReadOrdersOptions {
  expectedStates: readonly ExpectedState[]
  /** Whether an `account` column is allowed (a reconcile run spans accounts; a check uses the environment's). */
  accounts: boolean
  text: CliText
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
export function readOrdersCsv(csv: string, options: ReadOrdersOptions): OrderRow[] {
  const { text } = options
  let rows: { record: Record<string, string>; info: { lines: number } }[]
  try {
    rows = parse(csv, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true })
  } catch (error) {
    throw csvFailure(text('csvUnreadable', { message: (error as Error).message }))
  }
  if (rows.length === 0) throw csvFailure(text('csvEmpty'))
  checkColumns(Object.keys(rows[0]!.record), options)
  return rows.map(({ record, info }) => orderOf(record, info.lines, options))
}

const OPTIONAL_COLUMNS = ['key', 'account'] as const

function checkColumns(columns: readonly string[], { accounts, text }: ReadOrdersOptions): void {
  const optional = OPTIONAL_COLUMNS.filter((column) => accounts || column !== 'account')
  const queryFields = CLI_PROVIDERS.flatMap((provider) => provider.queryFields)
  const known = new Set<string>([...REQUIRED_COLUMNS, ...optional, ...queryFields])
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
  { expectedStates, text }: ReadOrdersOptions,
): OrderRow {
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
  const foreign = Object.keys(record).find((column) => record[column] && !isOwnColumn(provider, column))
  if (foreign !== undefined) {
    throw csvFailure(text('csvForeignField', { line, field: foreign, provider: provider.name }))
  }
  const fields = provider.queryFields.filter((field) => record[field])
  const query = provider.queryOf(Object.fromEntries(fields.map((field) => [field, record[field]!])))
  if (query === undefined) {
    const columns = provider.queryFields.join(', ')
    throw csvFailure(text('csvNotOneQuery', { line, provider: provider.name, columns }))
  }
  return {
    line,
    provider,
    account: record.account || undefined,
    key: record.key || undefined,
    query: { provider: provider.name, ...query },
    expected,
  }
}

function isOwnColumn(provider: CliProvider, column: string): boolean {
  return (
    (REQUIRED_COLUMNS as readonly string[]).includes(column) ||
    (OPTIONAL_COLUMNS as readonly string[]).includes(column) ||
    provider.queryFields.includes(column)
  )
}
