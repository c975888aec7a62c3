import { addDecimal, printable } from '@durum/core'
import type { PaymentStatus } from '@durum/status-normalizer'
import type { IyzicoReportingQuery } from './iyzico-queries'
import type { IyzicoRefundStatus, IyzicoReportingPayment } from './iyzico-schemas'
import { IYZICO_REFUND_STATUSES } from './iyzico-schemas'
import { type IyzicoStatusMapping, iyzicoReportingPaymentStatus } from './map-iyzico-payment-status'

/** What the reporting endpoint said about a payment's refunds and cancels, or why it was not asked. */
export type IyzicoRefundLookup =
  /** The one `payments[]` entry that is this payment. */
  | { kind: 'found'; payment: IyzicoReportingPayment }
  /** Reporting answered, but no single entry is this payment; `reason` completes "Refunds and cancels were not checked: …". */
  | { kind: 'not_listed'; reason: string }
  /** Not asked, or the question failed; `reason` completes "Refunds and cancels were not checked: …". */
  | { kind: 'skipped'; reason: string }

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

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

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
  const question = printable(
    byPaymentId
      ? `iyzico's reporting, asked by paymentId ${asked.paymentId},`
      : `iyzico's reporting, asked by paymentConversationId ${asked.paymentConversationId},`,
  )
  if (payments.length === 0) {
    return {
      kind: 'not_listed',
      reason: `${question} lists no payment (payments: []); it may not have caught up yet, so ask again later.`,
    }
  }
  if (payment === undefined) {
    return {
      kind: 'not_listed',
      reason: `${question} lists ${plural(payments.length, 'payment')} but not this one; ask again later.`,
    }
  }
  return {
    kind: 'not_listed',
    reason: byPaymentId
      ? `${question} lists that payment ${matching.length} times, so which entry holds its refunds is unclear; check iyzico's panel.`
      : `${question} lists ${plural(matching.length, 'payment')} under it and iyzico's answer has no paymentId to tell which is this one; check iyzico's panel.`,
  }
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
 * Overlays the reporting endpoint's view on a `/payment/detail` mapping. Pure. `/payment/detail`
 * keeps saying SUCCESS after a cancel or refund, so a taken payment (SUCCEEDED, AUTHORIZED) is only
 * final once reporting has been read; anything else passes through unchanged.
 */
export function applyIyzicoRefunds(
  mapping: IyzicoStatusMapping,
  lookup: IyzicoRefundLookup,
): IyzicoRefundOutcome {
  if (!needsIyzicoRefundCheck(mapping.status)) return { mapping }
  if (lookup.kind !== 'found') {
    return {
      mapping: {
        ...mapping,
        explanation: `${mapping.explanation} Refunds and cancels were not checked: ${lookup.reason}`,
      },
      refundsChecked: false,
    }
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
        explanation: `iyzico's reporting lists this payment with paymentStatus ${reportedStatus} (${
          name ?? 'a code its table does not define'
        }) while the payment's own answer reads SUCCESS: the two disagree, so the payment is not proven; do not ship until iyzico's panel confirms it.`,
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
          explanation: `iyzico's reporting shows the payment was cancelled${
            cancel.createdDate ? ` on ${printable(cancel.createdDate)}` : ''
          } (though /payment/detail still reads SUCCESS): it is void, do not ship.`,
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
        explanation: `${mapping.explanation} Refunds and cancels were not checked: iyzico's reporting answer has no paymentRefundStatus.`,
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
        explanation: `iyzico's reporting gives paymentRefundStatus "${printable(refundStatus)}", which this version does not know, so the payment may have been refunded: do not ship until iyzico's panel confirms it.`,
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
          explanation:
            mapping.status === 'SUCCEEDED'
              ? `${mapping.explanation} iyzico's reporting shows no refund or cancel: safe to ship.`
              : `${mapping.explanation} iyzico's reporting shows no refund or cancel so far.`,
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
            explanation:
              "iyzico captured the payment and its reporting shows part of it refunded (PARTIALLY_REFUNDED): the rest is still the merchant's.",
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
            explanation:
              "iyzico's reporting shows the payment fully refunded (TOTALLY_REFUNDED), though /payment/detail still reads SUCCESS: do not ship.",
          },
          refundsChecked: true,
        },
        payment,
      )
    default:
      return assertNever(refundStatus)
  }
}
