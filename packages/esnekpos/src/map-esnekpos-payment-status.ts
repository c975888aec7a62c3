import {
  addDecimal,
  compareDecimal,
  DEFAULT_LOCALE,
  type Locale,
  printable,
  renderReason,
  subtractDecimal,
} from '@durum/core'
import { type Failure, type NextAction, type PaymentStatus, statusWordIsPaid } from '@durum/status-normalizer'
import { type EsnekposRowRef, type EsnekposWhy, esnekposMessages } from './esnekpos-messages'
import {
  type EsnekposStatusReading,
  type EsnekposTransactionStatus,
  readEsnekposStatus,
} from './esnekpos-transaction-status'

/** One row as EsnekPOS lists it: a payment-request attempt or an order transaction. */
export interface EsnekposStatusRow {
  /** PAYMENT_STATUS or STATUS_NAME; empty when a row has only its STATUS_ID. */
  statusText: string
  statusId?: number | undefined
  /** EsnekPOS's reference for the row (REFNO or TRANSACTION_ID), for explanations. */
  reference?: string | undefined
  /** Canonical decimal; a refund row may carry it negative. */
  amount?: string | undefined
}

/** A payment-request attempt: its rows share one order reference (ORDER_REF_NO). */
export interface EsnekposAttemptRow extends EsnekposStatusRow {
  orderReference?: string | undefined
}

/** A row read on its own, with the provider's words beside it. */
export interface EsnekposRowVerdict {
  status: PaymentStatus
  rawStatus: string
  failure?: Failure
}

export interface EsnekposStatusDecision {
  status: PaymentStatus
  rawStatus: string
  /** The rule that fired: stable, the same in every locale. */
  reason: EsnekposWhy['reason']
  /** The rule that fired, in the requested locale. */
  explanation: string
  nextAction?: NextAction
  failure?: Failure
  /** The successful payment row, which gives amount, references and transaction id. */
  paidRow?: number
  /** The row whose status decided the result. */
  decidingRow?: number
  /** Sum of the refund rows, when they can be compared with what was paid. */
  refundedAmount?: string
  /** Every row read on its own, in the order given. */
  rows: EsnekposRowVerdict[]
}

/** The row's words as EsnekPOS sent them, with line breaks and bidi controls made visible. */
function rawStatusOf(row: EsnekposStatusRow): string {
  const text = printable(row.statusText)
  if (row.statusId === undefined) return text
  return text === '' ? `STATUS_ID ${row.statusId}` : `${text} (STATUS_ID ${row.statusId})`
}

/** A row as a sentence names it, in the list its query gives (`Transaction 538224 reads "Ödeme - Başarılı"`). */
export function esnekposRowRef(noun: EsnekposRowRef['noun'], row: EsnekposStatusRow): EsnekposRowRef {
  return {
    noun,
    reference: row.reference === undefined ? undefined : printable(row.reference),
    raw: rawStatusOf(row),
  }
}

/** The reason `why` and its sentence in `locale`, for a decision. */
export function esnekposSaid(
  why: EsnekposWhy,
  locale: Locale,
): Pick<EsnekposStatusDecision, 'reason' | 'explanation'> {
  return { reason: why.reason, explanation: renderReason(esnekposMessages, why, locale) }
}

/** What one row says on its own. Failed cancels and refunds prove nothing about the payment itself. */
function rowStatus(status: EsnekposTransactionStatus | 'unknown'): PaymentStatus {
  switch (status) {
    case 'payment_pending':
      return 'PENDING'
    case 'payment_awaiting_3d':
      return 'REQUIRES_ACTION'
    case 'payment_succeeded':
      return 'SUCCEEDED'
    case 'payment_failed':
      return 'FAILED'
    case 'cancel_succeeded':
      return 'CANCELLED'
    case 'refund_succeeded':
      return 'REFUNDED'
    case 'cancel_failed':
    case 'refund_failed':
    case 'unknown':
      return 'UNKNOWN'
    default: {
      const unhandled: never = status
      throw new Error(`Unhandled EsnekPOS status ${String(unhandled)}`)
    }
  }
}

