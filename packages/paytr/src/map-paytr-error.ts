import { DurumError, type DurumErrorCode, type LocalizedText, localizeReason } from '@durum/core'
import { PAYTR_MESSAGES } from './paytr-messages'

/** What a PayTR refusal (`status: "error"`, any `err_no` but `004`) says. `errMsg` already redacted. */
export interface PaytrRefusalFields {
  errNo?: string | undefined
  errMsg?: string | undefined
}

export interface PaytrErrorContext {
  /** The endpoint, e.g. `paytr.durum-sorgu`. */
  source: string
  /** What was asked, for the message, in every locale: `merchant_oid "ORD-1"`. */
  subject: LocalizedText
  /** HTTP status of the answer. */
  status?: number | undefined
}

type RefusalReason =
  | 'paytr.invalid_request'
  | 'paytr.invalid_merchant_oid'
  | 'paytr.authentication'
  | 'paytr.query_refused'

interface RefusalKind {
  code: DurumErrorCode
  reason: RefusalReason
  /** The option or query field at fault, for a `validation` error. */
  field?: string
}

/**
 * The status query's error numbers (dev.paytr.com/hata-kodlari). Only this endpoint's: the refund API
 * numbers the same errors differently (004 is its bad token). Pure.
 */
export function classifyPaytrRefusal(errNo: string | undefined): RefusalKind {
  switch (errNo) {
    case '001':
      return { code: 'validation', reason: 'paytr.invalid_request', field: 'merchantId' }
    case '002':
      return { code: 'validation', reason: 'paytr.invalid_merchant_oid', field: 'merchantOid' }
    case '003':
      return { code: 'authentication', reason: 'paytr.authentication' }
    default:
      return { code: 'provider', reason: 'paytr.query_refused' }
  }
}

/** A refused status query → the typed error, its message in every locale. Pure. */
export function mapPaytrError(fields: PaytrRefusalFields, context: PaytrErrorContext): DurumError {
  const kind = classifyPaytrRefusal(fields.errNo)
  return new DurumError({
    code: kind.code,
    reason: kind.reason,
    message: localizeReason(PAYTR_MESSAGES, {
      reason: kind.reason,
      params: { subject: context.subject, errNo: fields.errNo, errMsg: fields.errMsg },
    }),
    provider: 'paytr',
    source: context.source,
    status: context.status,
    providerCode: fields.errNo,
    providerMessage: fields.errMsg,
    field: kind.field,
    // A refusal does not change by asking again; a server error behind it might.
    retryable: kind.code === 'provider' && (context.status ?? 0) >= 500,
  })
}
