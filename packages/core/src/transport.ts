import { abortableDelay } from './abortable-delay'
import { DurumError } from './durum-error'
import { type Exchange, timedOut } from './exchange'
import { createFetchExchange } from './fetch-exchange'
import type { Redactor } from './redact'
import { backoffDelayMs, parseRetryAfterMs } from './retry-delay'
import { type RetryOptions, resolveRetryOptions } from './retry-options'
import { TIMEOUT_MAX_MS } from './wait-bounds'

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

/** `base` without its trailing slashes, `path` with or without a leading one. */
function joinUrl(base: string, path: string): string {
  let start = 0
  while (path.charCodeAt(start) === 0x2f) start++
  return `${base}/${start === 0 ? path : path.slice(start)}`
}

/** Fails at setup, with a clear sentence, rather than as a retried "network error" on the first request. */
function assertBaseUrl(baseUrl: string): void {
  if (!URL.canParse(baseUrl)) throw new TypeError(`baseUrl must be an absolute URL, got "${baseUrl}".`)
}

function headersRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {}
  for (const [name, value] of headers) record[name] = value
  return record
}

const DEFAULT_MAX_RESPONSE_BYTES = 2 * 1024 * 1024

function networkDetail(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  // fetch puts the system error in `cause`; node:http throws it directly.
  const cause = error.cause as { code?: unknown } | undefined
  if (typeof cause?.code === 'string') return cause.code
  const { code } = error as { code?: unknown }
  return typeof code === 'string' ? code : error.message
}

/**
 * HTTP for providers, on ky over `fetch` (the global one unless `fetch` is given). The Node build of
 * this package exports the same function over `node:http` instead, when no `fetch` is given.
 */
export function createTransport(options: TransportOptions): Transport {
  return createTransportWith(options, createFetchExchange(options.fetch))
}

/**
 * The retry loop is ours, with ky's retry off (`retry: 0`): with `throwHttpErrors: false` ky never
 * retries a 429/5xx, its timeout stops at the headers (a body that hangs would never time out), it
 * cannot re-sign headers per attempt, and its delay ignores a caller's abort only after the wait.
 * Each attempt here has one timer covering the request and its body.
 */
export function createTransportWith(options: TransportOptions, exchange: Exchange): Transport {
  const { provider, redactor } = options
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
  const { onRequest, onResponse } = options
  const base = options.baseUrl.replace(/\/+$/, '')

  function notify<Event>(hook: ((event: Event) => void) | undefined, build: () => Event): void {
    if (hook === undefined) return
    try {
      hook(build())
    } catch {
      // A failing logger must not turn a known payment status into an error.
    }
  }

  async function attempt(
    request: TransportRequest,
    url: string,
    headers: Record<string, string>,
    attemptNumber: number,
  ): Promise<TransportResponse> {
    const started = onResponse === undefined ? 0 : performance.now()
    const response = await exchange({
      method: request.method,
      url,
      headers,
      body: request.body,
      signal: request.signal,
      timeoutMs: timeout,
      maxResponseBytes,
      provider,
      source: request.source,
    })
    notify(onResponse, () => ({
      provider,
      source: request.source,
      method: request.method,
      url: redactor.text(url),
      attempt: attemptNumber,
      status: response.status,
      durationMs: Math.round(performance.now() - started),
      headers: redactor.value(headersRecord(response.headers)),
      body: redactor.text(response.text),
    }))
    return response
  }

  /**
   * A provider's `Retry-After` longer than we wait (`longer`: than what), its `rate_limited`
   * instead of a sleep.
   */
  function waitRefused(
    request: TransportRequest,
    status: number,
    retryAfterMs: number,
    longer: string,
  ): DurumError {
    return new DurumError({
      code: 'rate_limited',
      provider,
      source: request.source,
      status,
      retryAfterMs,
      message: `${provider} asked to wait ${retryAfterMs} ms before ${request.source} is sent again (HTTP ${status}, Retry-After), longer than ${longer}, so it was not retried. Try again after that.`,
    })
  }

  function cancelled(request: TransportRequest): DurumError {
    return new DurumError({
      code: 'transport',
      provider,
      source: request.source,
      retryable: false,
      message: `The ${request.source} request to ${provider} was cancelled by the caller; its answer, if any, was not read.`,
      cause: request.signal?.reason,
    })
  }

  function failed(
    request: TransportRequest,
    error: unknown,
    attemptNumber: number,
    attempts: number,
  ): DurumError {
    const where = `${request.source}, attempt ${attemptNumber} of ${attempts}`
    if (error === timedOut) {
      return new DurumError({
        code: 'transport',
        provider,
        source: request.source,
        message: `${provider} did not answer within ${timeout} ms (${where}). The payment was not changed by this query; try again later.`,
      })
    }
    return new DurumError({
      code: 'transport',
      provider,
      source: request.source,
      message: `${provider} could not be reached (${where}: ${redactor.text(networkDetail(error))}). Check the network and try again later.`,
      cause: redactor.value(error),
    })
  }

  async function request(request: TransportRequest): Promise<TransportResponse> {
    const url = joinUrl(base, request.path)
    const mayRetry = request.method === 'GET' || request.readOnly === true
    const attempts = mayRetry ? retry.limit + 1 : 1
    for (let attemptNumber = 1; ; attemptNumber++) {
      if (request.signal?.aborted) throw cancelled(request)
      const own =
        typeof request.headers === 'function' ? await request.headers(attemptNumber) : request.headers
      // Not `{ ...options.headers, ...own }`: on Node 20 that makes a new hidden class per call.
      const headers: Record<string, string> = Object.assign({}, options.headers, own)
      notify(onRequest, () => ({
        provider,
        source: request.source,
        method: request.method,
        url: redactor.text(url),
        attempt: attemptNumber,
        headers: redactor.value(headersRecord(new Headers(headers))),
        body: request.body === undefined ? undefined : redactor.text(request.body),
      }))
      let wait: number
      try {
        const response = await attempt(request, url, headers, attemptNumber)
        const retryableStatus = response.status === 429 || (response.status >= 500 && response.status <= 599)
        if (!retryableStatus || attemptNumber >= attempts) return response
        const retryAfter = parseRetryAfterMs(response.headers.get('retry-after'))
        if (retryAfter !== undefined && retryAfter > retry.maxRetryAfterMs) {
          throw waitRefused(request, response.status, retryAfter, `durum waits (${retry.maxRetryAfterMs} ms)`)
        }
        const remaining = request.deadline === undefined ? undefined : request.deadline - Date.now()
        if (retryAfter !== undefined && remaining !== undefined && retryAfter > remaining) {
          const left = `the caller's remaining ${Math.max(0, Math.round(remaining))} ms`
          throw waitRefused(request, response.status, retryAfter, left)
        }
        wait = retryAfter ?? backoffDelayMs(attemptNumber, retry)
      } catch (error) {
        if (request.signal?.aborted) throw cancelled(request)
        // An oversized answer would come back just as large: not retried.
        if (DurumError.isInstance(error)) throw error
        if (attemptNumber >= attempts) throw failed(request, error, attemptNumber, attempts)
        wait = backoffDelayMs(attemptNumber, retry)
      }
      try {
        await abortableDelay(wait, request.signal)
      } catch {
        throw cancelled(request)
      }
    }
  }

  return { request }
}
