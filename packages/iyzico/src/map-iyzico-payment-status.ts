import type {
  Failure,
  FailureCategory,
  FraudVerdict,
  NextAction,
  PaymentItem,
  PaymentStatus,
} from '@durum/status-normalizer'

/** Every `paymentStatus` iyzico documents for `/payment/detail` and the checkout-form result. */
export const IYZICO_PAYMENT_STATUSES = [
  'SUCCESS',
  'FAILURE',
  'INIT_THREEDS',
  'CALLBACK_THREEDS',
  'BKM_POS_SELECTED',
  'CALLBACK_PECCO',
] as const
export type IyzicoPaymentStatus = (typeof IYZICO_PAYMENT_STATUSES)[number]

/** The fields of an iyzico payment body the status depends on. */
export interface IyzicoStatusFields {
  /** The envelope's `status`: `success` or `failure`. */
  status?: string | undefined
  paymentStatus?: string | null | undefined
  fraudStatus?: number | undefined
  phase?: string | undefined
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

export function describeIyzicoRawStatus(fields: IyzicoStatusFields): string {
  let raw = fields.paymentStatus ?? 'paymentStatus missing'
  if (fields.fraudStatus !== undefined) raw += ` fraud=${fields.fraudStatus}`
  if (fields.phase !== undefined) raw += ` phase=${fields.phase}`
  return raw
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
  // Not `{ ...mapping, fraud }`: on Node 20 a spread followed by a new key makes a new hidden class per call.
  return fraud === undefined ? mapping : Object.assign({}, mapping, { fraud })
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
    case 'approved':
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
          fields.phase === undefined ? 'missing' : `"${fields.phase}", which this version does not know`
        }, so whether the money was captured is not proven: do not ship until iyzico's panel confirms it.`,
      }
    case undefined:
      return {
        status: 'UNKNOWN',
        rawStatus,
        explanation: `iyzico says SUCCESS but the fraud status is ${
          fields.fraudStatus === undefined
            ? 'missing'
            : `${fields.fraudStatus}, which this version does not know`
        }, so approval is not proven: do not ship until iyzico's panel confirms it.`,
      }
    default:
      return assertNever(fraud)
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
        explanation: `iyzico answered paymentStatus "${paymentStatus}", which this version does not know: treat it as not paid and check the iyzico panel.`,
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
                fields.errorCode === undefined ? '' : ` (error ${fields.errorCode})`
              } while paymentStatus reads ${paymentStatus}: nothing is proven, treat it as not paid.`
            : `iyzico's answer has status "${fields.status}" (neither success nor failure) while paymentStatus reads ${paymentStatus}: nothing is proven, treat it as not paid.`,
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
            fields.errorMessage === undefined ? '' : ` ("${fields.errorMessage}")`
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
      return {
        status: 'REQUIRES_ACTION',
        rawStatus,
        nextAction: 'merchant_complete_3ds',
        explanation:
          'The customer passed 3-D Secure and the bank called back (CALLBACK_THREEDS), but the merchant has not completed the payment yet (POST /payment/3dsecure/auth).',
      }
    case 'BKM_POS_SELECTED':
      return {
        status: 'PENDING',
        rawStatus,
        explanation:
          'The customer chose a card in BKM Express (BKM_POS_SELECTED); the payment itself has not been made yet.',
      }
    case 'CALLBACK_PECCO':
      return {
        status: 'PENDING',
        rawStatus,
        explanation:
          'iyzico is waiting for the PeCCo callback (CALLBACK_PECCO); nothing has been decided yet.',
      }
    default:
      return assertNever(paymentStatus)
  }
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
