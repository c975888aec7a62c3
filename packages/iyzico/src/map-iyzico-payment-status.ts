import { printable } from '@durum/core'
import type {
  Failure,
  FailureCategory,
  FraudVerdict,
  NextAction,
  PaymentItem,
  PaymentStatus,
} from '@durum/status-normalizer'
import { mapIyzicoMdStatus } from './map-iyzico-md-status'

/**
 * Every `paymentStatus` iyzico documents, on `/payment/detail`, the checkout-form result and webhooks
 * alike (the last five come from its webhook page and the reporting table).
 */
export const IYZICO_PAYMENT_STATUSES = [
  'SUCCESS',
  'FAILURE',
  'INIT_THREEDS',
  'CALLBACK_THREEDS',
  'BKM_POS_SELECTED',
  'CALLBACK_PECCO',
  'INIT_APM',
  'INIT_BANK_TRANSFER',
  'INIT_CREDIT',
  'PENDING_CREDIT',
  'INIT_CONTACTLESS',
] as const
export type IyzicoPaymentStatus = (typeof IYZICO_PAYMENT_STATUSES)[number]

/**
 * Reporting's numeric `paymentStatus` (its 0–9 table). 7 is a gap in iyzico's table and reads as no
 * status at all, like any code outside it; the beta reference's "2 = failure" is not followed (the
 * older, more specific table says INIT_THREEDS).
 */
const REPORTING_PAYMENT_STATUSES: Readonly<Record<number, IyzicoPaymentStatus>> = {
  0: 'FAILURE',
  1: 'SUCCESS',
  2: 'INIT_THREEDS',
  3: 'CALLBACK_THREEDS',
  4: 'BKM_POS_SELECTED',
  5: 'CALLBACK_PECCO',
  6: 'INIT_APM',
  8: 'INIT_BANK_TRANSFER',
  9: 'INIT_CONTACTLESS',
}

/** Reporting's numeric `paymentStatus` → its name, or `undefined` for 7 and codes outside the table. */
export function iyzicoReportingPaymentStatus(code: number): IyzicoPaymentStatus | undefined {
  return Object.hasOwn(REPORTING_PAYMENT_STATUSES, code) ? REPORTING_PAYMENT_STATUSES[code] : undefined
}

/** The fields of an iyzico payment body the status depends on. */
export interface IyzicoStatusFields {
  /** The envelope's `status`: `success` or `failure`. */
  status?: string | undefined
  paymentStatus?: string | null | undefined
  fraudStatus?: number | undefined
  phase?: string | undefined
  /** The 3-D Secure result, as text (`"1"` passed). */
  mdStatus?: string | undefined
  /** Each basket item's `transactionStatus`, `undefined` where an item has none. */
  itemStatuses?: readonly (number | undefined)[] | undefined
  errorCode?: string | undefined
  errorMessage?: string | undefined
  errorGroup?: string | undefined
}

export interface IyzicoStatusMapping {
  status: PaymentStatus
  /** iyzico's own words, e.g. `SUCCESS fraud=1 phase=AUTH`. */
  rawStatus: string
  /** The rule that fired, as one sentence. */
  explanation: string
  nextAction?: NextAction
  failure?: Failure
  fraud?: FraudVerdict
}

function isIyzicoPaymentStatus(value: string): value is IyzicoPaymentStatus {
  return (IYZICO_PAYMENT_STATUSES as readonly string[]).includes(value)
}

function assertNever(value: never): never {
  throw new Error(`Unhandled iyzico payment status: ${String(value)}`)
}

/** iyzico's words for the status, control and bidi characters escaped (they could forge a log line). */
export function describeIyzicoRawStatus(fields: IyzicoStatusFields): string {
  let raw = fields.paymentStatus ?? 'paymentStatus missing'
  if (fields.fraudStatus !== undefined) raw += ` fraud=${fields.fraudStatus}`
  if (fields.phase !== undefined) raw += ` phase=${fields.phase}`
  if (fields.mdStatus !== undefined) raw += ` mdStatus=${fields.mdStatus}`
  return printable(raw)
}

