import {
  idSchema,
  integerSchema,
  isJsonNumeric,
  istanbulDateTimeSchema,
  type JsonNumeric,
  jsonNumericText,
  type Money,
  nullAsAbsent,
  parseDecimal,
  parseTurkishDecimal,
  readingSchema,
} from '@durum/core'
import * as v from 'valibot'

/** The endpoints, as errors, events and results name them. */
export const ESNEKPOS_PAYMENT_REQUEST_SOURCE = 'esnekpos.send-payment-request-query'
export const ESNEKPOS_ORDER_SOURCE = 'esnekpos.process-query'

/*
 * valibot schemas of EsnekPOS's bodies, read from `parseJson` output (so money stays exact). Amounts
 * become `Money` in TRY (EsnekPOS returns no currency), Istanbul local times become ISO-8601 with
 * offset, ids become their exact text, and null becomes absent.
 * Unknown keys are dropped from the typed output (they stay in `raw`).
 */

/** Null and absent read the same: absent. */
const optional = nullAsAbsent

/** A thousands group always has three digits, so a point followed by any other count is a decimal point. */
const decimalPointText = /^-?\d+\.(?:\d{1,2}|\d{4,})$/

/**
 * An EsnekPOS amount → canonical decimal text. Strings are Turkish (`"10,56"`, `"1.250,00"`,
 * `"-151,25"`); JSON numbers (`COMMISSION: 0.16`) and the point-decimal text some ProcessQuery
 * bodies carry (`"100.50"`) are plain decimals. `"1.250"` could be either and is refused.
 */
export function parseEsnekposAmount(input: JsonNumeric): string {
  if (typeof input !== 'string') return parseDecimal(jsonNumericText(input))
  const trimmed = input.trim()
  return decimalPointText.test(trimmed) ? parseDecimal(trimmed) : parseTurkishDecimal(trimmed)
}

const amountText = readingSchema(
  'esnekpos_amount',
  'a JSON number or a string',
  isJsonNumeric,
  parseEsnekposAmount,
)

/**
 * EsnekPOS returns no currency: every amount is in Turkish lira. Transaction rows may carry a sign
 * (`"-151,25"` on a pending or failed row) that says nothing about the amount: read as absolute.
 */
export const esnekposMoneySchema = readingSchema(
  'esnekpos_money',
  'a JSON number or a string',
  isJsonNumeric,
  (input): Money => {
    const amount = parseEsnekposAmount(input)
    return { amount: amount.startsWith('-') ? amount.slice(1) : amount, currency: 'TRY' }
  },
)

const text = optional(v.string())
const id = optional(idSchema)
const integer = optional(integerSchema)
const dateTime = optional(istanbulDateTimeSchema)
const money = optional(esnekposMoneySchema)
/** A percentage (`"1,490"` = 1.49 %), as canonical decimal text. */
const rate = optional(amountText)

/** `null` or `0` when no transaction succeeded: both read as absent. */
const successTransactionId = v.pipe(
  id,
  v.transform((value) => (value === undefined || /^0+$/.test(value) ? undefined : value)),
)

/** What every EsnekPOS body has; read first, so an error body need not match a success shape. */
export const EsnekposEnvelopeSchema = v.object({
  /**
   * `"0"` on success. Anything else is a query error (102 credentials, 101 fields, 400 not found),
   * except on ProcessQuery when the order comes with it: then it is the payment's outcome (100 with
   * the bank's reason for a declined card, 106 for a payment still waiting).
   */
  RETURN_CODE: idSchema,
  RETURN_MESSAGE: text,
  RETURN_MESSAGE_TR: text,
  STATUS: text,
})
export type EsnekposEnvelope = v.InferOutput<typeof EsnekposEnvelopeSchema>
const envelope = EsnekposEnvelopeSchema.entries

/** One attempt to pay a payment request (`PAYMENTS[]`). */
export const EsnekposPaymentRequestAttemptSchema = v.object({
  REFNO: id,
  PAYMENT_STATUS: v.string(),
  STATUS_ID: integer,
  DATE: dateTime,
  PAYMENT_DATE: dateTime,
  AMOUNT: money,
  ORDER_REF_NO: id,
  INSTALLMENT: integer,
  COMMISSION: money,
  COMMISSION_RATE: rate,
  SUCCESS_TRANSACTION_ID: successTransactionId,
})
export type EsnekposPaymentRequestAttempt = v.InferOutput<typeof EsnekposPaymentRequestAttemptSchema>

/** `POST /api/services/SendPaymentRequestQuery`. */
export const EsnekposPaymentRequestBodySchema = v.object({
  ...envelope,
  PAYMENTS: v.nullish(v.array(EsnekposPaymentRequestAttemptSchema), () => []),
})
export type EsnekposPaymentRequestBody = v.InferOutput<typeof EsnekposPaymentRequestBodySchema>

export const EsnekposAmountTransferSchema = v.object({
  EXTRACT_ID: id,
  SENDED_AMOUNT: money,
  /** A calendar day (`"2024-01-16"`), kept as given. */
  SENDED_DATE: text,
})

/** One step of an order's history (`TRANSACTIONS[]`): payment, 3D, cancel or refund. */
export const EsnekposOrderTransactionSchema = v.object({
  TRANSACTION_ID: id,
  /** Absent on some rows; STATUS_ID then says it alone. */
  STATUS_NAME: text,
  STATUS_ID: integer,
  AMOUNT: money,
  DATE: dateTime,
  MERCHANT_AMOUNT_TRANSFER_DETAIL: optional(EsnekposAmountTransferSchema),
})
export type EsnekposOrderTransaction = v.InferOutput<typeof EsnekposOrderTransactionSchema>

/**
 * `POST /api/services/ProcessQuery`. Recorded answers echo the order reference as `ORDER_REF_NO`; the
 * documentation names it `ORDER_REF_NUMBER`: both are read, as are ids as numbers or strings.
 */
export const EsnekposOrderBodySchema = v.object({
  ...envelope,
  DATE: dateTime,
  PAYMENT_DATE: dateTime,
  REFNO: id,
  AMOUNT: money,
  ORDER_REF_NUMBER: id,
  ORDER_REF_NO: id,
  INSTALLMENT: integer,
  /** EsnekPOS's fee, inside AMOUNT when the merchant passes it on to the buyer. */
  COMMISSION: money,
  COMMISSION_RATE: rate,
  SUCCESS_TRANSACTION_ID: successTransactionId,
  TRANSACTIONS: v.nullish(v.array(EsnekposOrderTransactionSchema), () => []),
  PHYSICAL_POS_ID: id,
  PHYSICAL_POS_TITLE: text,
  PAYMENT_WAY: text,
})
export type EsnekposOrderBody = v.InferOutput<typeof EsnekposOrderBodySchema>
