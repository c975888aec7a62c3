import { DurumError, type DurumErrorCode, type LocalizedText, localizeReason, printable } from '@durum/core'
import { type EsnekposWhy, esnekposMessages } from './esnekpos-messages'

/** The parts of an EsnekPOS answer with `RETURN_CODE` ≠ `"0"` that explain it. */
export interface EsnekposFailureFields {
  returnCode: string
  /** Already redacted by the caller. */
  returnMessage?: string | undefined
  /** EsnekPOS's name for the code, e.g. `AUTHENTICATION_ERROR`. */
  status?: string | undefined
}

export interface EsnekposErrorContext {
  /** The endpoint, e.g. `esnekpos.send-payment-request-query`. */
  source: string
  /** What was asked, for the message, in every locale: `payment request 2482` / `2482 numaralı ödeme isteği`. */
  subject: LocalizedText
  /** The query field that carried the id, named by a `validation` error. */
  field: string
  /** HTTP status of the answer. */
  status?: number | undefined
}

/** Which kind of error a RETURN_CODE is (codes from EsnekPOS's error table). Pure. */
export function classifyEsnekposFailure(returnCode: string): DurumErrorCode {
  switch (returnCode) {
    case '102':
      return 'authentication'
    case '400':
      return 'not_found'
    case '101':
      return 'validation'
    default:
      return 'provider'
  }
}

/** `RETURN_CODE 100 ERROR: "51-Limit Yetersiz"`: what EsnekPOS answered, for a sentence. */
export function esnekposAnswerText(fields: EsnekposFailureFields): string {
  const name = fields.status ? ` ${printable(fields.status)}` : ''
  const message = fields.returnMessage ? `: "${printable(fields.returnMessage)}"` : ''
  return `RETURN_CODE ${printable(fields.returnCode)}${name}${message}`
}

/** The catalog reason of each query error EsnekPOS reports; anything else is a refusal. */
const REASON_BY_CODE = {
  authentication: 'esnekpos.authentication',
  not_found: 'esnekpos.not_found',
  validation: 'esnekpos.invalid_query',
} as const satisfies Partial<Record<DurumErrorCode, EsnekposWhy['reason']>>

function reasonFor(
  code: DurumErrorCode,
  fields: EsnekposFailureFields,
  context: EsnekposErrorContext,
): EsnekposWhy {
  const params = { subject: context.subject, answered: esnekposAnswerText(fields) }
  const reason = Object.hasOwn(REASON_BY_CODE, code)
    ? REASON_BY_CODE[code as keyof typeof REASON_BY_CODE]
    : 'esnekpos.refused'
  return { reason, params }
}

/**
 * An EsnekPOS answer with `RETURN_CODE` ≠ `"0"` → the typed query error, its message in every locale
 * (the engine shows the caller's). Pure.
 */
export function mapEsnekposError(fields: EsnekposFailureFields, context: EsnekposErrorContext): DurumError {
  const code = classifyEsnekposFailure(fields.returnCode)
  const why = reasonFor(code, fields, context)
  return new DurumError({
    code,
    reason: why.reason,
    message: localizeReason(esnekposMessages, why),
    provider: 'esnekpos',
    source: context.source,
    status: context.status,
    providerCode: fields.returnCode,
    providerMessage: fields.returnMessage,
    field: code === 'validation' ? context.field : undefined,
    // A refusal does not change by asking again; a server error behind it might.
    retryable: code === 'provider' && (context.status ?? 0) >= 500,
  })
}
