import type { ReconcileRecord } from './reconcile-types'

export type ReconcileExportFormat = 'ndjson' | 'csv'

/** The CSV columns, in order: one row per query. */
export const RECONCILE_CSV_COLUMNS = [
  'run_id',
  'account_id',
  'key',
  'provider',
  'expected',
  'outcome',
  'status',
  'raw_status',
  'reason',
  'paid',
  'refunds_checked',
  'mismatch',
  'mismatch_reason',
  'error_code',
  'explanation_or_error',
  'amount',
  'paid_amount',
  'refunded_amount',
  'currency',
  'payment_id',
  'conversation_id',
  'merchant_reference',
  'attempts',
  'checked_at',
  'finished_at',
] as const

type CsvRow = Record<(typeof RECONCILE_CSV_COLUMNS)[number], string | number | boolean | undefined>

function rowOf(record: ReconcileRecord): CsvRow {
  const row: CsvRow = {
    run_id: record.runId,
    account_id: record.accountId,
    key: record.key,
    provider: record.query.provider,
    expected: record.expected,
    outcome: record.outcome,
    status: undefined,
    raw_status: undefined,
    reason: undefined,
    paid: undefined,
    refunds_checked: undefined,
    mismatch: undefined,
    mismatch_reason: undefined,
    error_code: undefined,
    explanation_or_error: undefined,
    amount: undefined,
    paid_amount: undefined,
    refunded_amount: undefined,
    currency: undefined,
    payment_id: undefined,
    conversation_id: undefined,
    merchant_reference: undefined,
    attempts: record.attempts,
    checked_at: undefined,
    finished_at: record.finishedAt,
  }
  if (record.outcome === 'error') {
    row.error_code = record.error.code
    row.reason = record.error.reason
    row.explanation_or_error = record.error.message
    return row
  }
  const { result } = record
  row.status = result.status
  row.raw_status = result.rawStatus
  row.reason = result.reason
  row.paid = result.paid
  row.refunds_checked = result.refundsChecked
  if (record.outcome === 'mismatch') {
    row.mismatch = record.mismatch
    row.mismatch_reason = record.mismatchReason
  }
  row.explanation_or_error = result.explanation
  row.amount = result.amount?.amount
  row.paid_amount = result.paidAmount?.amount
  row.refunded_amount = result.refundedAmount?.amount
  row.currency = (result.amount ?? result.paidAmount)?.currency
  row.payment_id = result.ids?.paymentId
  row.conversation_id = result.ids?.conversationId
  row.merchant_reference = result.ids?.merchantReference
  row.checked_at = result.checkedAt
  return row
}

/**
 * One CSV cell (RFC 4180). Text a spreadsheet would run as a formula (starting with = + - @, tab or
 * carriage return) is prefixed with `'`: a provider's message must not become a formula.
 */
function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** The records as NDJSON lines (one JSON object per query, `\n`) or CSV rows (a header, then one row per query, `\r\n` as RFC 4180 says). */
export async function* formatReconcileRecords(
  records: Iterable<ReconcileRecord> | AsyncIterable<ReconcileRecord>,
  format: ReconcileExportFormat,
): AsyncGenerator<string> {
  if (format === 'csv') yield `${RECONCILE_CSV_COLUMNS.join(',')}\r\n`
  for await (const record of records) {
    if (format === 'ndjson') yield `${JSON.stringify(record)}\n`
    else {
      const row = rowOf(record)
      yield `${RECONCILE_CSV_COLUMNS.map((column) => csvCell(row[column])).join(',')}\r\n`
    }
  }
}
