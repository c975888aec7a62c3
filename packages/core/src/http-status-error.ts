import { type CoreWhy, coreMessages } from './core-messages'
import { DurumError, type DurumErrorCode, type DurumErrorOptions } from './durum-error'
import { localizeReason } from './locale'
import { type Redactor, redactExcerpt } from './redact'
import { parseRetryAfterMs } from './retry-delay'

export interface HttpStatusErrorContext {
  provider: string
  source: string
  status: number
  headers: Headers
  text: string
  redactor: Redactor
}

/**
 * The generic error for a non-2xx response the provider's own error format did not explain:
 * 401/403 authentication, 404 not_found, 429 rate_limited (with `retryAfterMs`), 5xx provider
 * (retryable), anything else provider. Keeps a short redacted excerpt (an HTML error page, say).
 */
export function httpStatusError(context: HttpStatusErrorContext): DurumError {
  const { provider, source, status } = context
  const excerpt = context.text.trim() === '' ? undefined : redactExcerpt(context.text, context.redactor)
  const base = { provider, source, status, excerpt }
  const said = { provider, source, status }
  const error = (code: DurumErrorCode, why: CoreWhy, extra: Partial<DurumErrorOptions> = {}) =>
    new DurumError({
      ...base,
      ...extra,
      code,
      reason: why.reason,
      message: localizeReason(coreMessages, why),
    })
  if (status === 401 || status === 403) {
    return error('authentication', { reason: 'core.http_unauthorized', params: said })
  }
  if (status === 404) return error('not_found', { reason: 'core.http_not_found', params: said })
  if (status === 429) {
    const retryAfterMs = parseRetryAfterMs(context.headers.get('retry-after'))
    return error(
      'rate_limited',
      { reason: 'core.http_rate_limited', params: { ...said, retryAfterMs } },
      { retryAfterMs },
    )
  }
  if (status >= 500 && status <= 599) {
    return error('provider', { reason: 'core.http_server_error', params: said }, { retryable: true })
  }
  return error('provider', { reason: 'core.http_unexpected', params: said })
}