function failureOf(
  row: EsnekposStatusRow,
  status: EsnekposTransactionStatus | 'unknown',
): Failure | undefined {
  if (status !== 'payment_failed') return undefined
  // Two literals, not a leading conditional spread: docs/PERFORMANCE.md, "No leading spread on a hot path".
  return row.statusId === undefined
    ? { message: row.statusText, category: 'other' }
    : { code: String(row.statusId), message: row.statusText, category: 'other' }
}

function readRow(row: EsnekposStatusRow): { reading: EsnekposStatusReading; verdict: EsnekposRowVerdict } {
  const reading = readEsnekposStatus(row)
  const failure = failureOf(row, reading.status)
  return {
    reading,
    verdict: {
      status: rowStatus(reading.status),
      rawStatus: rawStatusOf(row),
      ...(failure ? { failure } : {}),
    },
  }
}

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number | undefined {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index] as T)) return index
  return undefined
}

function absolute(amount: string): string {
  return amount.startsWith('-') ? amount.slice(1) : amount
}

function decide(
  rows: readonly EsnekposStatusRow[],
  verdicts: EsnekposRowVerdict[],
  status: PaymentStatus,
  said: Pick<EsnekposStatusDecision, 'reason' | 'explanation'>,
  extra: Omit<EsnekposStatusDecision, 'status' | 'rawStatus' | 'reason' | 'explanation' | 'rows'> & {
    decidingRow: number
  },
): EsnekposStatusDecision {
  const deciding = rows[extra.decidingRow] as EsnekposStatusRow
  return { status, rawStatus: rawStatusOf(deciding), ...said, ...extra, rows: verdicts }
}

export interface EsnekposOrderStatusOptions {
  /** What the order charged (ProcessQuery's AMOUNT), when its payment row carries no amount. */
  orderAmount?: string | undefined
  /**
   * EsnekPOS's fee (ProcessQuery's COMMISSION). When the merchant passes it on, it is inside what the
   * buyer paid, and a full refund may leave it out: refunds covering what was paid less the fee are a
   * full refund, never reported as partial (which would read as paid).
   */
  commission?: string | undefined
  /** How explanations name a row: a ProcessQuery `transaction` (default) or a payment-request `attempt`. */
  noun?: EsnekposRowRef['noun']
  /** The language of the explanation; default `en`. */
  locale?: Locale | undefined
}

/**
 * The status of one order from its rows (ProcessQuery's TRANSACTIONS, or the rows of one
 * payment-request attempt), which EsnekPOS lists as the payment's history: pending, 3D, then the
 * outcome, then any cancel or refund. Any unrecognised row makes the order UNKNOWN. A successful
 * cancel or refund outranks the payment it undoes; otherwise a successful payment row proves the
 * payment; otherwise the last payment row is where the payment stands.
 */
