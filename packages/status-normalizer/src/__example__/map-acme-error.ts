import {
  type AnswerContext,
  DurumError,
  type DurumErrorCode,
  localizeReason,
  type ReasonOf,
} from '@durum/core'
import * as v from 'valibot'
import { acmeMessages } from './acme-messages'
import { AcmeErrorBodySchema } from './acme-schemas'

const ACME_ERROR_CODES = ['invalid_api_key', 'not_found'] as const
type AcmeErrorCode = (typeof ACME_ERROR_CODES)[number]

/**
 * Pure, the envelope check: acme's refusal body → the `DurumError` it stands for, its message in every
 * locale (the engine shows the caller's). A body that is not one of acme's documented refusals gives
 * `undefined`, and the kit's HTTP-status errors judge it (a 429 keeps its `Retry-After`, a 5xx stays
 * retryable).
 */
export function mapAcmeError(json: unknown, answer: AnswerContext): DurumError | undefined {
  const parsed = v.safeParse(AcmeErrorBodySchema, json)
  if (!parsed.success || !isKnown(parsed.output.error)) return undefined
  const { error, message } = parsed.output
  switch (error) {
    case 'invalid_api_key':
      return refusal(answer, error, message, 'authentication', { reason: 'acme.invalid_api_key' })
    case 'not_found':
      return refusal(answer, error, message, 'not_found', {
        reason: 'acme.not_found',
        params: { subject: answer.subject },
      })
    default: {
      const unhandled: never = error
      return unhandled
    }
  }
}

function refusal(
  answer: AnswerContext,
  providerCode: AcmeErrorCode,
  providerMessage: string | undefined,
  code: DurumErrorCode,
  why: ReasonOf<typeof acmeMessages>,
): DurumError {
  return new DurumError({
    code,
    reason: why.reason,
    message: localizeReason(acmeMessages, why),
    provider: 'acme',
    source: answer.source,
    status: answer.status,
    providerCode,
    providerMessage,
  })
}

function isKnown(code: string): code is AcmeErrorCode {
  return (ACME_ERROR_CODES as readonly string[]).includes(code)
}
