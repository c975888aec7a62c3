import * as v from 'valibot'
import { coreMessages } from './core-messages'
import { DurumError } from './durum-error'
import { httpStatusError } from './http-status-error'
import { type LocalizedText, localizeReason } from './locale'
import { isTooDeep, JSON_DEPTH_MAX, parseJson } from './parse-json'
import { type Redactor, redactExcerpt } from './redact'
import type { TransportResponse } from './transport'

/** What a provider client knows about one answer, for the errors it may become. */
export interface ProviderAnswerContext {
  /** The provider's id in errors, e.g. `esnekpos`. */
  provider: string
  /** The provider's name in sentences, e.g. `EsnekPOS`. */
  providerLabel: string
  source: string
  /** What was asked about, in every locale: `order ORD-1` / `ORD-1 numaralı sipariş`. */
  subject: LocalizedText
  redactor: Redactor
}

export type ProviderAnswer = Pick<TransportResponse, 'status' | 'headers' | 'text'>

/**
 * The JSON step of a provider client: lossless JSON, or — for a body that is not JSON — the
 * `httpStatusError` of a non-2xx status, else `response_format` with a redacted excerpt whose message
 * ends with `hint`, what the merchant can do (e.g. `Retry; if it persists, ask EsnekPOS support.`).
 */
export function parseProviderAnswerJson(
  response: ProviderAnswer,
  context: ProviderAnswerContext & { hint: string | LocalizedText },
): unknown {
  try {
    return parseJson(response.text)
  } catch (cause) {
    const { provider, source, redactor } = context
    const { status } = response
    if (status < 200 || status >= 300) {
      throw httpStatusError({
        provider,
        source,
        status,
        headers: response.headers,
        text: response.text,
        redactor,
      })
    }
    const { providerLabel: label, subject } = context
    const hint = typeof context.hint === 'string' ? { en: context.hint, tr: context.hint } : context.hint
    const why = isTooDeep(cause)
      ? ({ reason: 'core.answer_too_deep', params: { label, subject, max: JSON_DEPTH_MAX, hint } } as const)
      : ({
          reason: 'core.answer_not_json',
          params: { label, subject, empty: response.text.trim() === '', hint },
        } as const)
    throw new DurumError({
      code: 'response_format',
      provider,
      source,
      status,
      reason: why.reason,
      message: localizeReason(coreMessages, why),
      excerpt: redactExcerpt(response.text, redactor),
      cause,
    })
  }
}

/**
 * A provider answer's JSON checked against its documented shape: the typed body, or `response_format`
 * naming the path of the first issue, with a redacted excerpt — never a guessed status.
 */
export function readProviderAnswer<T>(
  schema: v.GenericSchema<unknown, T>,
  json: unknown,
  response: Pick<TransportResponse, 'status' | 'text'>,
  context: ProviderAnswerContext,
): T {
  const result = v.safeParse(schema, json)
  if (result.success) return result.output
  const [issue] = result.issues
  // The path's keys and the value quoted in the issue come from the body: redacted like it.
  const { redactor } = context
  const path = redactor.text(v.getDotPath(issue) ?? '(the whole body)')
  const label = context.providerLabel
  throw new DurumError({
    code: 'response_format',
    provider: context.provider,
    source: context.source,
    status: response.status,
    reason: 'core.answer_shape',
    message: localizeReason(coreMessages, {
      reason: 'core.answer_shape',
      params: { label, subject: context.subject, path, issue: redactor.text(issue.message) },
    }),
    excerpt: redactExcerpt(response.text, redactor),
  })
}
