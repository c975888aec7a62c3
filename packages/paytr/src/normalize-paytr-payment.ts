import { DEFAULT_LOCALE, type Locale, renderReason } from '@durum/core'
import type { Card, NormalizedPayment } from '@durum/status-normalizer'
import { mapPaytrStatus } from './map-paytr-payment-status'
import { PAYTR_MESSAGES } from './paytr-messages'
import { PAYTR_STATUS_SOURCE, type PaytrPaidBody, type PaytrStatusBody } from './paytr-schemas'

/** A PayTR result: the normalized payment, and whether PayTR marks it a test transaction. */
export interface PaytrPayment extends NormalizedPayment {
  /** PayTR's `test_mode`: `true` for a test transaction, `false` for a live one; absent when not said. */
  testMode?: boolean
}

export interface PaytrNormalizeContext {
  /** The order asked about: PayTR's answer does not repeat it. */
  merchantOid: string
  payableUntil?: string | undefined
  /** The answer as plain JSON, redacted by the kit. */
  raw: unknown
  checkedAt: string
  locale?: Locale | undefined
}

/** `"455359******6747"` → its BIN and last four digits, where the mask leaves them. */
function cardOf(body: PaytrPaidBody): Card | undefined {
  const card: Card = {}
  const pan = body.masked_pan?.trim()
  if (pan !== undefined) {
    const bin = /^\d{6}/.exec(pan)?.[0]
    const last4 = /\d{4}$/.exec(pan)?.[0]
    if (bin !== undefined && pan.length > 10) card.bin = bin
    if (last4 !== undefined && pan.length > 10) card.last4 = last4
  }
  if (body.kart_marka !== undefined && body.kart_marka.trim() !== '') card.family = body.kart_marka.trim()
  return Object.keys(card).length === 0 ? undefined : card
}

/**
 * A status-query answer → `PaytrPayment`. Amounts are the answer's own: `amount` is the order amount
 * (`payment_amount`), `paidAmount` what the customer paid (`payment_total`). Optional fields are
 * assigned, not spread in (docs/PERFORMANCE.md, "No leading spread on a hot path"). Pure.
 */
export function normalizePaytrPayment(body: PaytrStatusBody, context: PaytrNormalizeContext): PaytrPayment {
  const decision = mapPaytrStatus(body, context)
  const payment: PaytrPayment = {
    kind: 'payment',
    provider: 'paytr',
    source: PAYTR_STATUS_SOURCE,
    status: decision.status,
    rawStatus: decision.rawStatus,
    explanation: renderReason(PAYTR_MESSAGES, decision.reason, context.locale ?? DEFAULT_LOCALE),
    reason: decision.reason.reason,
    ids: { merchantReference: context.merchantOid },
    checkedAt: context.checkedAt,
    raw: context.raw,
  }
  if (body.status !== 'success') return payment
  const paid = body
  payment.amount = { amount: paid.payment_amount, currency: paid.currency }
  payment.paidAmount = { amount: paid.payment_total, currency: paid.currency }
  if (decision.refundedAmount !== undefined) {
    payment.refundedAmount = { amount: decision.refundedAmount, currency: paid.currency }
  }
  // `taksit` 0 is a single payment.
  if (paid.taksit !== undefined && paid.taksit >= 0) payment.installment = Math.max(1, paid.taksit)
  const card = cardOf(paid)
  if (card !== undefined) payment.card = card
  if (paid.payment_date !== undefined) payment.occurredAt = paid.payment_date
  if (paid.test_mode !== undefined) payment.testMode = paid.test_mode
  return payment
}
