import * as v from 'valibot'
import { DurumError } from './durum-error'
import { isTooDeep, JSON_DEPTH_MAX, parseJson } from './parse-json'
import { type Redactor, redactExcerpt } from './redact'

export interface ProviderBodyContext {
  provider: string
  source: string
  status: number
  redactor: Redactor
}

function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text)
}

/** The JSON step alone: a provider body → lossless JSON, or `response_format` with a redacted excerpt. */
export function parseJsonBody(text: string, context: ProviderBodyContext): unknown {
  try {
    return parseJson(text)
  } catch (error) {
    const what = isTooDeep(error)
      ? `JSON nested more than ${JSON_DEPTH_MAX} levels deep (no payment answer is)`
      : text.trim() === ''
        ? 'an empty body'
        : looksLikeHtml(text)
          ? 'an HTML page'
          : 'a body that is not JSON'
    throw new DurumError({
      code: 'response_format',
      provider: context.provider,
      source: context.source,
      status: context.status,
      excerpt: redactExcerpt(text, context.redactor),
      message: `${context.provider} answered ${context.source} (HTTP ${context.status}) with ${what}, so its payment state cannot be read. Try again later; if it persists, the provider's API may have changed.`,
      cause: error,
    })
  }
}

/**
 * `parseJson` + the provider's valibot schema. A body of another shape is `response_format`,
 * naming the path of the first issue, with a redacted excerpt: never a guessed status.
 */
export function parseProviderBody<TSchema extends v.GenericSchema>(
  schema: TSchema,
  text: string,
  context: ProviderBodyContext,
): v.InferOutput<TSchema> {
  const body = parseJsonBody(text, context)
  const result = v.safeParse(schema, body)
  if (result.success) return result.output
  const issue = result.issues[0]
  // The path's keys and the value quoted in the issue come from the body: redacted like it.
  const path = context.redactor.text(v.getDotPath(issue) ?? '(root)')
  throw new DurumError({
    code: 'response_format',
    provider: context.provider,
    source: context.source,
    status: context.status,
    excerpt: redactExcerpt(text, context.redactor),
    message: `${context.provider} answered ${context.source} (HTTP ${context.status}) with an unexpected shape at \`${path}\`: ${context.redactor.text(issue.message)}. durum does not guess; the provider's API may have changed.`,
  })
}