export function mapEsnekposOrderStatus(
  rows: readonly EsnekposStatusRow[],
  options: EsnekposOrderStatusOptions = {},
): EsnekposStatusDecision {
  const noun = options.noun ?? 'transaction'
  const locale = options.locale ?? DEFAULT_LOCALE
  const read = rows.map(readRow)
  const verdicts = read.map((row) => row.verdict)
  const statuses = read.map((row) => row.reading.status)
  const last = (...wanted: (EsnekposTransactionStatus | 'unknown')[]) =>
    lastIndex(statuses, (s) => wanted.includes(s))
  const row = (index: number) => esnekposRowRef(noun, rows[index] as EsnekposStatusRow)
  const said = (why: EsnekposWhy) => esnekposSaid(why, locale)

  if (rows.length === 0) {
    return {
      status: 'UNKNOWN',
      rawStatus: 'TRANSACTIONS: []',
      ...said({ reason: 'esnekpos.no_transactions' }),
      rows: verdicts,
    }
  }

  const unknownRow = read.findIndex((row) => row.reading.status === 'unknown')
  if (unknownRow !== -1) {
    const reading = read[unknownRow]?.reading
    const conflict = reading?.status === 'unknown' && reading.reason === 'conflict'
    return decide(
      rows,
      verdicts,
      'UNKNOWN',
      said({
        reason: conflict ? 'esnekpos.row_conflict' : 'esnekpos.row_unrecognised',
        params: { row: row(unknownRow) },
      }),
      { decidingRow: unknownRow },
    )
  }

  const paidRow = last('payment_succeeded')
  const paidExtra = paidRow === undefined ? {} : { paidRow }

  const cancelRow = last('cancel_succeeded')
  if (cancelRow !== undefined) {
    return decide(
      rows,
      verdicts,
      'CANCELLED',
      said({ reason: 'esnekpos.cancelled', params: { row: row(cancelRow) } }),
      {
        decidingRow: cancelRow,
        ...paidExtra,
      },
    )
  }

  const refundRow = last('refund_succeeded')
  if (refundRow !== undefined) {
    // Partial means part stays charged, i.e. paid: only a successful payment row can show that.
    if (paidRow === undefined) {
      return decide(
        rows,
        verdicts,
        'REFUNDED',
        said({ reason: 'esnekpos.refunded_unpaired', params: { row: row(refundRow) } }),
        { decidingRow: refundRow },
      )
    }
    const refundRows = rows.filter((_, index) => statuses[index] === 'refund_succeeded')
    const charged = rows[paidRow]?.amount ?? options.orderAmount
    const refunded = refundRows.every((row) => row.amount !== undefined)
      ? refundRows.reduce((sum, row) => addDecimal(sum, absolute(row.amount as string)), '0')
      : undefined
    if (charged === undefined || refunded === undefined) {
      return decide(
        rows,
        verdicts,
        'REFUNDED',
        said({ reason: 'esnekpos.refunded_without_amounts', params: { row: row(refundRow) } }),
        { decidingRow: refundRow, paidRow },
      )
    }
    const paidAmount = absolute(charged)
    const extra = { decidingRow: refundRow, paidRow, refundedAmount: refunded }
    if (compareDecimal(refunded, paidAmount) >= 0) {
      return decide(
        rows,
        verdicts,
        'REFUNDED',
        said({ reason: 'esnekpos.refunded', params: { row: row(refundRow), refunded, paid: paidAmount } }),
        extra,
      )
    }
    const fee = options.commission === undefined ? undefined : absolute(options.commission)
    if (
      fee !== undefined &&
      compareDecimal(fee, paidAmount) < 0 &&
      compareDecimal(refunded, subtractDecimal(paidAmount, fee)) >= 0
    ) {
      return decide(
        rows,
        verdicts,
        'REFUNDED',
        said({
          reason: 'esnekpos.refunded_less_commission',
          params: { row: row(refundRow), refunded, paid: paidAmount, fee },
        }),
        extra,
      )
    }
    return decide(
      rows,
      verdicts,
      'PARTIALLY_REFUNDED',
      said({
        reason: 'esnekpos.partially_refunded',
        params: { row: row(refundRow), refunded, paid: paidAmount },
      }),
      extra,
    )
  }

  if (paidRow !== undefined) {
    return decide(
      rows,
      verdicts,
      'SUCCEEDED',
      said({ reason: 'esnekpos.paid', params: { row: row(paidRow) } }),
      {
        decidingRow: paidRow,
        paidRow,
      },
    )
  }

  const paymentRow = last('payment_pending', 'payment_awaiting_3d', 'payment_failed')
  if (paymentRow === undefined) {
    const undoRow = last('cancel_failed', 'refund_failed') ?? 0
    return decide(
      rows,
      verdicts,
      'UNKNOWN',
      said({ reason: 'esnekpos.undo_without_payment', params: { row: row(undoRow) } }),
      { decidingRow: undoRow },
    )
  }
  switch (statuses[paymentRow]) {
    case 'payment_awaiting_3d':
      return decide(
        rows,
        verdicts,
        'REQUIRES_ACTION',
        said({ reason: 'esnekpos.awaiting_3ds', params: { row: row(paymentRow) } }),
        { decidingRow: paymentRow, nextAction: 'customer_3ds' },
      )
    case 'payment_pending':
      return decide(
        rows,
        verdicts,
        'PENDING',
        said({ reason: 'esnekpos.pending', params: { row: row(paymentRow) } }),
        { decidingRow: paymentRow },
      )
    default: {
      const failure = verdicts[paymentRow]?.failure
      return decide(
        rows,
        verdicts,
        'FAILED',
        said({ reason: 'esnekpos.declined', params: { row: row(paymentRow) } }),
        {
          decidingRow: paymentRow,
          ...(failure ? { failure } : {}),
        },
      )
    }
  }
}

