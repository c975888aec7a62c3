import type { Money } from '@durum/core'
import * as v from 'valibot'
import { type PaymentStatus, PaymentStatusSchema } from './payment-status'

// Each public type is declared by name, with a doc on every field, so an editor shows
// `NormalizedPayment` and its docs instead of a schema's inferred shape; `normalized-result.test-d.ts`
// holds each equal to its schema's output. They are object type aliases, not interfaces, so a result
// stays assignable to `Record<string, unknown>`. A union is written `Extract<…, string>`, which
// changes nothing but makes editors print its name instead of its members. A field's doc spans lines
// even when one would do: the declaration bundler glues a one-line doc in an object type to the line
// before (sxzz/rolldown-plugin-dts#182), where editors no longer find it.

/** An exact decimal amount: no exponent, at least two fraction digits (`"1250.00"`, `"0.0315"`). */
export const MoneySchema = v.object({
  amount: v.pipe(v.string(), v.regex(/^-?(0|[1-9]\d*)\.\d{2,}$/, 'Money amount must be a canonical decimal')),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'Currency must be an ISO 4217 code')),
})

const IsoDateTimeSchema = v.pipe(
  v.string(),
  v.regex(
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/,
    'Expected ISO-8601 with offset',
  ),
)

/**
 * Why the status is what it is, for software to branch on: `<provider>.<snake_case>`
 * (`iyzico.fraud_review`), stable and the same in every locale, unlike `explanation`.
 */
export const ReasonSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9_-]*\.[a-z][a-z0-9_]*$/, 'A reason is <provider>.<snake_case>'),
)

export const NextActionSchema = v.picklist(['customer_3ds', 'merchant_complete_3ds'])
/**
 * Who must act before the payment can go on: `customer_3ds`, the customer at their bank's 3-D Secure
 * page; `merchant_complete_3ds`, the merchant, whose call completes a payment that passed 3-D Secure.
 */
export type NextAction = Extract<v.InferOutput<typeof NextActionSchema>, string>

export const FailureCategorySchema = v.picklist([
  'declined',
  'fraud',
  'insufficient_funds',
  'authentication',
  'expired',
  'cancelled_by_customer',
  'technical',
  'other',
])
/** durum's kind of failure, the same for every provider. */
export type FailureCategory = Extract<v.InferOutput<typeof FailureCategorySchema>, string>

export const FailureSchema = v.object({
  code: v.optional(v.string()),
  message: v.optional(v.string()),
  group: v.optional(v.string()),
  category: FailureCategorySchema,
})
/** Why the payment, or its last attempt, failed: the provider's words and durum's category. */
export type Failure = {
  /**
   * The provider's error code, as given (e.g. iyzico's `errorCode`).
   */
  code?: string | undefined
  /**
   * The provider's error message, as given (often in Turkish).
   */
  message?: string | undefined
  /**
   * The provider's error group, where it sends one (iyzico's `errorGroup`).
   */
  group?: string | undefined
  /**
   * The kind of failure, to branch on.
   */
  category: FailureCategory
}

export const PaymentIdsSchema = v.object({
  paymentId: v.optional(v.string()),
  conversationId: v.optional(v.string()),
  merchantReference: v.optional(v.string()),
  basketId: v.optional(v.string()),
  token: v.optional(v.string()),
  authCode: v.optional(v.string()),
  hostReference: v.optional(v.string()),
  transactionIds: v.optional(v.array(v.string())),
})
/** The payment's references: whichever the provider's answer holds. */
export type PaymentIds = {
  /**
   * The provider's id of the payment (iyzico `paymentId`, EsnekPOS `REFNO`).
   */
  paymentId?: string | undefined
  /**
   * The `conversationId` in the provider's answer (iyzico).
   */
  conversationId?: string | undefined
  /**
   * The merchant's own order id (iyzico's `paymentConversationId`, EsnekPOS `ORDER_REF_NO`).
   */
  merchantReference?: string | undefined
  /**
   * The merchant's basket id, as sent when the payment was made.
   */
  basketId?: string | undefined
  /**
   * The checkout-form token.
   */
  token?: string | undefined
  /**
   * The bank's authorisation code.
   */
  authCode?: string | undefined
  /**
   * The bank's reference for the payment.
   */
  hostReference?: string | undefined
  /**
   * The provider's transaction ids: one per basket item (iyzico) or the successful transaction (EsnekPOS).
   */
  transactionIds?: string[] | undefined
}

