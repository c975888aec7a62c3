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

const SETTLED_WORDS: ReadonlySet<PaymentStatus> = new Set([
  'AUTHORIZED',
  'SUCCEEDED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'CANCELLED',
  'FAILED',
])

/**
 * The "settled" column of the status table, for the status word alone. Not the decision: a
 * `SUCCEEDED` whose refunds were not checked is not settled. Branch on `isSettled(result)`.
 */
export function statusWordIsSettled(status: PaymentStatus): boolean {
  return SETTLED_WORDS.has(status)
}

/**
 * The "paid" column of the status table, for the status word alone (`SUCCEEDED`,
 * `PARTIALLY_REFUNDED`). Not the decision to ship: branch on `isPaid(result)`.
 */
export function statusWordIsPaid(status: PaymentStatus): boolean {
  return status === 'SUCCEEDED' || status === 'PARTIALLY_REFUNDED'
}
