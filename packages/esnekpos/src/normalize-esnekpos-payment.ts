import type { Money } from '@durum/core'
import type { NormalizedPayment, PaymentAttempt, PaymentIds } from '@durum/status-normalizer'
import type { EsnekposOrderBody, EsnekposPaymentRequestBody } from './esnekpos-schemas'
import {
  type EsnekposStatusDecision,
  mapEsnekposOrderStatus,
  mapEsnekposPaymentRequestStatus,
} from './map-esnekpos-payment-status'

export const ESNEKPOS_PAYMENT_REQUEST_SOURCE = 'esnekpos.send-payment-request-query'
export const ESNEKPOS_ORDER_SOURCE = 'esnekpos.process-query'

export interface EsnekposNormalizeContext {
  /** The provider body as received, secrets already redacted. */
  raw: unknown
  /** When the answer arrived (EsnekPOS sends no clock of its own). */
  checkedAt: string
}

function present<T>(value: T | undefined): value is T {
  return value !== undefined
}

/** Only the keys that have a value, so the result never carries `key: undefined`. */
function defined<T extends object>(fields: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  // A plain loop, not Object.fromEntries(Object.entries(…)): it runs several times per normalized payment.
  const result: Record<string, unknown> = {}
  for (const key in fields) {
    if (!Object.hasOwn(fields, key)) continue
    const value = fields[key]
    if (value !== undefined) result[key] = value
  }
  return result as { [K in keyof T]?: Exclude<T[K], undefined> }
}

function withinModel(installment: number | undefined): number | undefined {
  return installment !== undefined && installment >= 1 ? installment : undefined
}

function base(decision: EsnekposStatusDecision, source: string) {
  return {
    kind: 'payment' as const,
    provider: 'esnekpos',
    source,
    status: decision.status,
    rawStatus: decision.rawStatus,
    explanation: decision.explanation,
    ...defined({ nextAction: decision.nextAction, failure: decision.failure }),
  }
}

type IdFields = { [K in Exclude<keyof PaymentIds, 'transactionIds'>]?: string | undefined } & {
  transactionIds: (string | undefined)[]
}

function ids(fields: IdFields): PaymentIds {
  const transactionIds = [...new Set(fields.transactionIds.filter(present))]
  return defined({ ...fields, transactionIds: transactionIds.length > 0 ? transactionIds : undefined })
}

/**
 * A payment request (SendPaymentRequestQuery) → `NormalizedPayment`. Every attempt is kept in
 * `attempts`; the successful one (else the one that decided the status) gives amount, references,
 * transaction id and time.
 */
export function normalizeEsnekposPaymentRequest(
  body: EsnekposPaymentRequestBody,
  context: EsnekposNormalizeContext,
): NormalizedPayment {
  const decision = mapEsnekposPaymentRequestStatus(
    body.PAYMENTS.map((payment) => ({
      statusText: payment.PAYMENT_STATUS,
      statusId: payment.STATUS_ID,
      reference: payment.REFNO,
      amount: payment.AMOUNT?.amount,
      orderReference: payment.ORDER_REF_NO,
    })),
  )
  const attempts = body.PAYMENTS.map(
    (payment, index): PaymentAttempt => ({
      status: decision.rows[index]?.status ?? 'UNKNOWN',
      rawStatus: decision.rows[index]?.rawStatus ?? payment.PAYMENT_STATUS,
      ...defined({
        reference: payment.REFNO,
        amount: payment.AMOUNT,
        createdAt: payment.PAYMENT_DATE,
        updatedAt: payment.DATE,
        transactionId: payment.SUCCESS_TRANSACTION_ID,
        failure: decision.rows[index]?.failure,
      }),
    }),
  )
  const paid = decision.paidRow === undefined ? undefined : body.PAYMENTS[decision.paidRow]
  const driving =
    paid ?? (decision.decidingRow === undefined ? undefined : body.PAYMENTS[decision.decidingRow])
  return {
    ...base(decision, ESNEKPOS_PAYMENT_REQUEST_SOURCE),
    ids: ids({
      paymentId: driving?.REFNO,
      merchantReference: driving?.ORDER_REF_NO,
      transactionIds: [paid?.SUCCESS_TRANSACTION_ID],
    }),
    ...defined({
      amount: driving?.AMOUNT,
      paidAmount: paid?.AMOUNT,
      refundedAmount: refunded(decision),
      installment: withinModel(driving?.INSTALLMENT),
      occurredAt: driving?.PAYMENT_DATE ?? driving?.DATE,
    }),
    attempts,
    checkedAt: context.checkedAt,
    raw: context.raw,
  }
}

function refunded(decision: EsnekposStatusDecision): Money | undefined {
  return decision.refundedAmount === undefined
    ? undefined
    : { amount: decision.refundedAmount, currency: 'TRY' }
}

/**
 * An order (ProcessQuery) → `NormalizedPayment`. Its TRANSACTIONS are the payment's history and are
 * kept in `attempts`; the order's AMOUNT is what it charged.
 */
export function normalizeEsnekposOrder(
  body: EsnekposOrderBody,
  context: EsnekposNormalizeContext,
): NormalizedPayment {
  const decision = mapEsnekposOrderStatus(
    body.TRANSACTIONS.map((transaction) => ({
      statusText: transaction.STATUS_NAME,
      statusId: transaction.STATUS_ID,
      reference: transaction.TRANSACTION_ID,
      amount: transaction.AMOUNT?.amount,
    })),
    { orderAmount: body.AMOUNT?.amount },
  )
  const attempts = body.TRANSACTIONS.map(
    (transaction, index): PaymentAttempt => ({
      status: decision.rows[index]?.status ?? 'UNKNOWN',
      rawStatus: decision.rows[index]?.rawStatus ?? transaction.STATUS_NAME,
      ...defined({
        reference: transaction.TRANSACTION_ID,
        amount: transaction.AMOUNT,
        createdAt: transaction.DATE,
        transactionId: transaction.TRANSACTION_ID,
        failure: decision.rows[index]?.failure,
      }),
    }),
  )
  const paid = decision.paidRow === undefined ? undefined : body.TRANSACTIONS[decision.paidRow]
  const deciding = decision.decidingRow === undefined ? undefined : body.TRANSACTIONS[decision.decidingRow]
  return {
    ...base(decision, ESNEKPOS_ORDER_SOURCE),
    ids: ids({
      paymentId: body.REFNO,
      merchantReference: body.ORDER_REF_NO ?? body.ORDER_REF_NUMBER,
      transactionIds: paid === undefined ? [] : [body.SUCCESS_TRANSACTION_ID, paid.TRANSACTION_ID],
    }),
    ...defined({
      amount: body.AMOUNT ?? paid?.AMOUNT ?? deciding?.AMOUNT,
      paidAmount: paid === undefined ? undefined : (paid.AMOUNT ?? body.AMOUNT),
      refundedAmount: refunded(decision),
      installment: withinModel(body.INSTALLMENT),
      occurredAt: deciding?.DATE ?? body.PAYMENT_DATE ?? body.DATE,
    }),
    attempts,
    checkedAt: context.checkedAt,
    raw: context.raw,
  }
}