export const CardSchema = v.object({
  bin: v.optional(v.string()),
  last4: v.optional(v.string()),
  association: v.optional(v.string()),
  family: v.optional(v.string()),
  type: v.optional(v.string()),
})
/** What the provider tells of the card, never the full number. */
export type Card = {
  /**
   * The card's first digits (BIN).
   */
  bin?: string | undefined
  /**
   * The card's last 4 digits.
   */
  last4?: string | undefined
  /**
   * The scheme, as the provider writes it (e.g. `MASTER_CARD`).
   */
  association?: string | undefined
  /**
   * The bank's card programme, as the provider writes it (e.g. `Axess`).
   */
  family?: string | undefined
  /**
   * Credit, debit or prepaid, as the provider writes it (e.g. `CREDIT_CARD`).
   */
  type?: string | undefined
}

export const FraudVerdictSchema = v.picklist(['approved', 'review', 'rejected'])
/** The provider's fraud check: `approved`, `review` (pending: do not ship) or `rejected`. */
export type FraudVerdict = Extract<v.InferOutput<typeof FraudVerdictSchema>, string>

export const PaymentItemStatusSchema = v.picklist([
  'under_review',
  'rejected',
  'awaiting_approval',
  'approved',
  'unknown',
])
/**
 * A basket item's state: `under_review` (fraud review), `rejected`, `awaiting_approval` (a marketplace
 * item the merchant has not yet approved), `approved`, or `unknown`.
 */
export type PaymentItemStatus = Extract<v.InferOutput<typeof PaymentItemStatusSchema>, string>

export const PaymentItemSchema = v.object({
  id: v.optional(v.string()),
  transactionId: v.optional(v.string()),
  rawStatus: v.optional(v.string()),
  status: PaymentItemStatusSchema,
  price: v.optional(MoneySchema),
  paidPrice: v.optional(MoneySchema),
  payout: v.optional(MoneySchema),
  refunded: v.optional(MoneySchema),
})
/** One basket item of the payment (iyzico `itemTransactions`). */
export type PaymentItem = {
  /**
   * The merchant's item id.
   */
  id?: string | undefined
  /**
   * The provider's transaction id for this item.
   */
  transactionId?: string | undefined
  /**
   * What the provider says of this item, in its words.
   */
  rawStatus?: string | undefined
  /**
   * The item's state, to branch on.
   */
  status: PaymentItemStatus
  /**
   * The item's price.
   */
  price?: Money | undefined
  /**
   * What the customer paid for the item.
   */
  paidPrice?: Money | undefined
  /**
   * What the merchant is paid out for the item.
   */
  payout?: Money | undefined
  /**
   * How much of the item was refunded or cancelled.
   */
  refunded?: Money | undefined
}