/** `fraudStatus`: 1 approved, 0 still under review, -1 rejected. Anything else is no verdict. */
export function mapIyzicoFraudStatus(fraudStatus: number | undefined): FraudVerdict | undefined {
  switch (fraudStatus) {
    case 1:
      return 'approved'
    case 0:
      return 'review'
    case -1:
      return 'rejected'
    default:
      return undefined
  }
}

/** iyzico's bank-error `errorGroup` values (its published error table), sorted into the model's categories. */
const FAILURE_CATEGORY_BY_GROUP: Readonly<Record<string, FailureCategory>> = {
  NOT_SUFFICIENT_FUNDS: 'insufficient_funds',
  EXPIRED_CARD: 'expired',
  FRAUD_SUSPECT: 'fraud',
  LOST_CARD: 'fraud',
  STOLEN_CARD: 'fraud',
  DO_NOT_HONOUR: 'declined',
  INVALID_TRANSACTION: 'declined',
  INVALID_CVC2: 'declined',
  INVALID_CVC2_LENGTH: 'declined',
  INVALID_CARD_NUMBER: 'declined',
  NOT_PERMITTED_TO_CARDHOLDER: 'declined',
  NOT_PERMITTED_TO_TERMINAL: 'declined',
  NOT_PERMITTED_TO_INSTALLMENT: 'declined',
  RESTRICTED_BY_LAW: 'declined',
  RESTRICTED_CARD: 'declined',
  BLOCKED_CARD: 'declined',
  CARD_NOT_PERMITTED: 'declined',
  REFER_TO_CARD_ISSUER: 'declined',
  NO_SUCH_ISSUER: 'declined',
  BIN_NOT_FOUND: 'declined',
  INVALID_CAVV: 'authentication',
  INVALID_ECI: 'authentication',
  DEBIT_CARDS_REQUIRES_3DS: 'authentication',
  COMMUNICATION_OR_SYSTEM_ERROR: 'technical',
  REQUEST_TIMEOUT: 'technical',
  REQUIRES_DAY_END: 'technical',
  INVALID_MERCHANT_OR_SP: 'technical',
}

export function mapIyzicoFailureCategory(errorGroup: string | undefined): FailureCategory {
  return (errorGroup !== undefined && FAILURE_CATEGORY_BY_GROUP[errorGroup]) || 'other'
}

function failureOf(fields: IyzicoStatusFields, category: FailureCategory): Failure {
  const failure: Failure = { category }
  if (fields.errorCode !== undefined) failure.code = fields.errorCode
  if (fields.errorMessage !== undefined) failure.message = fields.errorMessage
  if (fields.errorGroup !== undefined) failure.group = fields.errorGroup
  return failure
}

function withFraud(mapping: IyzicoStatusMapping, fraud: FraudVerdict | undefined): IyzicoStatusMapping {
  // Not `{ ...mapping, fraud }`: docs/PERFORMANCE.md, "No leading spread on a hot path".
  return fraud === undefined ? mapping : Object.assign({}, mapping, { fraud })
}

const DO_NOT_SHIP = "do not ship until iyzico's panel confirms it."

const count = (some: number, all: number, noun: string) => `${some} of ${all} ${noun}${all === 1 ? '' : 's'}`

/**
 * The basket items against a payment iyzico calls approved (SUCCESS, fraudStatus 1). An item still in
 * fraud review (0) holds the whole payment in review; a rejected item (-1) contradicts the approval:
 * all of them rejected means nothing was kept (FAILED), some means the answer cannot be trusted
 * (UNKNOWN). A value iyzico does not document proves nothing. `undefined` when the items agree.
 */
