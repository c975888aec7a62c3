import { DurumError } from './durum-error'
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
  const answered = `${provider} answered HTTP ${status} to ${source}`
  if (status === 401 || status === 403) {
    return new DurumError({
      ...base,
      code: 'authentication',
      message: `${answered}: the credentials were refused. Check the API key and secret, and that they belong to this environment (sandbox or production).`,
    })
  }
  if (status === 404) {
    return new DurumError({
      ...base,
      code: 'not_found',
      message: `${answered}: not found. Check the id and the environment (sandbox or production).`,
    })
  }
  if (status === 429) {
    const retryAfterMs = parseRetryAfterMs(context.headers.get('retry-after'))
    return new DurumError({
      ...base,
      code: 'rate_limited',
      retryAfterMs,
      message: `${answered}: too many requests. Slow down${retryAfterMs === undefined ? '' : ` and retry after ${retryAfterMs} ms`}.`,
    })
  }
  if (status >= 500 && status <= 599) {
    return new DurumError({
      ...base,
      code: 'provider',
      retryable: true,
      message: `${answered}: the provider had a server error. The payment's state is unknown from this answer; try again later.`,
    })
  }
  return new DurumError({
    ...base,
    code: 'provider',
    message: `${answered}, which durum cannot interpret. The payment's state is unknown from this answer.`,
  })
}
