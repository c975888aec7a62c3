import {
  decimalSchema,
  idSchema,
  integerSchema,
  isJsonNumeric,
  jsonNumericText,
  readingSchema,
} from '@durum/core'
import * as v from 'valibot'

/*
 * valibot schemas of iyzico's bodies, read from `parseJson` output (so money stays exact). They hold
 * the fields durum reads: every other key — commissions, payouts, card tokens — stays in `raw` only,
 * since validating ~40 unused fields per body doubled the cost of a status. Fields iyzico may omit
 * or send as null are `nullish`.
 */

const text = v.nullish(v.string())
const decimal = v.nullish(decimalSchema)
const integer = v.nullish(integerSchema)
const id = v.nullish(idSchema)

/**
 * A code iyzico sends as a string (`"5087"`) or a number (`mdStatus: 1`), read as its text. One
 * reading schema, not a union piped into a transform: `mdStatus` is in every payment answer.
 */
const code = v.nullish(
  readingSchema('iyzico_code', 'a string or a JSON number', isJsonNumeric, jsonNumericText),
)

const envelope = {
  status: v.string(),
  locale: text,
  systemTime: integer,
  conversationId: text,
  errorCode: code,
  errorMessage: text,
  errorGroup: text,
}

/** What every iyzico body has; a `failure` one says why. */
export const IyzicoEnvelopeSchema = v.object(envelope)

/** One basket item of a payment (`itemTransactions[]`). */
export const IyzicoItemTransactionSchema = v.object({
  itemId: text,
  paymentTransactionId: id,
  /** 0 fraud review, -1 rejected, 1 awaiting the merchant's approval (marketplace), 2 approved. */
  transactionStatus: integer,
  price: decimal,
  paidPrice: decimal,
  merchantPayoutAmount: decimal,
})
export type IyzicoItemTransaction = v.InferOutput<typeof IyzicoItemTransactionSchema>

const payment = {
  ...envelope,
  price: decimal,
  paidPrice: decimal,
  installment: integer,
  paymentId: id,
  /** SUCCESS, FAILURE, the 3-D Secure and pending states (IYZICO_PAYMENT_STATUSES) — or a new one. */
  paymentStatus: text,
  /** 1 approved, 0 under review, -1 rejected. */
  fraudStatus: integer,
  cardType: text,
  cardAssociation: text,
  cardFamily: text,
  binNumber: text,
  lastFourDigits: text,
  basketId: text,
  currency: text,
  itemTransactions: v.nullish(v.array(IyzicoItemTransactionSchema)),
  authCode: text,
  /** AUTH, PRE_AUTH or POST_AUTH. */
  phase: text,
  /** 3-D Secure result on 3-D Secure payments: 1 passed; 0 and 2–8 failed. */
  mdStatus: code,
  hostReference: text,
  /** HMAC-SHA256 hex of the documented fields, when iyzico signs the answer. */
  signature: text,
}

/** `POST /payment/detail`. */
export const IyzicoPaymentDetailSchema = v.object(payment)
export type IyzicoPaymentDetail = v.InferOutput<typeof IyzicoPaymentDetailSchema>

/** `POST /payment/iyzipos/checkoutform/auth/ecom/detail`: the payment plus the form's token. */
export const IyzicoCheckoutFormResultSchema = v.object({ ...payment, token: text, callbackUrl: text })
export type IyzicoCheckoutFormResult = v.InferOutput<typeof IyzicoCheckoutFormResultSchema>

/** Either payment body: what the status mapping and the normalizer read. */
export type IyzicoPaymentBody = IyzicoPaymentDetail | IyzicoCheckoutFormResult

/** `POST /v1/pay-with-iyzico/third-party-session/retrieve/session`. */
export const IyzicoTokenizationSessionSchema = v.object({
  ...envelope,
  status: v.literal('success'),
  sessionInfo: v.object({
    sessionToken: text,
    /** ACTIVE or PASSIVE. */
    sessionStatus: v.string(),
    memberIdentifier: text,
    /** FUND (wallet balance) or CARD_PAYMENT. */
    paymentType: text,
  }),
})
export type IyzicoTokenizationSession = v.InferOutput<typeof IyzicoTokenizationSessionSchema>

/** What reporting records of every cancel and refund alike. */
const refundRecord = {
  refundPrice: decimal,
  /** 1 when the cancel or refund went through. */
  refundStatus: integer,
  createdDate: text,
  currencyCode: text,
  authCode: text,
  hostReference: text,
}

/** A cancel of the whole payment, in the reporting body's `cancels[]`. */
export const IyzicoReportingCancelSchema = v.object({
  refundId: id,
  cancelConversationId: text,
  ...refundRecord,
})
export type IyzicoReportingCancel = v.InferOutput<typeof IyzicoReportingCancelSchema>

/** A refund of one basket item, in the reporting body's `itemTransactions[].refunds[]`. */
export const IyzicoReportingRefundSchema = v.object({
  refundTxId: id,
  paymentTransactionId: id,
  conversationId: text,
  ...refundRecord,
})
export type IyzicoReportingRefund = v.InferOutput<typeof IyzicoReportingRefundSchema>

export const IyzicoReportingItemSchema = v.object({
  paymentTransactionId: id,
  transactionStatus: integer,
  price: decimal,
  paidPrice: decimal,
  merchantPayoutAmount: decimal,
  blockageResolvedDate: text,
  refunds: v.nullish(v.array(IyzicoReportingRefundSchema)),
})
export type IyzicoReportingItem = v.InferOutput<typeof IyzicoReportingItemSchema>

export const IYZICO_REFUND_STATUSES = ['NOT_REFUNDED', 'PARTIALLY_REFUNDED', 'TOTALLY_REFUNDED'] as const
export type IyzicoRefundStatus = (typeof IYZICO_REFUND_STATUSES)[number]

export const IyzicoReportingPaymentSchema = v.object({
  paymentId: idSchema,
  /** Numeric here (1 for a successful payment), unlike `/payment/detail`. */
  paymentStatus: integer,
  /** NOT_REFUNDED, PARTIALLY_REFUNDED or TOTALLY_REFUNDED. */
  paymentRefundStatus: text,
  price: decimal,
  paidPrice: decimal,
  installment: integer,
  paymentConversationId: text,
  fraudStatus: integer,
  cardType: text,
  cardAssociation: text,
  cardFamily: text,
  binNumber: text,
  lastFourDigits: text,
  basketId: text,
  currency: text,
  connectorName: text,
  authCode: text,
  threeDS: v.nullish(v.boolean()),
  phase: text,
  acquirerBankName: text,
  hostReference: text,
  createdDate: text,
  cancels: v.nullish(v.array(IyzicoReportingCancelSchema)),
  itemTransactions: v.nullish(v.array(IyzicoReportingItemSchema)),
})
export type IyzicoReportingPayment = v.InferOutput<typeof IyzicoReportingPaymentSchema>

/** `GET /v2/reporting/payment/details?paymentId=…` (or `?paymentConversationId=…`: every attempt under it). */
export const IyzicoReportingPaymentDetailsSchema = v.object({
  ...envelope,
  status: v.literal('success'),
  payments: v.array(IyzicoReportingPaymentSchema),
})
export type IyzicoReportingPaymentDetails = v.InferOutput<typeof IyzicoReportingPaymentDetailsSchema>