function disagreeingItems(fields: IyzicoStatusFields, rawStatus: string): IyzicoStatusMapping | undefined {
  const items = fields.itemStatuses ?? []
  const undocumented = items.find(
    (status) => status !== undefined && status !== -1 && status !== 0 && status !== 1 && status !== 2,
  )
  if (undocumented !== undefined) {
    return {
      status: 'UNKNOWN',
      rawStatus,
      fraud: 'approved',
      explanation: `iyzico says SUCCESS with fraudStatus 1, but a basket item has transactionStatus ${undocumented}, which this version does not know, so approval of every item is not proven: ${DO_NOT_SHIP}`,
    }
  }
  const rejected = items.filter((status) => status === -1).length
  if (rejected > 0 && rejected === items.length) {
    return {
      status: 'FAILED',
      rawStatus,
      fraud: 'approved',
      failure: failureOf(fields, 'fraud'),
      explanation: `iyzico says SUCCESS with fraudStatus 1, but its fraud review rejected every basket item (transactionStatus -1): nothing was kept, do not ship.`,
    }
  }
  if (rejected > 0) {
    return {
      status: 'UNKNOWN',
      rawStatus,
      fraud: 'approved',
      explanation: `iyzico says SUCCESS with fraudStatus 1, but its fraud review rejected ${count(rejected, items.length, 'basket item')} (transactionStatus -1): the answer contradicts itself, so the payment is not proven; ${DO_NOT_SHIP}`,
    }
  }
  const inReview = items.filter((status) => status === 0).length
  if (inReview > 0) {
    return {
      status: 'UNDER_REVIEW',
      rawStatus,
      fraud: 'approved',
      explanation: `iyzico says SUCCESS with fraudStatus 1, but ${count(inReview, items.length, 'basket item')} ${inReview === 1 ? 'is' : 'are'} still in its fraud review (transactionStatus 0): wait for iyzico's decision before shipping.`,
    }
  }
  return undefined
}

function mapSuccess(fields: IyzicoStatusFields, rawStatus: string): IyzicoStatusMapping {
  const fraud = mapIyzicoFraudStatus(fields.fraudStatus)
  switch (fraud) {
    case 'rejected':
      return {
        status: 'FAILED',
        rawStatus,
        fraud,
        failure: failureOf(fields, 'fraud'),
        explanation:
          "iyzico's fraud check rejected this payment (fraudStatus -1): it will not be paid out, do not ship.",
      }
    case 'review':
      return {
        status: 'UNDER_REVIEW',
        rawStatus,
        fraud,
        explanation:
          "iyzico took the payment but its fraud check is still reviewing it (fraudStatus 0): wait for iyzico's decision before shipping.",
      }
    case 'approved': {
      const items = disagreeingItems(fields, rawStatus)
      if (items !== undefined) return items
      if (fields.phase === 'PRE_AUTH') {
        return {
          status: 'AUTHORIZED',
          rawStatus,
          fraud,
          explanation:
            'iyzico pre-authorised the payment and its fraud check approved it (fraudStatus 1, phase PRE_AUTH), but it is not captured: capture it (post-auth) before shipping.',
        }
      }
      if (fields.phase === 'AUTH' || fields.phase === 'POST_AUTH') {
        return {
          status: 'SUCCEEDED',
          rawStatus,
          fraud,
          explanation: `iyzico captured the payment and its fraud check approved it (paymentStatus SUCCESS, fraudStatus 1, phase ${fields.phase}).`,
        }
      }
      return {
        status: 'UNKNOWN',
        rawStatus,
        fraud,
        explanation: `iyzico says SUCCESS with fraudStatus 1 but the phase is ${
          fields.phase === undefined
            ? 'missing'
            : `"${printable(fields.phase)}", which this version does not know`
        }, so whether the money was captured is not proven: ${DO_NOT_SHIP}`,
      }
    }
    case undefined:
      return {
        status: 'UNKNOWN',
        rawStatus,
        explanation: `iyzico says SUCCESS but the fraud status is ${
          fields.fraudStatus === undefined
            ? 'missing'
            : `${fields.fraudStatus}, which this version does not know`
        }, so approval is not proven: ${DO_NOT_SHIP}`,
      }
    default:
      return assertNever(fraud)
  }
}

