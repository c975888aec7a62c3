import type { Locale, Money } from '@durum/core'
import type { NormalizedPayment, PaymentAttempt, PaymentIds } from '@durum/status-normalizer'
import {
  ESNEKPOS_ORDER_SOURCE,
  ESNEKPOS_PAYMENT_REQUEST_SOURCE,
  type EsnekposOrderBody,
  type EsnekposPaymentRequestBody,
} from './esnekpos-schemas'
import { mapEsnekposOrderAnswer } from './map-esnekpos-order-answer'
import {
  type EsnekposRowVerdict,
  type EsnekposStatusDecision,
  mapEsnekposPaymentRequestStatus,
} from './map-esnekpos-payment-status'

export interface EsnekposNormalizeContext {
  /** The provider body as received, secrets already redacted. */
  raw: unknown
  /** When the answer arrived (EsnekPOS sends no clock of its own). */
  checkedAt: string
  /** The language of the explanation; default `en`. */
  locale?: Locale | undefined
}

function present<T>(value: T | undefined): value is T {
  return value !== undefined
}

/**
 * Sets on `target` the fields that have a value, so the result never carries `key: undefined`.
 * Assignments, not object spreads: docs/PERFORMANCE.md, "No leading spread on a hot path".
 */
function assignDefined<T extends object, F extends object>(
  target: T,
  fields: F,
): T & { [K in keyof F]?: Exclude<F[K], undefined> } {
  for (const key in fields) {
    const value = fields[key]
    if (value !== undefined) (target as Record<string, unknown>)[key] = value
  }
  return target as T & { [K in keyof F]?: Exclude<F[K], undefined> }
}

function withinModel(installment: number | undefined): number | undefined {
  return installment !== undefined && installment >= 1 ? installment : undefined
}

/** The result's fields in the order they print; the caller sets the rest, ending with `raw`. */
function head(decision: EsnekposStatusDecision, source: string): Partial<NormalizedPayment> {
  return assignDefined(
    {
      kind: 'payment' as const,
      provider: 'esnekpos',
      source,
      status: decision.status,
      rawStatus: decision.rawStatus,
      explanation: decision.explanation,
      reason: decision.reason,
    },
    { nextAction: decision.nextAction, failure: decision.failure },
  )
}

/** `head`, then `fields`, then what every result ends with. */
function payment(
  decision: EsnekposStatusDecision,
  source: string,
  fields: Partial<NormalizedPayment> & Pick<NormalizedPayment, 'ids'>,
  end: { attempts: PaymentAttempt[]; checkedAt: string; raw: unknown },
): NormalizedPayment {
  const result = assignDefined(head(decision, source), fields)
  result.attempts = end.attempts
  result.checkedAt = end.checkedAt
  result.raw = end.raw
  // Every required field is set: head's, `ids` (required in `fields`) and `end`'s.
  return result as NormalizedPayment
}

type AttemptFields = Pick<
  PaymentAttempt,
  'reference' | 'amount' | 'createdAt' | 'updatedAt' | 'transactionId'
>

/**
 * One row of a body as an attempt: the row's own verdict (UNKNOWN if it has none), then its fields,
 * then the verdict's failure.
 */
function attempt(
  verdict: EsnekposRowVerdict | undefined,
  rowStatusText: string,
  fields: { [K in keyof AttemptFields]: AttemptFields[K] | undefined },
): PaymentAttempt {
  const result: PaymentAttempt = assignDefined(
    { status: verdict?.status ?? 'UNKNOWN', rawStatus: verdict?.rawStatus ?? rowStatusText },
    fields,
  )
  if (verdict?.failure !== undefined) result.failure = verdict.failure
  return result
}

type IdFields = { [K in Exclude<keyof PaymentIds, 'transactionIds'>]?: string | undefined } & {
  transactionIds: (string | undefined)[]
}

