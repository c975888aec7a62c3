import { DEFAULT_LOCALE, type Locale, printable, renderReason } from '@durum/core'
import {
  type Failure,
  type FailureCategory,
  type PaymentStatus,
  statusWordIsPaid,
} from '@durum/status-normalizer'
import { type EsnekposDoubt, esnekposMessages } from './esnekpos-messages'
import { esnekposAnswerText } from './map-esnekpos-error'
import {
  type EsnekposStatusDecision,
  type EsnekposStatusRow,
  esnekposRowRef,
  esnekposSaid,
  mapEsnekposOrderStatus,
} from './map-esnekpos-payment-status'

/** A ProcessQuery answer as the mapping needs it: its envelope, the echoed order and the rows. */
export interface EsnekposOrderAnswer {
  returnCode: string
  returnMessage?: string | undefined
  /** The envelope's STATUS, e.g. `ERROR` or `PAYMENT_WAITING`. */
  status?: string | undefined
  /** The order reference the answer echoes (ORDER_REF_NO, or ORDER_REF_NUMBER). */
  orderReference?: string | undefined
  /** SUCCESS_TRANSACTION_ID: the successful row's TRANSACTION_ID, absent when it is null or 0. */
  successTransactionId?: string | undefined
  /** AMOUNT, canonical decimal. */
  orderAmount?: string | undefined
  /** COMMISSION, canonical decimal. */
  commission?: string | undefined
  /** TRANSACTIONS, in the order given; `reference` is the TRANSACTION_ID. */
  rows: readonly EsnekposStatusRow[]
}

/**
 * Whether an EsnekPOS answer carries the order (an echoed ORDER_REF_NO / ORDER_REF_NUMBER, or a
 * non-empty TRANSACTIONS list). Only such an answer can tell a payment's outcome, whatever its
 * RETURN_CODE; one without is a query error. Reads parsed JSON and typed bodies alike.
 */
export function carriesEsnekposOrder(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false
  const { ORDER_REF_NO, ORDER_REF_NUMBER, TRANSACTIONS } = body as Record<string, unknown>
  const named = (value: unknown) => value !== undefined && value !== null && value !== ''
  return (
    named(ORDER_REF_NO) || named(ORDER_REF_NUMBER) || (Array.isArray(TRANSACTIONS) && TRANSACTIONS.length > 0)
  )
}

/** RETURN_CODE 400 without an order: ProcessQuery has no record of the reference. */
export const ESNEKPOS_ORDER_NOT_FOUND = '400'

const UNDECIDED_OR_FAILED: ReadonlySet<PaymentStatus> = new Set(['PENDING', 'REQUIRES_ACTION', 'FAILED'])

function envelopeRawStatus(answer: EsnekposOrderAnswer): string {
  const code = `RETURN_CODE ${printable(answer.returnCode)}`
  return answer.status ? `${printable(answer.status)} (${code})` : code
}

function fromEnvelope(
  answer: EsnekposOrderAnswer,
  decision: Pick<EsnekposStatusDecision, 'status' | 'reason' | 'explanation'>,
): EsnekposStatusDecision {
  return { ...decision, rawStatus: envelopeRawStatus(answer), rows: [] }
}

/** ISO 8583 response code 51, which the recorded decline carries as "51-Limit Yetersiz". */
const BANK_CODE_CATEGORIES: ReadonlyMap<string, FailureCategory> = new Map([['51', 'insufficient_funds']])

/**
 * The bank's reason for a failed payment, which EsnekPOS puts in RETURN_MESSAGE as `51-Limit Yetersiz`:
 * the bank's code, when the message starts with one, else EsnekPOS's RETURN_CODE.
 */
export function esnekposBankFailure(returnCode: string, returnMessage: string | undefined): Failure {
  const bankCode = returnMessage === undefined ? undefined : /^(\d{1,3})\s*-/.exec(returnMessage)?.[1]
  const failure: Failure =
    bankCode === undefined
      ? { code: returnCode, category: 'other' }
      : { code: bankCode, category: BANK_CODE_CATEGORIES.get(bankCode) ?? 'declined' }
  if (returnMessage !== undefined) failure.message = returnMessage
  return failure
}

/** What keeps a claimed payment from being proven, or undefined when nothing does. */
function doubtAboutPayment(
  answer: EsnekposOrderAnswer,
  decision: EsnekposStatusDecision,
): EsnekposDoubt | undefined {
  if (answer.returnCode !== '0') return { kind: 'not_success', answered: esnekposAnswerText(answer) }
  const paid = decision.paidRow === undefined ? undefined : answer.rows[decision.paidRow]
  if (answer.successTransactionId === undefined) return { kind: 'no_success_id' }
  if (paid?.reference !== answer.successTransactionId)
    return { kind: 'other_success_id', id: printable(answer.successTransactionId) }
  if (answer.orderReference === undefined) return { kind: 'no_order_reference' }
  return undefined
}