/**
 * CALLBACK_THREEDS: the bank sent the customer back, and the merchant's 3-D Secure auth call is
 * still to come. iyzico authorises that call only when `mdStatus` is 1, so a failed 3-D Secure step
 * means the payment cannot be taken (FAILED), and a value iyzico does not document proves nothing.
 */
function mapThreedsCallback(fields: IyzicoStatusFields, rawStatus: string): IyzicoStatusMapping {
  if (fields.mdStatus === undefined) {
    return {
      status: 'REQUIRES_ACTION',
      rawStatus,
      nextAction: 'merchant_complete_3ds',
      explanation:
        'The bank sent the customer back from 3-D Secure (CALLBACK_THREEDS), but the merchant has not completed the payment yet: call POST /payment/3dsecure/auth, which iyzico refuses unless 3-D Secure passed.',
    }
  }
  const verdict = mapIyzicoMdStatus(fields.mdStatus)
  switch (verdict.kind) {
    case 'passed':
      return {
        status: 'REQUIRES_ACTION',
        rawStatus,
        nextAction: 'merchant_complete_3ds',
        explanation:
          'The customer passed 3-D Secure (CALLBACK_THREEDS, mdStatus 1), but the merchant has not completed the payment yet: call POST /payment/3dsecure/auth to take it.',
      }
    case 'failed':
      return {
        status: 'FAILED',
        rawStatus,
        failure: {
          code: `mdStatus ${fields.mdStatus}`,
          message: verdict.meaning,
          category: 'authentication',
        },
        explanation: `3-D Secure did not pass (CALLBACK_THREEDS, mdStatus ${fields.mdStatus}: ${verdict.meaning}): iyzico will not authorise this payment, so it will not be paid; do not ship.`,
      }
    case 'undocumented':
      return {
        status: 'UNKNOWN',
        rawStatus,
        explanation: `iyzico reports CALLBACK_THREEDS with mdStatus "${printable(fields.mdStatus)}", which its documentation does not define, so whether 3-D Secure passed is unknown: treat it as not paid and check the iyzico panel.`,
      }
    default:
      return assertNever(verdict)
  }
}

/**
 * iyzico payment body → normalized status. Pure: the table in DESIGN.md, row by row. A new
 * `paymentStatus` fails to compile here (exhaustive switch) and reads `UNKNOWN` at runtime, never a
 * guessed approval.
 */
