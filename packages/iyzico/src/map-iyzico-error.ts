import { DurumError, type DurumErrorCode } from '@durum/core'

/** The parts of an iyzico `status: "failure"` body that explain it. */
export interface IyzicoFailureFields {
  errorCode?: string | null | undefined
  errorMessage?: string | null | undefined
  errorGroup?: string | null | undefined
}

export interface IyzicoErrorContext {
  /** The endpoint, e.g. `iyzico.payment-detail`. */
  source: string
  /** What was asked, for the message: `paymentId 20885695`. */
  subject: string
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

function quoted(fields: IyzicoFailureFields): string {
  const code = fields.errorCode ? `error ${fields.errorCode}` : 'no error code'
  return fields.errorMessage ? `${code}: "${fields.errorMessage}"` : code
}

function messageFor(code: DurumErrorCode, fields: IyzicoFailureFields, context: IyzicoErrorContext): string {
  const said = quoted(fields)
  switch (code) {
    case 'authentication':
      return `iyzico rejected the credentials for ${context.subject} (${said}). Check the API key and secret key (IYZICO_API_KEY, IYZICO_SECRET_KEY) and that they belong to the environment called (sandbox or production).`
    case 'not_found':
      return `iyzico has no record for ${context.subject} (${said}). Check the id, and that it was created in the environment called (sandbox or production).`
    case 'validation':
      return `iyzico refused the query for ${context.subject} as invalid (${said}). Check the id's format; nothing was changed at iyzico.`
    case 'rate_limited':
      return `iyzico is rate-limiting requests (${said}) while asking about ${context.subject}. Slow down and retry later.`
    default:
      return `iyzico refused the query for ${context.subject} (${said}). The payment itself was not changed; retry later or contact iyzico support with this code.`
  }
}

/** An iyzico `status: "failure"` body without a payment in it → the typed query error. Pure. */
export function mapIyzicoError(fields: IyzicoFailureFields, context: IyzicoErrorContext): DurumError {
  const code = classifyIyzicoFailure(fields, context.status)
  return new DurumError({
    code,
    message: messageFor(code, fields, context),
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
