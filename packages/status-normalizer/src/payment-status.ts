import * as v from 'valibot'

/** Every `PaymentStatus`, in the order of the status table. */
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

/**
 * Where a payment stands, one word for every provider:
 * - `PENDING`: created, nothing decided yet;
 * - `REQUIRES_ACTION`: waiting on the customer's 3-D Secure step or the merchant's completion call;
 * - `UNDER_REVIEW`: money taken but fraud review pending (do not ship);
 * - `AUTHORIZED`: pre-authorised, not captured;
 * - `SUCCEEDED`: captured and approved;
 * - `PARTIALLY_REFUNDED`: succeeded, part refunded;
 * - `REFUNDED`: fully refunded;
 * - `CANCELLED`: voided;
 * - `FAILED`: declined, fraud-rejected, or will not be paid;
 * - `UNKNOWN`: the provider said something this version does not understand.
 *
 * Ship on `isPaid(result)`, which weighs the whole result, not on the word alone.
 */
// `Extract<…, string>` changes nothing but makes editors print `PaymentStatus` instead of ten words.
export type PaymentStatus = Extract<(typeof PAYMENT_STATUSES)[number], string>

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
