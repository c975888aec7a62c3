import { coreMessages } from './core-messages'
import { DurumError } from './durum-error'
import { type ExchangeResponse, timedOut } from './exchange'
import { localizeReason } from './locale'
import { backoffDelayMs, parseRetryAfterMs } from './retry-delay'
import { resolveRetryOptions } from './retry-options'
import type { TransportOptions, TransportRequest } from './transport'
import { TIMEOUT_MAX_MS } from './wait-bounds'

const DEFAULT_MAX_RESPONSE_BYTES = 2 * 1024 * 1024

/** Fails at setup, with a clear sentence, rather than as a retried "network error" on the first request. */
function assertBaseUrl(baseUrl: string): void {
  if (!URL.canParse(baseUrl)) throw new TypeError(`baseUrl must be an absolute URL, got "${baseUrl}".`)
}

function headersRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {}
  for (const [name, value] of headers) record[name] = value
  return record
}

function networkDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  // fetch puts the system error in `cause`; node:http throws it directly.
  const cause = error.cause as { code?: unknown } | undefined
  if (typeof cause?.code === 'string') return cause.code
  const { code } = error as { code?: unknown }
  return typeof code === 'string' ? code : error.message
}

/**
 * The retry and timeout policy of a transport, the same over `fetch` and over `node:http`: what is
 * retried, how long each wait is, which `Retry-After` is refused, the per-attempt headers and hooks,
 * and the errors. `loopTransport` runs the attempts and asks it every question.
 */
export type TransportPolicy = ReturnType<typeof createTransportPolicy>

export function createTransportPolicy(options: TransportOptions) {
  const { provider, redactor, onRequest, onResponse } = options
  const timeout = options.timeout ?? 10_000
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > TIMEOUT_MAX_MS) {
    throw new RangeError(
      `timeout must be a positive number of milliseconds, at most ${TIMEOUT_MAX_MS} (5 minutes), got ${timeout}.`,
    )
  }
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes <= 0) {
    throw new RangeError(
      `maxResponseBytes must be a positive whole number of bytes, got ${maxResponseBytes}.`,
    )
  }
  const retry = resolveRetryOptions(options.retry)
  assertBaseUrl(options.baseUrl)
  const base = options.baseUrl.replace(/\/+$/, '')

  function notify<Event>(hook: ((event: Event) => void) | undefined, build: () => Event): void {
    if (hook === undefined) return
    try {
      hook(build())
    } catch {
      // A failing logger must not turn a known payment status into an error.
    }
  }

  /**
   * A provider's `Retry-After` longer than we wait (`bound`: than what), its `rate_limited`
   * instead of a sleep.
   */
  function waitRefused(
    request: TransportRequest,
    status: number,
    retryAfterMs: number,
    bound: { kind: 'durum' | 'caller'; ms: number },
  ): DurumError {
    return new DurumError({
      code: 'rate_limited',
      provider,
      source: request.source,
      status,
      retryAfterMs,
      reason: 'core.retry_after_too_long',
      message: localizeReason(coreMessages, {
        reason: 'core.retry_after_too_long',
        params: { provider, source: request.source, status, retryAfterMs, bound },
      }),
    })
  }

  return {
    provider,
    timeout,
    maxResponseBytes,

    /** `base` without its trailing slashes, `path` with or without a leading one. */
    url(path: string): string {
      let start = 0
      while (path.charCodeAt(start) === 0x2f) start++
      return `${base}/${start === 0 ? path : path.slice(start)}`
    },

    /** GETs always may be retried, POSTs only when they only read. */
    attempts(request: TransportRequest): number {
      return request.method === 'GET' || request.readOnly === true ? retry.limit + 1 : 1
    },

    /** The headers of one attempt (signed afresh by the provider), told to `onRequest` redacted. */
    async headers(request: TransportRequest, url: string, attempt: number): Promise<Record<string, string>> {
      const own = typeof request.headers === 'function' ? await request.headers(attempt) : request.headers
      // Not `{ ...options.headers, ...own }`: docs/PERFORMANCE.md, "No leading spread on a hot path".
      const headers: Record<string, string> = Object.assign({}, options.headers, own)
      notify(onRequest, () => ({
        provider,
        source: request.source,
        method: request.method,
        url: redactor.text(url),
        attempt,
        headers: redactor.value(headersRecord(new Headers(headers))),
        body: request.body === undefined ? undefined : redactor.text(request.body),
      }))
      return headers
    },

    /** Tells `onResponse`, redacted, what one attempt got back. */
    answered(
      request: TransportRequest,
      url: string,
      attempt: number,
      started: number,
      response: ExchangeResponse,
    ): void {
      notify(onResponse, () => ({
        provider,
        source: request.source,
        method: request.method,
        url: redactor.text(url),
        attempt,
        status: response.status,
        durationMs: Math.round(performance.now() - started),
        headers: redactor.value(headersRecord(response.headers)),
        body: redactor.text(response.text),
      }))
    },

    /** `performance.now()`, only when `onResponse` will want a duration. */
    startClock(): number {
      return onResponse === undefined ? 0 : performance.now()
    },

    /** Whether an answer with this status is asked again: a 429 or 5xx, with an attempt left. */
    retriesStatus(status: number, attempt: number, attempts: number): boolean {
      return (status === 429 || (status >= 500 && status <= 599)) && attempt < attempts
    },

    /**
     * How long to wait before asking again after a 429 or 5xx: its `Retry-After`, else the backoff.
     * Throws `rate_limited` for a `Retry-After` past `maxRetryAfterMs` or past the caller's deadline.
     */
    waitAfterStatus(request: TransportRequest, response: ExchangeResponse, attempt: number): number {
      const retryAfter = parseRetryAfterMs(response.headers.get('retry-after'))
      if (retryAfter === undefined) return backoffDelayMs(attempt, retry)
      if (retryAfter > retry.maxRetryAfterMs) {
        throw waitRefused(request, response.status, retryAfter, { kind: 'durum', ms: retry.maxRetryAfterMs })
      }
      const remaining = request.deadline === undefined ? undefined : request.deadline - Date.now()
      if (remaining !== undefined && retryAfter > remaining) {
        const left = { kind: 'caller', ms: Math.max(0, Math.round(remaining)) } as const
        throw waitRefused(request, response.status, retryAfter, left)
      }
      return retryAfter
    },

    /** The wait after a network error or a timeout. */
    waitAfterFailure(attempt: number): number {
      return backoffDelayMs(attempt, retry)
    },

    cancelled(request: TransportRequest): DurumError {
      return new DurumError({
        code: 'transport',
        provider,
        source: request.source,
        retryable: false,
        reason: 'core.request_cancelled',
        message: localizeReason(coreMessages, {
          reason: 'core.request_cancelled',
          params: { provider, source: request.source },
        }),
        cause: request.signal?.reason,
      })
    },

    /** A network error, or `timedOut`, on the last attempt. */
    failed(request: TransportRequest, error: unknown, attempt: number, attempts: number): DurumError {
      const where = { provider, source: request.source, attempt, attempts }
      if (error === timedOut) {
        return new DurumError({
          code: 'transport',
          provider,
          source: request.source,
          reason: 'core.timeout',
          message: localizeReason(coreMessages, { reason: 'core.timeout', params: { ...where, timeout } }),
        })
      }
      return new DurumError({
        code: 'transport',
        provider,
        source: request.source,
        reason: 'core.unreachable',
        message: localizeReason(coreMessages, {
          reason: 'core.unreachable',
          params: { ...where, detail: redactor.text(networkDetail(error)) },
        }),
        cause: redactor.value(error),
      })
    },
  }
}