/**
 * The status of an order from its ProcessQuery answer. The rows (TRANSACTIONS, one per state change)
 * decide, read together by `mapEsnekposOrderStatus`; the envelope says what the rows cannot:
 * - without the order, RETURN_CODE 400 means EsnekPOS has no record of the reference yet, which is
 *   also what a hosted payment page opened and never paid reads as: UNKNOWN, not FAILED;
 * - a payment is proven only by RETURN_CODE 0 with SUCCESS_TRANSACTION_ID naming the successful row
 *   and the order echoed; anything less is UNKNOWN. RETURN_CODE 0 over rows that show no payment
 *   (pending, 3-D Secure, failed) is a contradiction, so UNKNOWN too;
 * - RETURN_CODE 106 (PAYMENT_WAITING) with no row yet is PENDING, 300 (ORDER_CANCEL) is CANCELLED;
 * - on a failed payment, a non-zero RETURN_CODE's message is the bank's reason.
 */
export function mapEsnekposOrderAnswer(
  answer: EsnekposOrderAnswer,
  locale: Locale = DEFAULT_LOCALE,
): EsnekposStatusDecision {
  const answered = esnekposAnswerText(answer)
  if (!carriesEsnekposOrder({ ORDER_REF_NO: answer.orderReference, TRANSACTIONS: answer.rows })) {
    return fromEnvelope(answer, {
      status: 'UNKNOWN',
      ...esnekposSaid(
        {
          reason:
            answer.returnCode === ESNEKPOS_ORDER_NOT_FOUND
              ? 'esnekpos.order_not_found'
              : 'esnekpos.order_unnamed',
          params: { answered },
        },
        locale,
      ),
    })
  }

  const waiting = answer.returnCode === '106' || answer.status === 'PAYMENT_WAITING'
  const cancelled = answer.returnCode === '300' || answer.status === 'ORDER_CANCEL'
  if (answer.rows.length === 0 && waiting) {
    return fromEnvelope(answer, {
      status: 'PENDING',
      ...esnekposSaid({ reason: 'esnekpos.order_waiting', params: { answered } }, locale),
    })
  }

  const decision = mapEsnekposOrderStatus(answer.rows, {
    orderAmount: answer.orderAmount,
    commission: answer.commission,
    locale,
  })
  // Rows that cannot be read (an unknown text, a failed undo with nothing to undo) stay UNKNOWN.
  if (decision.status === 'UNKNOWN' && answer.rows.length > 0) return decision

  if (cancelled && decision.status !== 'CANCELLED' && decision.status !== 'REFUNDED') {
    return {
      ...fromEnvelope(answer, {
        status: 'CANCELLED',
        ...esnekposSaid({ reason: 'esnekpos.order_cancelled', params: { answered } }, locale),
      }),
      rows: decision.rows,
      ...(decision.paidRow === undefined ? {} : { paidRow: decision.paidRow }),
    }
  }

  if (statusWordIsPaid(decision.status)) {
    const doubt = doubtAboutPayment(answer, decision)
    if (doubt === undefined) return decision
    const paidRow = answer.rows[decision.paidRow as number] as EsnekposStatusRow
    return {
      status: 'UNKNOWN',
      rawStatus: decision.rawStatus,
      ...esnekposSaid(
        {
          reason: 'esnekpos.payment_unproven',
          params: { row: esnekposRowRef('transaction', paidRow), doubt },
        },
        locale,
      ),
      ...(decision.decidingRow === undefined ? {} : { decidingRow: decision.decidingRow }),
      rows: decision.rows,
    }
  }

  if (answer.returnCode === '0') {
    if (!UNDECIDED_OR_FAILED.has(decision.status) || decision.decidingRow === undefined) return decision
    // ProcessQuery answers SUCCESS for a paid order only (a decline is 100, a payment under way 106):
    // rows that show no payment under it contradict it.
    const row = answer.rows[decision.decidingRow] as EsnekposStatusRow
    return {
      status: 'UNKNOWN',
      rawStatus: decision.rawStatus,
      ...esnekposSaid(
        {
          reason: 'esnekpos.success_contradicted',
          params: { row: esnekposRowRef('transaction', row), answered },
        },
        locale,
      ),
      decidingRow: decision.decidingRow,
      rows: decision.rows,
    }
  }
  decision.explanation = `${decision.explanation} ${renderReason(esnekposMessages, { reason: 'esnekpos.answered', params: { answered } }, locale)}`
  if (decision.status === 'FAILED')
    decision.failure = esnekposBankFailure(answer.returnCode, answer.returnMessage)
  return decision
}
