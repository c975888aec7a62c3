import { addDecimal, compareDecimal, printable, subtractDecimal } from '@durum/core'
import { type Failure, type NextAction, type PaymentStatus, statusWordIsPaid } from '@durum/status-normalizer'
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
  /** One sentence: the rule that fired. */
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

/** `Transaction 538224 reads "Ödeme - Başarılı"`: the row named by the noun its query uses. */
export function quotedRow(noun: string, row: EsnekposStatusRow): string {
  const where = row.reference === undefined ? '' : ` ${printable(row.reference)}`
  return `${noun}${where} reads "${rawStatusOf(row)}"`
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
  explanation: string,
  extra: Omit<EsnekposStatusDecision, 'status' | 'rawStatus' | 'explanation' | 'rows'> & {
    decidingRow: number
  },
): EsnekposStatusDecision {
  const deciding = rows[extra.decidingRow] as EsnekposStatusRow
  return { status, rawStatus: rawStatusOf(deciding), explanation, ...extra, rows: verdicts }
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
  /** How explanations name a row: `Transaction` (ProcessQuery) or `Attempt` (payment request). */
  noun?: string
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
  const noun = options.noun ?? 'Transaction'
  const read = rows.map(readRow)
  const verdicts = read.map((row) => row.verdict)
  const statuses = read.map((row) => row.reading.status)
  const last = (...wanted: (EsnekposTransactionStatus | 'unknown')[]) =>
    lastIndex(statuses, (s) => wanted.includes(s))
  const say = (index: number) => quotedRow(noun, rows[index] as EsnekposStatusRow)

  if (rows.length === 0) {
    return {
      status: 'UNKNOWN',
      rawStatus: 'TRANSACTIONS: []',
      explanation:
        'EsnekPOS lists no transaction for this order, so nothing shows whether it was paid; check the payment in the EsnekPOS panel before shipping.',
      rows: verdicts,
    }
  }

  const unknownRow = read.findIndex((row) => row.reading.status === 'unknown')
  if (unknownRow !== -1) {
    const reading = read[unknownRow]?.reading
    const why =
      reading?.status === 'unknown' && reading.reason === 'conflict'
        ? 'whose STATUS_ID and text disagree'
        : 'which this version of durum does not recognise'
    return decide(
      rows,
      verdicts,
      'UNKNOWN',
      `${say(unknownRow)}, ${why}; check the payment in the EsnekPOS panel before shipping.`,
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
      `${say(cancelRow)}: the payment was cancelled, nothing stays charged.`,
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
        `${say(refundRow)}: the payment was refunded (no successful payment is listed beside it, so it is not reported as partial).`,
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
        `${say(refundRow)}: the payment was refunded (without amounts to compare, it is not reported as partial).`,
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
        `${say(refundRow)}: refunds of ${refunded} cover the ${paidAmount} paid.`,
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
        `${say(refundRow)}: refunds of ${refunded} cover the ${paidAmount} paid less EsnekPOS's ${fee} commission.`,
        extra,
      )
    }
    return decide(
      rows,
      verdicts,
      'PARTIALLY_REFUNDED',
      `${say(refundRow)}: ${refunded} of the ${paidAmount} paid was refunded, the rest stays charged.`,
      extra,
    )
  }

  if (paidRow !== undefined) {
    return decide(rows, verdicts, 'SUCCEEDED', `${say(paidRow)}: the payment was charged and approved.`, {
      decidingRow: paidRow,
      paidRow,
    })
  }

  const paymentRow = last('payment_pending', 'payment_awaiting_3d', 'payment_failed')
  if (paymentRow === undefined) {
    const undoRow = last('cancel_failed', 'refund_failed') ?? 0
    return decide(
      rows,
      verdicts,
      'UNKNOWN',
      `${say(undoRow)}, but no successful payment is listed to cancel or refund; check the payment in the EsnekPOS panel.`,
      { decidingRow: undoRow },
    )
  }
  switch (statuses[paymentRow]) {
    case 'payment_awaiting_3d':
      return decide(
        rows,
        verdicts,
        'REQUIRES_ACTION',
        `${say(paymentRow)}: the customer has to finish 3D Secure verification with the bank.`,
        { decidingRow: paymentRow, nextAction: 'customer_3ds' },
      )
    case 'payment_pending':
      return decide(rows, verdicts, 'PENDING', `${say(paymentRow)}: the payment has not been decided yet.`, {
        decidingRow: paymentRow,
      })
    default: {
      const failure = verdicts[paymentRow]?.failure
      return decide(
        rows,
        verdicts,
        'FAILED',
        `${say(paymentRow)}: the payment failed and nothing was charged.`,
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
): EsnekposStatusDecision {
  const verdicts = attempts.map((attempt) => readRow(attempt).verdict)
  if (attempts.length === 0) {
    return {
      status: 'PENDING',
      rawStatus: 'PAYMENTS: []',
      explanation: 'Nobody has tried to pay this payment request yet.',
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
        { noun: 'Attempt' },
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
  latest.explanation = `${quotedRow('The latest attempt', failedAttempt)}; no attempt has succeeded, so the payment request can still be paid.`
  return latest
}
