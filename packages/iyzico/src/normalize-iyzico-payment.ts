import { addDecimal, DEFAULT_LOCALE, epochMillisToIso, type Locale, money, nowIso } from '@durum/core'
import type { Card, NormalizedPayment, PaymentIds, PaymentItem } from '@durum/status-normalizer'
import type { IyzicoPaymentBody, IyzicoReportingPayment } from './iyzico-schemas'
import {
  type IyzicoStatusFields,
  type IyzicoStatusMapping,
  mapIyzicoItemStatus,
  mapIyzicoPaymentStatus,
} from './map-iyzico-payment-status'
import { applyIyzicoRefunds, type IyzicoRefundLookup } from './map-iyzico-refund-status'
import { readIyzicoReportingTime } from './read-iyzico-reporting-time'

export type IyzicoPaymentSource = 'iyzico.payment-detail' | 'iyzico.checkout-form'

export interface NormalizeIyzicoPaymentInput {
  source: IyzicoPaymentSource
  body: IyzicoPaymentBody
  /** The body as sent to the caller: plain JSON, secrets already redacted. */
  raw: unknown
  /** The merchant's own reference, when the query gave it (`paymentConversationId`). */
  merchantReference?: string | undefined
  /** The reporting endpoint's view of refunds and cancels, or why it was not asked. */
  refunds: IyzicoRefundLookup
  /** Whether the answer carried a response signature that verified; absent where none is possible. */
  signed?: boolean | undefined
  /** The body's status mapping, when the caller already made it (to decide on the refund look-up), in `locale`. */
  mapping?: IyzicoStatusMapping | undefined
  /** The language of the explanation; default `en`. */
  locale?: Locale | undefined
}

const defined = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value)

function idsOf(body: IyzicoPaymentBody, merchantReference: string | undefined): PaymentIds {
  const ids: PaymentIds = {}
  const set = (key: Exclude<keyof PaymentIds, 'transactionIds'>, value: string | null | undefined) => {
    if (value != null && value !== '') ids[key] = value
  }
  set('paymentId', body.paymentId)
  set('conversationId', body.conversationId)
  set('merchantReference', merchantReference)
  set('basketId', body.basketId)
  if ('token' in body) set('token', body.token)
  set('authCode', body.authCode)
  set('hostReference', body.hostReference)
  const transactionIds = (body.itemTransactions ?? []).flatMap((item) =>
    item.paymentTransactionId == null ? [] : [item.paymentTransactionId],
  )
  if (transactionIds.length > 0) ids.transactionIds = transactionIds
  return ids
}

function cardOf(body: IyzicoPaymentBody): Card | undefined {
  const card: Card = {}
  if (body.binNumber != null) card.bin = body.binNumber
  if (body.lastFourDigits != null) card.last4 = body.lastFourDigits
  if (body.cardAssociation != null) card.association = body.cardAssociation
  if (body.cardFamily != null) card.family = body.cardFamily
  if (body.cardType != null) card.type = body.cardType
  return Object.keys(card).length === 0 ? undefined : card
}

function itemsOf(
  body: IyzicoPaymentBody,
  reporting: IyzicoReportingPayment | undefined,
): PaymentItem[] | undefined {
  if (body.itemTransactions == null || body.itemTransactions.length === 0) return undefined
  const currency = body.currency ?? undefined
  return body.itemTransactions.map((item) => {
    const entry: PaymentItem = { status: mapIyzicoItemStatus(defined(item.transactionStatus)) }
    if (item.itemId != null) entry.id = item.itemId
    if (item.paymentTransactionId != null) entry.transactionId = item.paymentTransactionId
    if (item.transactionStatus != null) entry.rawStatus = `transactionStatus=${item.transactionStatus}`
    if (currency !== undefined) {
      if (item.price != null) entry.price = money(item.price, currency)
      if (item.paidPrice != null) entry.paidPrice = money(item.paidPrice, currency)
      if (item.merchantPayoutAmount != null) entry.payout = money(item.merchantPayoutAmount, currency)
      const refunds = reporting?.itemTransactions
        ?.find((candidate) => candidate.paymentTransactionId === item.paymentTransactionId)
        ?.refunds?.filter((refund) => refund.refundPrice != null && (refund.refundStatus ?? 1) === 1)
      if (refunds !== undefined && refunds.length > 0) {
        const total = refunds.reduce((sum, refund) => addDecimal(sum, refund.refundPrice ?? '0'), '0')
        entry.refunded = money(total, currency)
      }
    }
    return entry
  })
}

/** What the status mapping reads of a payment body. */
export function iyzicoStatusFields(body: IyzicoPaymentBody): IyzicoStatusFields {
  return {
    status: body.status,
    paymentStatus: body.paymentStatus,
    fraudStatus: defined(body.fraudStatus),
    phase: defined(body.phase),
    mdStatus: defined(body.mdStatus),
    itemStatuses: body.itemTransactions?.map((item) => defined(item.transactionStatus)),
    errorCode: defined(body.errorCode),
    errorMessage: defined(body.errorMessage),
    errorGroup: defined(body.errorGroup),
  }
}

/** An iyzico payment body (detail or checkout form) → the normalized payment. Pure. */
export function normalizeIyzicoPayment(input: NormalizeIyzicoPaymentInput): NormalizedPayment {
  const { body } = input
  const locale = input.locale ?? DEFAULT_LOCALE
  const mapping = input.mapping ?? mapIyzicoPaymentStatus(iyzicoStatusFields(body), locale)
  const outcome = applyIyzicoRefunds(mapping, input.refunds, locale)
  const reporting = input.refunds.kind === 'found' ? input.refunds.payment : undefined
  const currency = body.currency ?? undefined

  const payment: NormalizedPayment = {
    kind: 'payment',
    provider: 'iyzico',
    source: input.source,
    status: outcome.mapping.status,
    rawStatus: outcome.mapping.rawStatus,
    explanation: outcome.mapping.explanation,
    reason: outcome.mapping.reason,
    ids: idsOf(body, input.merchantReference),
    checkedAt: body.systemTime == null ? nowIso() : epochMillisToIso(body.systemTime),
    raw: input.raw,
  }
  if (input.signed !== undefined) payment.signed = input.signed
  if (body.mdStatus != null) payment.mdStatus = body.mdStatus
  if (outcome.mapping.nextAction !== undefined) payment.nextAction = outcome.mapping.nextAction
  if (outcome.mapping.failure !== undefined) payment.failure = outcome.mapping.failure
  if (outcome.mapping.fraud !== undefined) payment.fraud = outcome.mapping.fraud
  if (currency !== undefined) {
    if (body.price != null) payment.amount = money(body.price, currency)
    if (body.paidPrice != null) payment.paidAmount = money(body.paidPrice, currency)
    if (outcome.refundedAmount !== undefined) payment.refundedAmount = money(outcome.refundedAmount, currency)
  }
  if (body.installment != null && body.installment >= 1) payment.installment = body.installment
  const card = cardOf(body)
  if (card !== undefined) payment.card = card
  const items = itemsOf(body, reporting)
  if (items !== undefined) payment.items = items
  if (outcome.refundsChecked !== undefined) payment.refundsChecked = outcome.refundsChecked
  const occurredAt =
    reporting?.createdDate == null ? undefined : readIyzicoReportingTime(reporting.createdDate)
  if (occurredAt !== undefined) payment.occurredAt = occurredAt
  return payment
}
