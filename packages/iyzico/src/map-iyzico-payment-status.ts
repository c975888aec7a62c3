import { DEFAULT_LOCALE, type Locale, printable, renderReason } from '@durum/core'
import type {
  Failure,
  FailureCategory,
  FraudVerdict,
  NextAction,
  PaymentItem,
  PaymentStatus,
} from '@durum/status-normalizer'
import { type IyzicoWhy, iyzicoMessages } from './iyzico-messages'
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
  /** The rule that fired: stable, the same in every locale. */
  reason: IyzicoWhy['reason']
  /** The rule that fired, as one sentence in the requested locale. */
  explanation: string
  nextAction?: NextAction
  failure?: Failure
  fraud?: FraudVerdict
}

/** A mapping before its sentence is written: the reason and what the sentence needs. */
type Draft = Omit<IyzicoStatusMapping, 'reason' | 'explanation'> & { why: IyzicoWhy }

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

function withFraud(mapping: Draft, fraud: FraudVerdict | undefined): Draft {
  // Not `{ ...mapping, fraud }`: docs/PERFORMANCE.md, "No leading spread on a hot path".
  return fraud === undefined ? mapping : Object.assign({}, mapping, { fraud })
}

/**
 * The basket items against a payment iyzico calls approved (SUCCESS, fraudStatus 1). An item still in
 * fraud review (0) holds the whole payment in review; a rejected item (-1) contradicts the approval:
 * all of them rejected means nothing was kept (FAILED), some means the answer cannot be trusted
 * (UNKNOWN). A value iyzico does not document proves nothing. `undefined` when the items agree.
 */
function disagreeingItems(fields: IyzicoStatusFields, rawStatus: string): Draft | undefined {
  const items = fields.itemStatuses ?? []
  const undocumented = items.find(
    (status) => status !== undefined && status !== -1 && status !== 0 && status !== 1 && status !== 2,
  )
  if (undocumented !== undefined) {
    return {
      status: 'UNKNOWN',
      rawStatus,
      fraud: 'approved',
      why: { reason: 'iyzico.item_status_undocumented', params: { status: undocumented } },
    }
  }
  const rejected = items.filter((status) => status === -1).length
  if (rejected > 0 && rejected === items.length) {
    return {
      status: 'FAILED',
      rawStatus,
      fraud: 'approved',
      failure: failureOf(fields, 'fraud'),
      why: { reason: 'iyzico.items_rejected' },
    }
  }
  if (rejected > 0) {
    return {
      status: 'UNKNOWN',
      rawStatus,
      fraud: 'approved',
      why: { reason: 'iyzico.items_partly_rejected', params: { some: rejected, all: items.length } },
    }
  }
  const inReview = items.filter((status) => status === 0).length
  if (inReview > 0) {
    return {
      status: 'UNDER_REVIEW',
      rawStatus,
      fraud: 'approved',
      why: { reason: 'iyzico.items_in_review', params: { some: inReview, all: items.length } },
    }
  }
  return undefined
}

