import { addDecimal, compareDecimal, type Money, printable, type ReasonOf } from '@durum/core'
import type { PaymentStatus } from '@durum/status-normalizer'
import type { PAYTR_MESSAGES } from './paytr-messages'
import type { PaytrNoPaymentBody, PaytrPaidBody, PaytrReturn, PaytrStatusBody } from './paytr-schemas'

export type PaytrStatusReason = Extract<
  ReasonOf<typeof PAYTR_MESSAGES>,
  {
    reason:
      | 'paytr.paid'
      | 'paytr.partially_refunded'
      | 'paytr.refunded'
      | 'paytr.refunded_order_amount'
      | 'paytr.refund_pending'
      | 'paytr.no_successful_payment'
      | 'paytr.awaiting_payment'
      | 'paytr.no_payment_by_deadline'
      | 'paytr.unknown_status'
  }
>

export interface PaytrStatusDecision {
  status: PaymentStatus
  /** PayTR's words: `success`, `success returns=2 (1 not completed)`, `error 004: …`. */
  rawStatus: string
  /** The rule that fired and what its sentence needs; the text is written in the call's locale. */
  reason: PaytrStatusReason
  /** The completed refunds' sum, when there are any. */
  refundedAmount?: string
}

export interface PaytrStatusContext {
  /** When the answer was read (ISO-8601), to compare with `payableUntil`. */
  checkedAt: string
  /** When the order's payment window closes, if the merchant said (ISO-8601). */
  payableUntil?: string | undefined
}

/** Where the refunds leave a successful payment. */
type RefundState = 'none' | 'partial' | 'order_amount' | 'all_paid' | 'pending'

const sum = (returns: readonly PaytrReturn[]) =>
  returns.reduce((total, item) => addDecimal(total, item.return_amount), '0')

function refundState(body: PaytrPaidBody, completed: string, pending: readonly PaytrReturn[]): RefundState {
  if (pending.length > 0) return 'pending'
  if (compareDecimal(completed, '0') <= 0) return 'none'
  if (compareDecimal(completed, body.payment_total) >= 0) return 'all_paid'
  if (compareDecimal(completed, body.payment_amount) >= 0) return 'order_amount'
  return 'partial'
}

function returnsNote(returns: readonly PaytrReturn[], pending: number): string {
  if (returns.length === 0) return 'success'
  return pending === 0
    ? `success returns=${returns.length}`
    : `success returns=${returns.length} (${pending} not completed)`
}

/**
 * A successful payment and its refunds. Only completed refunds (with `date_completed`) count: one PayTR
 * accepted but has not completed has not given the money back, yet the merchant asked for it back, so
 * the payment is neither paid nor refunded until it completes (UNKNOWN). Refunds reaching the order
 * amount (`payment_amount`) make it REFUNDED even when an instalment surcharge leaves `payment_total`
 * above them: the order is refunded, and reading it as paid could ship it.
 */
function mapPaid(body: PaytrPaidBody): PaytrStatusDecision {
  const completed = body.returns.filter((item) => item.date_completed !== undefined)
  const pending = body.returns.filter((item) => item.date_completed === undefined)
  const refunded = sum(completed)
  const money = (amount: string): Money => ({ amount, currency: body.currency })
  const rawStatus = returnsNote(body.returns, pending.length)
  const paid = money(body.payment_total)
  const decision = (status: PaymentStatus, reason: PaytrStatusReason): PaytrStatusDecision => {
    const result: PaytrStatusDecision = { status, rawStatus, reason }
    if (completed.length > 0 && compareDecimal(refunded, '0') > 0) result.refundedAmount = refunded
    return result
  }
  const state = refundState(body, refunded, pending)
  switch (state) {
    case 'none':
      return decision('SUCCEEDED', { reason: 'paytr.paid', params: { paid } })
    case 'partial':
      return decision('PARTIALLY_REFUNDED', {
        reason: 'paytr.partially_refunded',
        params: { refunded: money(refunded), paid },
      })
    case 'order_amount':
      return decision('REFUNDED', {
        reason: 'paytr.refunded_order_amount',
        params: { refunded: money(refunded), amount: money(body.payment_amount), paid },
      })
    case 'all_paid':
      return decision('REFUNDED', { reason: 'paytr.refunded', params: { refunded: money(refunded), paid } })
    case 'pending':
      return decision('UNKNOWN', { reason: 'paytr.refund_pending', params: { pending: money(sum(pending)) } })
    default: {
      const unhandled: never = state
      throw new Error(`Unhandled PayTR refund state ${String(unhandled)}`)
    }
  }
}

/**
 * 004: PayTR has no successful payment for the order. Its status query reports successful payments
 * only, so a declined, an abandoned and a not-yet-paid order all read so: never FAILED from the query
 * alone. PENDING while the payment may still come (no window given, or the window still open);
 * UNKNOWN once the merchant's window has closed with still no payment.
 */
function mapNoPayment(body: PaytrNoPaymentBody, context: PaytrStatusContext): PaytrStatusDecision {
  const message = body.err_msg
  const rawStatus = message === undefined ? 'error 004' : `error 004: ${printable(message)}`
  const { payableUntil } = context
  if (payableUntil === undefined) {
    return {
      status: 'PENDING',
      rawStatus,
      reason: { reason: 'paytr.no_successful_payment', params: { message } },
    }
  }
  if (Date.parse(context.checkedAt) <= Date.parse(payableUntil)) {
    return {
      status: 'PENDING',
      rawStatus,
      reason: { reason: 'paytr.awaiting_payment', params: { message, payableUntil } },
    }
  }
  return {
    status: 'UNKNOWN',
    rawStatus,
    reason: { reason: 'paytr.no_payment_by_deadline', params: { message, payableUntil } },
  }
}

/** A status-query answer → the normalized status and the rule that fired. Pure. */
export function mapPaytrStatus(body: PaytrStatusBody, context: PaytrStatusContext): PaytrStatusDecision {
  switch (body.status) {
    case 'success':
      return mapPaid(body)
    case 'error':
      return mapNoPayment(body, context)
    case 'other':
      return {
        status: 'UNKNOWN',
        rawStatus: printable(body.paytrStatus),
        reason: { reason: 'paytr.unknown_status', params: { status: body.paytrStatus } },
      }
    default: {
      const unhandled: never = body
      throw new Error(`Unhandled PayTR answer ${String(unhandled)}`)
    }
  }
}