export const PaymentAttemptSchema = v.object({
  reference: v.optional(v.string()),
  status: PaymentStatusSchema,
  rawStatus: v.string(),
  amount: v.optional(MoneySchema),
  createdAt: v.optional(IsoDateTimeSchema),
  updatedAt: v.optional(IsoDateTimeSchema),
  transactionId: v.optional(v.string()),
  failure: v.optional(FailureSchema),
})
/** One try at paying, or one step of an order's history (EsnekPOS `PAYMENTS` or `TRANSACTIONS` rows). */
export type PaymentAttempt = {
  /**
   * The provider's reference of the attempt.
   */
  reference?: string | undefined
  /**
   * The attempt's own status.
   */
  status: PaymentStatus
  /**
   * The provider's own words for the attempt.
   */
  rawStatus: string
  /**
   * The attempt's amount.
   */
  amount?: Money | undefined
  /**
   * When the attempt started: ISO-8601 with offset.
   */
  createdAt?: string | undefined
  /**
   * When the attempt last changed: ISO-8601 with offset.
   */
  updatedAt?: string | undefined
  /**
   * The provider's transaction id of the attempt.
   */
  transactionId?: string | undefined
  /**
   * Why the attempt failed.
   */
  failure?: Failure | undefined
}

export const NormalizedPaymentSchema = v.object({
  kind: v.literal('payment'),
  provider: v.string(),
  source: v.string(),
  status: PaymentStatusSchema,
  rawStatus: v.string(),
  explanation: v.string(),
  reason: ReasonSchema,
  nextAction: v.optional(NextActionSchema),
  failure: v.optional(FailureSchema),
  ids: PaymentIdsSchema,
  signed: v.optional(v.boolean()),
  mdStatus: v.optional(v.string()),
  amount: v.optional(MoneySchema),
  paidAmount: v.optional(MoneySchema),
  refundedAmount: v.optional(MoneySchema),
  installment: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  card: v.optional(CardSchema),
  fraud: v.optional(FraudVerdictSchema),
  items: v.optional(v.array(PaymentItemSchema)),
  attempts: v.optional(v.array(PaymentAttemptSchema)),
  refundsChecked: v.optional(v.boolean()),
  occurredAt: v.optional(IsoDateTimeSchema),
  checkedAt: IsoDateTimeSchema,
  raw: v.unknown(),
})
/**
 * Where a payment stands, in the provider's words and in durum's. Decide with `isPaid(result)` and
 * `isSettled(result)`, which weigh the whole result, not with `status` alone.
 */
export type NormalizedPayment = {
  kind: 'payment'
  /**
   * The provider's name, e.g. `iyzico`.
   */
  provider: string
  /**
   * Which endpoint answered, e.g. `iyzico.payment-detail`.
   */
  source: string
  /**
   * The status, one word for every provider. Ship on `isPaid(result)`, not on this alone.
   */
  status: PaymentStatus
  /**
   * The provider's own words, e.g. `SUCCESS fraud=1 phase=AUTH` or `Ödeme - Başarılı`.
   */
  rawStatus: string
  /**
   * One sentence in the call's locale: the rule that fired, and what to do. For people; software reads `reason`.
   */
  explanation: string
  /**
   * Why the status is what it is, for software to branch on: `<provider>.<snake_case>`, e.g.
   * `iyzico.fraud_review`; the same in every locale.
   */
  reason: string
  /**
   * Who must act before the payment can go on (with `REQUIRES_ACTION`).
   */
  nextAction?: NextAction | undefined
  /**
   * Why the payment, or its last attempt, failed.
   */
  failure?: Failure | undefined
  /**
   * The payment's references, whichever the provider gave.
   */
  ids: PaymentIds
  /**
   * Whether the provider's answer carried its own signature, which durum verified (`true`), or came
   * unsigned (`false`) from a provider that signs some answers. Absent where the provider never signs.
   */
  signed?: boolean | undefined
  /**
   * The 3-D Secure result code the provider reported (iyzico `mdStatus`: `1` passed), as given.
   */
  mdStatus?: string | undefined
  /**
   * The payment's amount (iyzico `price`).
   */
  amount?: Money | undefined
  /**
   * What the customer was charged (iyzico `paidPrice`, instalment interest included; EsnekPOS: the successful attempt's amount).
   */
  paidAmount?: Money | undefined
  /**
   * How much was refunded or cancelled, where the provider's answer or a refund look-up shows it.
   */
  refundedAmount?: Money | undefined
  /**
   * The number of instalments (`1`: paid at once).
   */
  installment?: number | undefined
  /**
   * What the provider tells of the card.
   */
  card?: Card | undefined
  /**
   * The provider's fraud check, where it reports one.
   */
  fraud?: FraudVerdict | undefined
  /**
   * The basket items and their states (iyzico).
   */
  items?: PaymentItem[] | undefined
  /**
   * Each try at paying, or each step of the order's history (EsnekPOS).
   */
  attempts?: PaymentAttempt[] | undefined
  /**
   * Whether refunds and cancels were looked up. `false`: a refund or cancel may be missing, so the
   * payment is neither paid nor settled (`explanation` says why). Absent where the answer always shows them.
   */
  refundsChecked?: boolean | undefined
  /**
   * When the payment was made, by the provider's clock: ISO-8601 with offset.
   */
  occurredAt?: string | undefined
  /**
   * When the provider answered, by its clock (ours when it gives none): ISO-8601 with offset.
   */
  checkedAt: string
  /**
   * The provider's body, secrets redacted, numbers exact (as numbers where lossless, else as text).
   */
  raw: unknown
}