/**
 * The status of a payment request (a payment link) from its attempts (SendPaymentRequestQuery's
 * PAYMENTS). Each attempt is its own order; rows sharing an ORDER_REF_NO are read together as that
 * order's history. The request is paid when an attempt is (the last paid attempt drives amount,
 * references and transaction id). Otherwise an unrecognised attempt makes it UNKNOWN, since it might
 * be a payment; otherwise the latest attempt tells where it stands, except that a failed attempt
 * leaves the request PENDING: the link can still be paid.
 */
export function mapEsnekposPaymentRequestStatus(
  attempts: readonly EsnekposAttemptRow[],
  locale: Locale = DEFAULT_LOCALE,
): EsnekposStatusDecision {
  const verdicts = attempts.map((attempt) => readRow(attempt).verdict)
  if (attempts.length === 0) {
    return {
      status: 'PENDING',
      rawStatus: 'PAYMENTS: []',
      ...esnekposSaid({ reason: 'esnekpos.no_attempts' }, locale),
      rows: verdicts,
    }
  }

  const groups = new Map<string, number[]>()
  for (const [index, attempt] of attempts.entries()) {
    const key = attempt.orderReference === undefined ? `#${index}` : `ref:${attempt.orderReference}`
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [index])
    else group.push(index)
  }
  // Each group is read as one order; its row indices are carried back to the attempts list (plain
  // assignments, not spreads: docs/PERFORMANCE.md, "No leading spread on a hot path").
  const orders = [...groups.values()]
    .map((indices) => {
      const decision = mapEsnekposOrderStatus(
        indices.map((index) => attempts[index] as EsnekposAttemptRow),
        { noun: 'attempt', locale },
      )
      if (decision.decidingRow !== undefined) decision.decidingRow = indices[decision.decidingRow] as number
      if (decision.paidRow !== undefined) decision.paidRow = indices[decision.paidRow] as number
      decision.rows = verdicts
      return { decision, latest: indices[indices.length - 1] as number }
    })
    .sort((a, b) => a.latest - b.latest)

  const lastPaid = orders.filter((order) => statusWordIsPaid(order.decision.status)).at(-1)
  if (lastPaid !== undefined) return lastPaid.decision

  const unknown = orders.find((order) => order.decision.status === 'UNKNOWN')
  if (unknown !== undefined) return unknown.decision

  const latest = orders.at(-1)!.decision
  if (latest.status !== 'FAILED' || latest.decidingRow === undefined) return latest
  const failedAttempt = attempts[latest.decidingRow] as EsnekposAttemptRow
  latest.status = 'PENDING'
  const said = esnekposSaid(
    { reason: 'esnekpos.attempt_failed', params: { row: esnekposRowRef('attempt', failedAttempt) } },
    locale,
  )
  latest.reason = said.reason
  latest.explanation = said.explanation
  return latest
}