export function mapIyzicoPaymentStatus(fields: IyzicoStatusFields): IyzicoStatusMapping {
  const rawStatus = describeIyzicoRawStatus(fields)
  const paymentStatus = fields.paymentStatus
  if (paymentStatus === undefined || paymentStatus === null) {
    return withFraud(
      {
        status: 'UNKNOWN',
        rawStatus,
        explanation:
          'iyzico answered without a paymentStatus, so nothing proves the payment went through: treat it as not paid.',
      },
      mapIyzicoFraudStatus(fields.fraudStatus),
    )
  }
  if (!isIyzicoPaymentStatus(paymentStatus)) {
    return withFraud(
      {
        status: 'UNKNOWN',
        rawStatus,
        explanation: `iyzico answered paymentStatus "${printable(paymentStatus)}", which this version does not know: treat it as not paid and check the iyzico panel.`,
      },
      mapIyzicoFraudStatus(fields.fraudStatus),
    )
  }
  // Only an envelope that says exactly `success` can prove a payment: `failure`, or a word this
  // version does not know (`FAILURE`, `error`, ``), proves nothing whatever else the body carries.
  // Webhook payloads have no envelope (`status` absent) and are judged by paymentStatus alone.
  if (fields.status !== undefined && fields.status !== 'success' && paymentStatus !== 'FAILURE') {
    return withFraud(
      {
        status: 'UNKNOWN',
        rawStatus,
        ...(fields.status === 'failure' ? { failure: failureOf(fields, 'other') } : {}),
        explanation:
          fields.status === 'failure'
            ? `iyzico marked its answer as a failure${
                fields.errorCode === undefined ? '' : ` (error ${printable(fields.errorCode)})`
              } while paymentStatus reads ${paymentStatus}: nothing is proven, treat it as not paid.`
            : `iyzico's answer has status "${printable(fields.status)}" (neither success nor failure) while paymentStatus reads ${paymentStatus}: nothing is proven, treat it as not paid.`,
      },
      mapIyzicoFraudStatus(fields.fraudStatus),
    )
  }
  switch (paymentStatus) {
    case 'SUCCESS':
      return mapSuccess(fields, rawStatus)
    case 'FAILURE':
      return withFraud(
        {
          status: 'FAILED',
          rawStatus,
          failure: failureOf(
            fields,
            fields.fraudStatus === -1 ? 'fraud' : mapIyzicoFailureCategory(fields.errorGroup),
          ),
          explanation: `iyzico reports the payment failed${
            fields.errorMessage === undefined ? '' : ` ("${printable(fields.errorMessage)}")`
          }: it will not be paid.`,
        },
        mapIyzicoFraudStatus(fields.fraudStatus),
      )
    case 'INIT_THREEDS':
      return {
        status: 'REQUIRES_ACTION',
        rawStatus,
        nextAction: 'customer_3ds',
        explanation:
          "3-D Secure was started (INIT_THREEDS) and the customer has not finished the bank's verification step yet.",
      }
    case 'CALLBACK_THREEDS':
      return mapThreedsCallback(fields, rawStatus)
    case 'BKM_POS_SELECTED':
      return pending(
        rawStatus,
        'The customer chose a card in BKM Express (BKM_POS_SELECTED); the payment itself has not been made yet',
      )
    case 'CALLBACK_PECCO':
      return pending(
        rawStatus,
        'iyzico is waiting for the PeCCo callback (CALLBACK_PECCO); nothing has been decided yet',
      )
    case 'INIT_APM':
      return pending(
        rawStatus,
        'The customer started paying with an alternative payment method (INIT_APM); iyzico has not received the money yet',
      )
    case 'INIT_BANK_TRANSFER':
      return pending(
        rawStatus,
        'The customer chose to pay by bank transfer (INIT_BANK_TRANSFER); iyzico is waiting for the money to arrive',
      )
    case 'INIT_CREDIT':
      return pending(
        rawStatus,
        'The customer started a shopping-credit application (INIT_CREDIT); nothing has been paid yet',
      )
    case 'PENDING_CREDIT':
      return pending(
        rawStatus,
        "The customer's shopping-credit application is waiting for the lender's decision (PENDING_CREDIT); nothing has been paid yet",
      )
    case 'INIT_CONTACTLESS':
      return pending(
        rawStatus,
        'A contactless in-store payment was started (INIT_CONTACTLESS) and has not completed yet',
      )
    default:
      return assertNever(paymentStatus)
  }
}

/** A payment still under way: nothing is decided, there is nothing for the merchant to do but wait. */
function pending(rawStatus: string, explanation: string): IyzicoStatusMapping {
  return { status: 'PENDING', rawStatus, explanation: `${explanation}: do not ship.` }
}

/** Item `transactionStatus`: 0 review, -1 rejected, 1 awaiting the merchant's approval, 2 approved. */
export function mapIyzicoItemStatus(transactionStatus: number | undefined): PaymentItem['status'] {
  switch (transactionStatus) {
    case 0:
      return 'under_review'
    case -1:
      return 'rejected'
    case 1:
      return 'awaiting_approval'
    case 2:
      return 'approved'
    default:
      return 'unknown'
  }
}
