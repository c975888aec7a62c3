import * as v from 'valibot'
import { PaymentStatusSchema } from './payment-status'

/** An exact decimal amount: no exponent, at least two fraction digits (`"1250.00"`, `"0.0315"`). */
export const MoneySchema = v.object({
  amount: v.pipe(v.string(), v.regex(/^-?(0|[1-9]\d*)\.\d{2,}$/, 'Money amount must be a canonical decimal')),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'Currency must be an ISO 4217 code')),
})
export type Money = v.InferOutput<typeof MoneySchema>

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
export type NextAction = v.InferOutput<typeof NextActionSchema>

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
export type FailureCategory = v.InferOutput<typeof FailureCategorySchema>

export const FailureSchema = v.object({
  code: v.optional(v.string()),
  message: v.optional(v.string()),
  group: v.optional(v.string()),
  category: FailureCategorySchema,
})
export type Failure = v.InferOutput<typeof FailureSchema>

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
export type PaymentIds = v.InferOutput<typeof PaymentIdsSchema>

export const CardSchema = v.object({
  bin: v.optional(v.string()),
  last4: v.optional(v.string()),
  association: v.optional(v.string()),
  family: v.optional(v.string()),
  type: v.optional(v.string()),
})
export type Card = v.InferOutput<typeof CardSchema>

export const FraudVerdictSchema = v.picklist(['approved', 'review', 'rejected'])
export type FraudVerdict = v.InferOutput<typeof FraudVerdictSchema>

export const PaymentItemSchema = v.object({
  id: v.optional(v.string()),
  transactionId: v.optional(v.string()),
  /** What the provider says of this item, in its words. */
  rawStatus: v.optional(v.string()),
  status: v.picklist(['under_review', 'rejected', 'awaiting_approval', 'approved', 'unknown']),
  price: v.optional(MoneySchema),
  paidPrice: v.optional(MoneySchema),
  payout: v.optional(MoneySchema),
  refunded: v.optional(MoneySchema),
})
export type PaymentItem = v.InferOutput<typeof PaymentItemSchema>

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
export type PaymentAttempt = v.InferOutput<typeof PaymentAttemptSchema>

export const NormalizedPaymentSchema = v.object({
  kind: v.literal('payment'),
  provider: v.string(),
  /** Which endpoint answered, e.g. `iyzico.payment-detail`. */
  source: v.string(),
  status: PaymentStatusSchema,
  /** The provider's own words, e.g. `SUCCESS fraud=1 phase=AUTH` or `Ödeme - Başarılı`. */
  rawStatus: v.string(),
  /** One sentence: the rule that fired. */
  explanation: v.string(),
  reason: ReasonSchema,
  nextAction: v.optional(NextActionSchema),
  failure: v.optional(FailureSchema),
  ids: PaymentIdsSchema,
  /**
   * Whether the provider's answer carried its own signature, which durum verified (`true`), or came
   * unsigned (`false`) from a provider that signs some answers. Absent where the provider never signs.
   */
  signed: v.optional(v.boolean()),
  /** The 3-D Secure result code the provider reported (iyzico `mdStatus`: `1` passed), as given. */
  mdStatus: v.optional(v.string()),
  amount: v.optional(MoneySchema),
  paidAmount: v.optional(MoneySchema),
  refundedAmount: v.optional(MoneySchema),
  installment: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  card: v.optional(CardSchema),
  fraud: v.optional(FraudVerdictSchema),
  items: v.optional(v.array(PaymentItemSchema)),
  attempts: v.optional(v.array(PaymentAttemptSchema)),
  /** Whether refunds and cancels were looked up; absent where the source always shows them. */
  refundsChecked: v.optional(v.boolean()),
  occurredAt: v.optional(IsoDateTimeSchema),
  /** The provider's clock when it answered, or ours when it gives none. */
  checkedAt: IsoDateTimeSchema,
  /** The provider body, secrets redacted, numbers kept exact (as numbers where lossless, else text). */
  raw: v.unknown(),
})
export type NormalizedPayment = v.InferOutput<typeof NormalizedPaymentSchema>

export const SessionStatusSchema = v.picklist(['ACTIVE', 'INACTIVE', 'UNKNOWN'])
export type SessionStatus = v.InferOutput<typeof SessionStatusSchema>

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
  paymentMethod: v.picklist(['wallet_balance', 'card', 'unknown']),
  checkedAt: IsoDateTimeSchema,
  raw: v.unknown(),
})
export type NormalizedSession = v.InferOutput<typeof NormalizedSessionSchema>

export const NormalizedResultSchema = v.variant('kind', [NormalizedPaymentSchema, NormalizedSessionSchema])
export type NormalizedResult = v.InferOutput<typeof NormalizedResultSchema>
