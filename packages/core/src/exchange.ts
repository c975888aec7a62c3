import { coreMessages } from './core-messages'
import { DurumError } from './durum-error'
import { localizeReason } from './locale'

/** One HTTP exchange as the transport needs it: the whole body, read as text, capped in size. */
export interface ExchangeRequest {
  method: 'GET' | 'POST'
  url: string
  headers: Record<string, string>
  body: string | undefined
  /** The caller's signal: on abort the exchange rejects with `signal.reason`. */
  signal: AbortSignal | undefined
  /** Milliseconds for the whole exchange, body included; past it the exchange rejects with `timedOut`. */
  timeoutMs: number
  /** More than this many body bytes ends the read with `responseTooLarge`. */
  maxResponseBytes: number
  provider: string
  source: string
}

export interface ExchangeResponse {
  status: number
  headers: Headers
  text: string
  url: string
}

/** What an exchange rejects with when its own timer ran out, told apart from a caller's abort by identity. */
export const timedOut: unique symbol = Symbol('durum attempt timeout')

/** How a transport talks HTTP, one attempt at a time: over a fetch everywhere, `node:http` directly in the Node build. */
export type Exchange = (request: ExchangeRequest) => Promise<ExchangeResponse>

/** Not retried: the same provider would send the same oversized answer again. */
export function responseTooLarge(request: ExchangeRequest, status: number): DurumError {
  return new DurumError({
    code: 'response_format',
    provider: request.provider,
    source: request.source,
    status,
    reason: 'core.response_too_large',
    message: localizeReason(coreMessages, {
      reason: 'core.response_too_large',
      params: { provider: request.provider, source: request.source, status, max: request.maxResponseBytes },
    }),
  })
}

/**
 * A 3xx, or what a fetch makes of one (an opaque redirect has status 0). Never followed: a redirect to
 * another host would carry the query and its credentials there, and its answer is not the provider's.
 */
function isRedirect(status: number): boolean {
  return status === 0 || (status >= 300 && status <= 399)
}

/** Not retried: the provider (or whatever stands in its place) would redirect again. */
export function redirectRefused(request: ExchangeRequest, status: number): DurumError {
  return new DurumError({
    code: 'provider',
    provider: request.provider,
    source: request.source,
    status,
    reason: 'core.redirect_refused',
    message: localizeReason(coreMessages, {
      reason: 'core.redirect_refused',
      params: { provider: request.provider, source: request.source, status },
    }),
  })
}

/** A declared `Content-Length` already over the cap ends the exchange before any body byte is read. */
function declaresTooMany(contentLength: string | null | undefined, maxBytes: number): boolean {
  if (contentLength === null || contentLength === undefined) return false
  const declared = Number(contentLength)
  return Number.isFinite(declared) && declared > maxBytes
}

/**
 * What ends an exchange as soon as the answer's head is in, before any body byte is read: a redirect
 * (never followed) or a declared `Content-Length` over the cap. `undefined` when the body may be read.
 */
export function refusedHead(
  request: ExchangeRequest,
  status: number,
  contentLength: string | null | undefined,
): DurumError | undefined {
  if (isRedirect(status)) return redirectRefused(request, status)
  return declaresTooMany(contentLength, request.maxResponseBytes)
    ? responseTooLarge(request, status)
    : undefined
}

/** The body as text. Like `Response.text()`, a UTF-8 byte order mark is dropped. */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
