import { DurumError, type DurumErrorCode, type LocalizedText, localizeReason } from '@durum/core'
import { type IyzicoWhy, iyzicoMessages } from './iyzico-messages'

/** The parts of an iyzico `status: "failure"` body that explain it. */
export interface IyzicoFailureFields {
  errorCode?: string | null | undefined
  errorMessage?: string | null | undefined
  errorGroup?: string | null | undefined
}

export interface IyzicoErrorContext {
  /** The endpoint, e.g. `iyzico.payment-detail`. */
  source: string
  /** What was asked, for the message, in every locale: `paymentId 20885695`. */
  subject: LocalizedText
  /** HTTP status of the answer. */
  status?: number | undefined
  /** From a `Retry-After` header, when there was one. */
  retryAfterMs?: number | undefined
}

const AUTHENTICATION_CODES = new Set(['1000', '1001'])
/** 5087 payment record, 5124 checkout-form token, 260016 session token; other codes by their words, below. */
const NOT_FOUND_CODES = new Set(['5087', '5124', '260016'])
/** 11 invalid request, 5002 and 5132 a required field missing. */
const VALIDATION_CODES = new Set(['11', '5002', '5132'])

const NOT_FOUND_WORDS = /bulunamad|not found|no record/i
const RATE_LIMIT_WORDS = /rate limit|too many requests|çok fazla istek|istek limit/i

/** Which kind of error an iyzico failure body is. Pure. */
export function classifyIyzicoFailure(fields: IyzicoFailureFields, httpStatus?: number): DurumErrorCode {
  const code = fields.errorCode ?? ''
  const message = fields.errorMessage ?? ''
  if (AUTHENTICATION_CODES.has(code)) return 'authentication'
  // iyzico documents no rate-limit code: HTTP 429 or the words decide.
  if (httpStatus === 429 || RATE_LIMIT_WORDS.test(message)) return 'rate_limited'
  if (NOT_FOUND_CODES.has(code)) return 'not_found'
  if (VALIDATION_CODES.has(code)) return 'validation'
  if (NOT_FOUND_WORDS.test(message)) return 'not_found'
  if (httpStatus === 401 || httpStatus === 403) return 'authentication'
  return 'provider'
}

/** The catalog reason of each query error iyzico reports; anything else is a refusal. */
const REASON_BY_CODE = {
  authentication: 'iyzico.authentication',
  not_found: 'iyzico.not_found',
  validation: 'iyzico.invalid_query',
  rate_limited: 'iyzico.rate_limited',
} as const satisfies Partial<Record<DurumErrorCode, IyzicoWhy['reason']>>

function reasonFor(
  code: DurumErrorCode,
  fields: IyzicoFailureFields,
  context: IyzicoErrorContext,
): IyzicoWhy {
  const params = {
    subject: context.subject,
    errorCode: fields.errorCode ?? undefined,
    errorMessage: fields.errorMessage ?? undefined,
  }
  const reason = Object.hasOwn(REASON_BY_CODE, code)
    ? REASON_BY_CODE[code as keyof typeof REASON_BY_CODE]
    : 'iyzico.refused'
  return { reason, params }
}

/**
 * An iyzico `status: "failure"` body without a payment in it → the typed query error, its message in
 * every locale (the engine shows the caller's). Pure.
 */
export function mapIyzicoError(fields: IyzicoFailureFields, context: IyzicoErrorContext): DurumError {
  const code = classifyIyzicoFailure(fields, context.status)
  const why = reasonFor(code, fields, context)
  return new DurumError({
    code,
    reason: why.reason,
    message: localizeReason(iyzicoMessages, why),
    provider: 'iyzico',
    source: context.source,
    status: context.status,
    providerCode: fields.errorCode ?? undefined,
    providerMessage: fields.errorMessage ?? undefined,
    retryAfterMs: code === 'rate_limited' ? context.retryAfterMs : undefined,
    // An iyzico 5xx answered with a failure body may pass; a refusal will not change by asking again.
    retryable: code === 'rate_limited' || (code === 'provider' && (context.status ?? 0) >= 500),
  })
}
