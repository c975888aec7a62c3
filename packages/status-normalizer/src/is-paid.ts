import { ValidationError } from '@durum/core'
import { engineSaid, type NotAResult } from './engine-messages'
import type { NormalizedPayment, NormalizedResult } from './normalized-result'
import { PAYMENT_STATUSES, type PaymentStatus, statusWordIsPaid, statusWordIsSettled } from './payment-status'

// Statuses a refund or cancel look-up, a fraud review or a 3-D Secure step can still overturn.
const OVERTURNABLE: ReadonlySet<PaymentStatus> = new Set(['AUTHORIZED', 'SUCCEEDED', 'PARTIALLY_REFUNDED'])

/**
 * Whether the merchant holds the customer's money on the provider's word: safe to ship. True only
 * for a payment whose status is `SUCCEEDED` or `PARTIALLY_REFUNDED` and whose answer leaves nothing
 * unproven: refunds and cancels not left unchecked, no fraud review or rejection on the payment or
 * an item, no action still required, no failure reported. A session is never paid. An unsigned
 * answer alone is no reason to doubt: some endpoints are never signed.
 */
export function isPaid(result: NormalizedResult): boolean {
  const payment = paymentOf(result, 'isPaid', 'statusWordIsPaid')
  return payment !== undefined && statusWordIsPaid(payment.status) && !leavesDoubt(payment)
}

/**
 * Whether the provider has reached a decision that waiting will not change (a refund may still
 * follow). A payment whose refunds were not checked, or that is still under review or awaiting an
 * action, is not settled even if its status word is. A session is never settled: read its `status`.
 */
export function isSettled(result: NormalizedResult): boolean {
  const payment = paymentOf(result, 'isSettled', 'statusWordIsSettled')
  if (payment === undefined || !statusWordIsSettled(payment.status)) return false
  return !(OVERTURNABLE.has(payment.status) && leavesDoubt(payment))
}

function leavesDoubt(payment: NormalizedPayment): boolean {
  return (
    payment.refundsChecked === false ||
    payment.nextAction !== undefined ||
    payment.failure !== undefined ||
    payment.fraud === 'review' ||
    payment.fraud === 'rejected' ||
    (payment.items?.some((item) => item.status === 'under_review' || item.status === 'rejected') ?? false)
  )
}

/**
 * The payment in `result`, `undefined` for a session. Anything that is not a result is refused, so
 * `isPaid(payment.status)` fails loudly instead of answering "not paid" or, worse, "paid".
 */
function paymentOf(result: unknown, name: string, wordPredicate: string): NormalizedPayment | undefined {
  if (typeof result === 'object' && result !== null) {
    const kind = (result as { kind?: unknown }).kind
    if (kind === 'payment') return result as NormalizedPayment
    if (kind === 'session') return undefined
  }
  // No locale reaches a plain function: English, with the Turkish in `messages` (`error.inLocale('tr')`).
  throw new ValidationError({
    field: 'result',
    ...engineSaid({
      reason: 'core.not_a_result',
      params: { name, wordPredicate, given: notAResult(result) },
    }),
  })
}

function notAResult(value: unknown): NotAResult {
  // Only a known status word is echoed: any other text may be something that must not be printed.
  if (typeof value === 'string' && (PAYMENT_STATUSES as readonly string[]).includes(value)) {
    return { kind: 'word', word: value }
  }
  if (value === null) return { kind: 'null' }
  if (Array.isArray(value)) return { kind: 'array' }
  if (typeof value === 'object') return { kind: 'object' }
  return { kind: 'type', type: typeof value }
}
