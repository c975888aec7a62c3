import * as v from 'valibot'

export const PAYMENT_STATUSES = [
  'PENDING',
  'REQUIRES_ACTION',
  'UNDER_REVIEW',
  'AUTHORIZED',
  'SUCCEEDED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'CANCELLED',
  'FAILED',
  'UNKNOWN',
] as const

export type PaymentStatus = (typeof PAYMENT_STATUSES)[number]

export const PaymentStatusSchema = v.picklist(PAYMENT_STATUSES)

const SETTLED: ReadonlySet<PaymentStatus> = new Set([
  'AUTHORIZED',
  'SUCCEEDED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'CANCELLED',
  'FAILED',
])

/** The provider has reached a decision that will not change by waiting (a refund may still follow). */
export function isSettled(status: PaymentStatus): boolean {
  return SETTLED.has(status)
}

/** The merchant holds the customer's money: safe to ship. Only `SUCCEEDED` and `PARTIALLY_REFUNDED`. */
export function isPaid(status: PaymentStatus): boolean {
  return status === 'SUCCEEDED' || status === 'PARTIALLY_REFUNDED'
}
