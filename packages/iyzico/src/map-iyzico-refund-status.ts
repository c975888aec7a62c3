import { addDecimal, DEFAULT_LOCALE, type Locale, printable, renderReason } from '@durum/core'
import type { PaymentStatus } from '@durum/status-normalizer'
import { type IyzicoWhy, iyzicoMessages } from './iyzico-messages'
import type { IyzicoReportingQuery } from './iyzico-queries'
import type { IyzicoRefundStatus, IyzicoReportingPayment } from './iyzico-schemas'
import { IYZICO_REFUND_STATUSES } from './iyzico-schemas'
import { type IyzicoStatusMapping, iyzicoReportingPaymentStatus } from './map-iyzico-payment-status'
import { readIyzicoReportingTime } from './read-iyzico-reporting-time'

/** What the reporting endpoint said about a payment's refunds and cancels, or why it was not asked. */
export type IyzicoRefundLookup =
  /** The one `payments[]` entry that is this payment. */
  | { kind: 'found'; payment: IyzicoReportingPayment }
  /** Reporting answered, but no single entry is this payment; `why` says so after the payment's own rule. */
  | { kind: 'not_listed'; why: IyzicoWhy }
  /** Not asked, or the question failed; `why` says so after the payment's own rule. */
  | { kind: 'skipped'; why: IyzicoWhy }

export interface IyzicoRefundOutcome {
  mapping: IyzicoStatusMapping
  /** Set only where refunds matter: a payment that `/payment/detail` shows as taken. */
  refundsChecked?: boolean
  /** Canonical decimal, in the payment's currency. */
  refundedAmount?: string
}

const SUCCESSFUL = 1

/** `/payment/detail` keeps saying SUCCESS after a cancel or refund: only a taken payment needs reporting. */
export function needsIyzicoRefundCheck(status: PaymentStatus): boolean {
  return status === 'SUCCEEDED' || status === 'AUTHORIZED'
}

/**
 * Picks the reporting entry that is the payment asked about. Pure. Asked by `paymentId`, the entry
 * must carry that id; asked by `paymentConversationId` (iyzico's answer had no paymentId), reporting
 * may list several attempts under it, so only a single one is taken. Anything else is `not_listed`:
 * refunds unchecked, never another payment's refunds and never a silent "none".
 */
export function matchIyzicoReportingPayment(
  payments: readonly IyzicoReportingPayment[],
  asked: IyzicoReportingQuery,
): IyzicoRefundLookup {
  const byPaymentId = 'paymentId' in asked
  const matching = byPaymentId
    ? payments.filter((payment) => payment.paymentId === asked.paymentId)
    : payments.filter((payment) => payment.paymentConversationId === asked.paymentConversationId)
  const [payment, another] = matching
  if (payment !== undefined && another === undefined) return { kind: 'found', payment }
  // The paymentId asked by may come from iyzico's own answer: escaped, it cannot forge a log line.
  const by = byPaymentId ? 'paymentId' : 'paymentConversationId'
  const id = printable(byPaymentId ? asked.paymentId : asked.paymentConversationId)
  if (payments.length === 0)
    return { kind: 'not_listed', why: { reason: 'iyzico.reporting_empty', params: { by, id } } }
  if (payment === undefined) {
    return {
      kind: 'not_listed',
      why: { reason: 'iyzico.reporting_lacks_payment', params: { by, id, listed: payments.length } },
    }
  }
  return {
    kind: 'not_listed',
    why: {
      reason: byPaymentId ? 'iyzico.reporting_duplicate' : 'iyzico.reporting_ambiguous',
      params: { id, listed: matching.length },
    },
  }
}

/** Reporting's Istanbul wall time with its offset; a time it cannot read, as iyzico wrote it. */
function cancelDate(createdDate: string): string {
  return readIyzicoReportingTime(createdDate) ?? printable(createdDate)
}

function isRefundStatus(value: string): value is IyzicoRefundStatus {
  return (IYZICO_REFUND_STATUSES as readonly string[]).includes(value)
}

function assertNever(value: never): never {
  throw new Error(`Unhandled iyzico refund status: ${String(value)}`)
}

function sum(amounts: readonly (string | null | undefined)[]): string | undefined {
  let total: string | undefined
  for (const amount of amounts)
    if (amount != null) total = total === undefined ? amount : addDecimal(total, amount)
  return total
}

/** Successful cancels and item refunds, added up. */
export function iyzicoRefundedTotal(payment: IyzicoReportingPayment): string | undefined {
  const cancels = (payment.cancels ?? []).filter((cancel) => cancel.refundStatus === SUCCESSFUL)
  const refunds = (payment.itemTransactions ?? []).flatMap((item) =>
    (item.refunds ?? []).filter(
      (refund) => refund.refundStatus == null || refund.refundStatus === SUCCESSFUL,
    ),
  )
  return sum([...cancels.map((cancel) => cancel.refundPrice), ...refunds.map((refund) => refund.refundPrice)])
}