function ids({ transactionIds, ...named }: IdFields): PaymentIds {
  const result: PaymentIds = assignDefined({}, named)
  // Set after the named ids, not spread over them (docs/PERFORMANCE.md, "No leading spread on a hot path").
  const unique = [...new Set(transactionIds.filter(present))]
  if (unique.length > 0) result.transactionIds = unique
  return result
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
    context.locale,
  )
  const attempts = body.PAYMENTS.map((payment, index) =>
    attempt(decision.rows[index], payment.PAYMENT_STATUS, {
      reference: payment.REFNO,
      amount: payment.AMOUNT,
      createdAt: payment.PAYMENT_DATE,
      updatedAt: payment.DATE,
      transactionId: payment.SUCCESS_TRANSACTION_ID,
    }),
  )
  const paid = decision.paidRow === undefined ? undefined : body.PAYMENTS[decision.paidRow]
  const driving =
    paid ?? (decision.decidingRow === undefined ? undefined : body.PAYMENTS[decision.decidingRow])
  return payment(
    decision,
    ESNEKPOS_PAYMENT_REQUEST_SOURCE,
    {
      ids: ids({
        paymentId: driving?.REFNO,
        merchantReference: driving?.ORDER_REF_NO,
        transactionIds: [paid?.SUCCESS_TRANSACTION_ID],
      }),
      amount: driving?.AMOUNT,
      paidAmount: paid?.AMOUNT,
      refundedAmount: refunded(decision),
      installment: withinModel(driving?.INSTALLMENT),
      occurredAt: driving?.PAYMENT_DATE ?? driving?.DATE,
    },
    { attempts, checkedAt: context.checkedAt, raw: context.raw },
  )
}

function refunded(decision: EsnekposStatusDecision): Money | undefined {
  return decision.refundedAmount === undefined
    ? undefined
    : { amount: decision.refundedAmount, currency: 'TRY' }
}

/**
 * An order (ProcessQuery) → `NormalizedPayment`, whatever its RETURN_CODE: the client passes on only
 * answers that carry the order, or 400 (no record yet). Its TRANSACTIONS are the payment's history
 * and are kept in `attempts`; the order's AMOUNT is what it charged, COMMISSION included when the
 * merchant passes it on.
 */
export function normalizeEsnekposOrder(
  body: EsnekposOrderBody,
  context: EsnekposNormalizeContext,
): NormalizedPayment {
  const decision = mapEsnekposOrderAnswer(
    {
      returnCode: body.RETURN_CODE,
      returnMessage: body.RETURN_MESSAGE ?? body.RETURN_MESSAGE_TR,
      status: body.STATUS,
      orderReference: body.ORDER_REF_NO ?? body.ORDER_REF_NUMBER,
      successTransactionId: body.SUCCESS_TRANSACTION_ID,
      orderAmount: body.AMOUNT?.amount,
      commission: body.COMMISSION?.amount,
      rows: body.TRANSACTIONS.map((transaction) => ({
        statusText: transaction.STATUS_NAME ?? '',
        statusId: transaction.STATUS_ID,
        reference: transaction.TRANSACTION_ID,
        amount: transaction.AMOUNT?.amount,
      })),
    },
    context.locale,
  )
  const attempts = body.TRANSACTIONS.map((transaction, index) =>
    attempt(decision.rows[index], transaction.STATUS_NAME ?? '', {
      reference: transaction.TRANSACTION_ID,
      amount: transaction.AMOUNT,
      createdAt: transaction.DATE,
      transactionId: transaction.TRANSACTION_ID,
    }),
  )
  const paid = decision.paidRow === undefined ? undefined : body.TRANSACTIONS[decision.paidRow]
  const deciding = decision.decidingRow === undefined ? undefined : body.TRANSACTIONS[decision.decidingRow]
  return payment(
    decision,
    ESNEKPOS_ORDER_SOURCE,
    {
      ids: ids({
        paymentId: body.REFNO,
        merchantReference: body.ORDER_REF_NO ?? body.ORDER_REF_NUMBER,
        transactionIds: paid === undefined ? [] : [body.SUCCESS_TRANSACTION_ID, paid.TRANSACTION_ID],
      }),
      amount: body.AMOUNT ?? paid?.AMOUNT ?? deciding?.AMOUNT,
      paidAmount: paid === undefined ? undefined : (paid.AMOUNT ?? body.AMOUNT),
      refundedAmount: refunded(decision),
      installment: withinModel(body.INSTALLMENT),
      // DATE is when EsnekPOS answered the query, not when anything happened to the payment.
      occurredAt: deciding?.DATE ?? body.PAYMENT_DATE,
    },
    { attempts, checkedAt: context.checkedAt, raw: context.raw },
  )
}