function mapSuccess(fields: IyzicoStatusFields, rawStatus: string): Draft {
  const fraud = mapIyzicoFraudStatus(fields.fraudStatus)
  switch (fraud) {
    case 'rejected':
      return {
        status: 'FAILED',
        rawStatus,
        fraud,
        failure: failureOf(fields, 'fraud'),
        why: { reason: 'iyzico.fraud_rejected' },
      }
    case 'review':
      return {
        status: 'UNDER_REVIEW',
        rawStatus,
        fraud,
        why: { reason: 'iyzico.fraud_review' },
      }
    case 'approved': {
      const items = disagreeingItems(fields, rawStatus)
      if (items !== undefined) return items
      if (fields.phase === 'PRE_AUTH') {
        return {
          status: 'AUTHORIZED',
          rawStatus,
          fraud,
          why: { reason: 'iyzico.pre_authorized' },
        }
      }
      if (fields.phase === 'AUTH' || fields.phase === 'POST_AUTH') {
        return {
          status: 'SUCCEEDED',
          rawStatus,
          fraud,
          why: { reason: 'iyzico.captured', params: { phase: fields.phase } },
        }
      }
      return {
        status: 'UNKNOWN',
        rawStatus,
        fraud,
        why: {
          reason: 'iyzico.phase_unknown',
          params: { phase: fields.phase === undefined ? undefined : printable(fields.phase) },
        },
      }
    }
    case undefined:
      return {
        status: 'UNKNOWN',
        rawStatus,
        why: { reason: 'iyzico.fraud_status_unknown', params: { fraudStatus: fields.fraudStatus } },
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
function mapThreedsCallback(fields: IyzicoStatusFields, rawStatus: string, locale: Locale): Draft {
  if (fields.mdStatus === undefined) {
    return {
      status: 'REQUIRES_ACTION',
      rawStatus,
      nextAction: 'merchant_complete_3ds',
      why: { reason: 'iyzico.threeds_awaiting_auth' },
    }
  }
  const verdict = mapIyzicoMdStatus(fields.mdStatus)
  switch (verdict.kind) {
    case 'passed':
      return {
        status: 'REQUIRES_ACTION',
        rawStatus,
        nextAction: 'merchant_complete_3ds',
        why: { reason: 'iyzico.threeds_passed' },
      }
    case 'failed':
      return {
        status: 'FAILED',
        rawStatus,
        failure: {
          code: `mdStatus ${fields.mdStatus}`,
          message: verdict.meaning[locale],
          category: 'authentication',
        },
        why: {
          reason: 'iyzico.threeds_failed',
          params: { mdStatus: fields.mdStatus, meaning: verdict.meaning },
        },
      }
    case 'undocumented':
      return {
        status: 'UNKNOWN',
        rawStatus,
        why: { reason: 'iyzico.md_status_undocumented', params: { mdStatus: printable(fields.mdStatus) } },
      }
    default:
      return assertNever(verdict)
  }
}

/**
 * iyzico payment body → normalized status, its reason, and the rule in `locale`. Pure: the table in
 * DESIGN.md, row by row. A new `paymentStatus` fails to compile here (exhaustive switch) and reads
 * `UNKNOWN` at runtime, never a guessed approval.
 */
export function mapIyzicoPaymentStatus(
  fields: IyzicoStatusFields,
  locale: Locale = DEFAULT_LOCALE,
): IyzicoStatusMapping {
  const draft = draftIyzicoPaymentStatus(fields, locale)
  const mapping: IyzicoStatusMapping = {
    status: draft.status,
    rawStatus: draft.rawStatus,
    reason: draft.why.reason,
    explanation: renderReason(iyzicoMessages, draft.why, locale),
  }
  if (draft.nextAction !== undefined) mapping.nextAction = draft.nextAction
  if (draft.failure !== undefined) mapping.failure = draft.failure
  if (draft.fraud !== undefined) mapping.fraud = draft.fraud
  return mapping
}

function draftIyzicoPaymentStatus(fields: IyzicoStatusFields, locale: Locale): Draft {
  const rawStatus = describeIyzicoRawStatus(fields)
  const paymentStatus = fields.paymentStatus
  if (paymentStatus === undefined || paymentStatus === null) {
    return withFraud(
      {
        status: 'UNKNOWN',
        rawStatus,
        why: { reason: 'iyzico.payment_status_missing' },
      },
      mapIyzicoFraudStatus(fields.fraudStatus),
    )
  }
  if (!isIyzicoPaymentStatus(paymentStatus)) {
    return withFraud(
      {
        status: 'UNKNOWN',
        rawStatus,
        why: { reason: 'iyzico.payment_status_unknown', params: { paymentStatus: printable(paymentStatus) } },
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
        why:
          fields.status === 'failure'
            ? {
                reason: 'iyzico.answer_failure',
                params: {
                  errorCode: fields.errorCode === undefined ? undefined : printable(fields.errorCode),
                  paymentStatus,
                },
              }
            : {
                reason: 'iyzico.answer_status_unknown',
                params: { status: printable(fields.status), paymentStatus },
              },
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
          why: {
            reason: 'iyzico.failed',
            params: {
              errorMessage: fields.errorMessage === undefined ? undefined : printable(fields.errorMessage),
            },
          },
        },
        mapIyzicoFraudStatus(fields.fraudStatus),
      )
    case 'INIT_THREEDS':
      return {
        status: 'REQUIRES_ACTION',
        rawStatus,
        nextAction: 'customer_3ds',
        why: { reason: 'iyzico.threeds_started' },
      }
    case 'CALLBACK_THREEDS':
      return mapThreedsCallback(fields, rawStatus, locale)
    case 'BKM_POS_SELECTED':
      return pending(rawStatus, 'iyzico.bkm_pos_selected')
    case 'CALLBACK_PECCO':
      return pending(rawStatus, 'iyzico.callback_pecco')
    case 'INIT_APM':
      return pending(rawStatus, 'iyzico.init_apm')
    case 'INIT_BANK_TRANSFER':
      return pending(rawStatus, 'iyzico.init_bank_transfer')
    case 'INIT_CREDIT':
      return pending(rawStatus, 'iyzico.init_credit')
    case 'PENDING_CREDIT':
      return pending(rawStatus, 'iyzico.pending_credit')
    case 'INIT_CONTACTLESS':
      return pending(rawStatus, 'iyzico.init_contactless')
    default:
      return assertNever(paymentStatus)
  }
}

/** A payment still under way: nothing is decided, there is nothing for the merchant to do but wait. */
function pending(
  rawStatus: string,
  reason:
    | 'iyzico.bkm_pos_selected'
    | 'iyzico.callback_pecco'
    | 'iyzico.init_apm'
    | 'iyzico.init_bank_transfer'
    | 'iyzico.init_credit'
    | 'iyzico.pending_credit'
    | 'iyzico.init_contactless',
): Draft {
  return { status: 'PENDING', rawStatus, why: { reason } }
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