function withRefundedAmount(
  outcome: IyzicoRefundOutcome,
  payment: IyzicoReportingPayment,
): IyzicoRefundOutcome {
  const refundedAmount = iyzicoRefundedTotal(payment)
  // Not `{ ...outcome, refundedAmount }`: docs/PERFORMANCE.md, "No leading spread on a hot path".
  return refundedAmount === undefined ? outcome : Object.assign({}, outcome, { refundedAmount })
}

/**
 * Overlays the reporting endpoint's view on a `/payment/detail` mapping, writing in `locale` (the
 * mapping's own). Pure. `/payment/detail` keeps saying SUCCESS after a cancel or refund, so a taken
 * payment (SUCCEEDED, AUTHORIZED) is only final once reporting has been read; anything else passes
 * through unchanged. A status reporting changes takes reporting's reason; a note it adds to the
 * payment's own rule keeps that rule's reason.
 */
export function applyIyzicoRefunds(
  mapping: IyzicoStatusMapping,
  lookup: IyzicoRefundLookup,
  locale: Locale = DEFAULT_LOCALE,
): IyzicoRefundOutcome {
  const text = (why: IyzicoWhy) => renderReason(iyzicoMessages, why, locale)
  const noted = (why: IyzicoWhy) => `${mapping.explanation} ${text(why)}`
  const because = (why: IyzicoWhy) => ({ reason: why.reason, explanation: text(why) })
  if (!needsIyzicoRefundCheck(mapping.status)) return { mapping }
  if (lookup.kind !== 'found') {
    return { mapping: { ...mapping, explanation: noted(lookup.why) }, refundsChecked: false }
  }
  const { payment } = lookup
  // iyzico's own pages print `"TOTALLY_REFUNDED "`, with a trailing space.
  const refundStatus = payment.paymentRefundStatus?.trim() || undefined
  const cancel = (payment.cancels ?? []).find((entry) => entry.refundStatus === SUCCESSFUL)
  const rawStatus = printable(
    `${mapping.rawStatus} refund=${refundStatus ?? 'missing'}${cancel === undefined ? '' : ' cancelled'}`,
  )
  const reportedStatus = payment.paymentStatus ?? undefined
  if (reportedStatus !== undefined && iyzicoReportingPaymentStatus(reportedStatus) !== 'SUCCESS') {
    const name = iyzicoReportingPaymentStatus(reportedStatus)
    return {
      mapping: {
        ...mapping,
        status: 'UNKNOWN',
        rawStatus: `${rawStatus} reporting=${reportedStatus}`,
        ...because({ reason: 'iyzico.reporting_disagrees', params: { reported: reportedStatus, name } }),
      },
      refundsChecked: true,
    }
  }
  if (cancel !== undefined) {
    return withRefundedAmount(
      {
        mapping: {
          ...mapping,
          status: 'CANCELLED',
          rawStatus,
          ...because({
            reason: 'iyzico.cancelled',
            params: { date: cancel.createdDate ? cancelDate(cancel.createdDate) : undefined },
          }),
        },
        refundsChecked: true,
      },
      payment,
    )
  }
  if (refundStatus === undefined) {
    return {
      mapping: {
        ...mapping,
        explanation: noted({ reason: 'iyzico.refund_status_missing' }),
      },
      refundsChecked: false,
    }
  }
  if (!isRefundStatus(refundStatus)) {
    return {
      mapping: {
        ...mapping,
        status: 'UNKNOWN',
        rawStatus,
        ...because({
          reason: 'iyzico.refund_status_unknown',
          params: { refundStatus: printable(refundStatus) },
        }),
      },
      refundsChecked: true,
    }
  }
  switch (refundStatus) {
    case 'NOT_REFUNDED':
      return {
        mapping: {
          ...mapping,
          rawStatus,
          // A pre-authorisation is not money to ship on until captured: only a capture is safe.
          explanation: noted({
            reason: mapping.status === 'SUCCEEDED' ? 'iyzico.not_refunded' : 'iyzico.not_refunded_yet',
          }),
        },
        refundsChecked: true,
      }
    case 'PARTIALLY_REFUNDED':
      return withRefundedAmount(
        {
          mapping: {
            ...mapping,
            status: 'PARTIALLY_REFUNDED',
            rawStatus,
            ...because({ reason: 'iyzico.partially_refunded' }),
          },
          refundsChecked: true,
        },
        payment,
      )
    case 'TOTALLY_REFUNDED':
      return withRefundedAmount(
        {
          mapping: {
            ...mapping,
            status: 'REFUNDED',
            rawStatus,
            ...because({ reason: 'iyzico.refunded' }),
          },
          refundsChecked: true,
        },
        payment,
      )
    default:
      return assertNever(refundStatus)
  }
}