export const SessionStatusSchema = v.picklist(['ACTIVE', 'INACTIVE', 'UNKNOWN'])
/** A tokenization session's state: `ACTIVE`, `INACTIVE` (closed), or `UNKNOWN` (a word this version does not know). */
export type SessionStatus = Extract<v.InferOutput<typeof SessionStatusSchema>, string>

export const SessionPaymentMethodSchema = v.picklist(['wallet_balance', 'card', 'unknown'])
/** How the session pays: `wallet_balance` (iyzico `FUND`), `card` (`CARD_PAYMENT`), or `unknown`. */
export type SessionPaymentMethod = Extract<v.InferOutput<typeof SessionPaymentMethodSchema>, string>

export const NormalizedSessionSchema = v.object({
  kind: v.literal('session'),
  provider: v.string(),
  source: v.string(),
  status: SessionStatusSchema,
  rawStatus: v.string(),
  explanation: v.string(),
  reason: ReasonSchema,
  sessionToken: v.optional(v.string()),
  memberId: v.optional(v.string()),
  paymentMethod: SessionPaymentMethodSchema,
  checkedAt: IsoDateTimeSchema,
  raw: v.unknown(),
})
/** An iyzico tokenization session (pay with iyzico): whether it can still be used, and how it pays. Never paid. */
export type NormalizedSession = {
  kind: 'session'
  /**
   * The provider's name, e.g. `iyzico`.
   */
  provider: string
  /**
   * Which endpoint answered, e.g. `iyzico.tokenization-session`.
   */
  source: string
  /**
   * The session's state.
   */
  status: SessionStatus
  /**
   * The provider's own word, e.g. `PASSIVE`.
   */
  rawStatus: string
  /**
   * One sentence in the call's locale: the rule that fired. For people; software reads `reason`.
   */
  explanation: string
  /**
   * Why the status is what it is: `<provider>.<snake_case>`, the same in every locale.
   */
  reason: string
  /**
   * The session's token.
   */
  sessionToken?: string | undefined
  /**
   * The provider's id of the customer the session belongs to (iyzico `memberIdentifier`).
   */
  memberId?: string | undefined
  /**
   * How the session pays.
   */
  paymentMethod: SessionPaymentMethod
  /**
   * When the provider answered, by its clock (ours when it gives none): ISO-8601 with offset.
   */
  checkedAt: string
  /**
   * The provider's body, secrets redacted.
   */
  raw: unknown
}

export const NormalizedResultSchema = v.variant('kind', [NormalizedPaymentSchema, NormalizedSessionSchema])
/** What `getStatus` answers: a payment or a tokenization session, told apart by `kind`. */
export type NormalizedResult = NormalizedPayment | NormalizedSession
