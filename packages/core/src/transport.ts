import { createFetchExchange } from './fetch-exchange'
import type { Redactor } from './redact'
import type { RetryOptions } from './retry-options'
import { loopTransport } from './transport-loop'
import { createTransportPolicy } from './transport-policy'

/** What `onRequest` sees before each attempt. Headers and body are redacted. */
export interface RequestEvent {
  provider: string
  source: string
  method: 'GET' | 'POST'
  url: string
  /** 1 for the first try, 2 for the first retry… */
  attempt: number
  headers: Record<string, string>
  body: string | undefined
}

/** What `onResponse` sees after each attempt that got an answer. Response headers and body are redacted. */
export interface ResponseEvent {
  provider: string
  source: string
  method: 'GET' | 'POST'
  url: string
  attempt: number
  status: number
  durationMs: number
  headers: Record<string, string>
  body: string
}

export interface TransportOptions {
  /** Provider name used in errors and events, e.g. `iyzico`. */
  provider: string
  baseUrl: string
  /** A fetch-compatible function (a simulator, a proxy…). Defaults to the global `fetch`. */
  fetch?: typeof fetch
  /** Milliseconds per attempt, body included, at most `TIMEOUT_MAX_MS` (5 minutes). Default 10000. */
  timeout?: number
  /** Default `{ limit: 2 }`; `false` or `0` for a single attempt. */
  retry?: number | RetryOptions | false
  redactor: Redactor
  /** Called before every attempt with redacted data. Errors thrown by hooks are ignored: logging never changes a result. */
  onRequest?: (event: RequestEvent) => void
  /** Called after every attempt that got a response, with redacted data. */
  onResponse?: (event: ResponseEvent) => void
  /** Headers sent with every request (a request's own headers win). */
  headers?: Record<string, string>
  /**
   * Most body bytes read from one answer, default 2 MiB. Past it the read stops (the rest is never
   * buffered) and the request fails with `response_format`.
   */
  maxResponseBytes?: number
}

export interface TransportRequest {
  method: 'GET' | 'POST'
  /** Appended to `baseUrl`; may carry a query string. */
  path: string
  /** The exact bytes sent. */
  body?: string
  /** Per attempt, so a provider can sign each attempt afresh (iyzico's random key). */
  headers?:
    | Record<string, string>
    | ((attempt: number) => Record<string, string> | Promise<Record<string, string>>)
  /** A POST that only reads (a status query) and so may be retried. GETs are always retried. */
  readOnly?: boolean
  /** The endpoint, e.g. `iyzico.payment-detail`. */
  source: string
  signal?: AbortSignal
  /**
   * When the caller needs the answer by, in `Date.now()` milliseconds (a poll's end, say). A
   * `Retry-After` ending past it is not waited out: the request throws `rate_limited` at once.
   */
  deadline?: number
}

export interface TransportResponse {
  status: number
  headers: Headers
  /** The body, read once, as text. */
  text: string
  url: string
}

export interface Transport {
  request(request: TransportRequest): Promise<TransportResponse>
}

/**
 * HTTP for providers over `fetch` (the global one unless `fetch` is given). The Node build of this
 * package exports the same function over `node:http` instead, when no `fetch` is given.
 */
export function createTransport(options: TransportOptions): Transport {
  return loopTransport(createTransportPolicy(options), createFetchExchange(options.fetch))
}
