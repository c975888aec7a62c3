import { type AnswerContext, DurumError, type DurumErrorCode } from '@durum/core'
import * as v from 'valibot'
import { AcmeErrorBodySchema } from './acme-schemas'

const ACME_ERROR_CODES = ['invalid_api_key', 'not_found'] as const
type AcmeErrorCode = (typeof ACME_ERROR_CODES)[number]

/**
 * Pure, the envelope check: acme's refusal body → the `DurumError` it stands for. A body that is not
 * one of acme's documented refusals gives `undefined`, and the kit's HTTP-status errors judge it (a
 * 429 keeps its `Retry-After`, a 5xx stays retryable).
 */
export function mapAcmeError(json: unknown, answer: AnswerContext): DurumError | undefined {
  const parsed = v.safeParse(AcmeErrorBodySchema, json)
  if (!parsed.success || !isKnown(parsed.output.error)) return undefined
  const { error, message } = parsed.output
  switch (error) {
    case 'invalid_api_key':
      return refusal(answer, error, message, 'authentication', 'acme refused the API key: check apiKey.')
    case 'not_found':
      return refusal(
        answer,
        error,
        message,
        'not_found',
        `acme has no ${answer.subject}: check the id, and that it belongs to this account.`,
      )
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
  message: string,
): DurumError {
  return new DurumError({
    code,
    message,
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
