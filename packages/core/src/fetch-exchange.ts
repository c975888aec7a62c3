import type { Exchange, ExchangeRequest } from './exchange'
import { redirectRefused, refusedHead, responseTooLarge, stripByteOrderMark, timedOut } from './exchange'

const decoder = new TextDecoder()

/**
 * The body as text, never more than the cap: an answer declaring more was refused unread
 * (`refusedHead`), and one of unknown length is read chunk by chunk and cancelled as soon as it
 * passes the cap, so a 5 MB or endless answer is never held whole.
 */
async function readCappedText(
  response: Response,
  request: ExchangeRequest,
  signal: AbortSignal,
  declared: string | null,
): Promise<string> {
  // A declared length within the cap bounds the body (the HTTP layer reads no further), so it is
  // read in one call: a chunk-by-chunk loop over a web stream costs more than the request itself.
  // Without one (chunked, or a stand-in's Response), the loop below caps what is held.
  if (declared !== null && response.body) return response.text()
  // A hand-made fetch stand-in may answer without a stream.
  if (!response.body) {
    const text = await response.text()
    if (new TextEncoder().encode(text).byteLength > request.maxResponseBytes) {
      throw responseTooLarge(request, response.status)
    }
    return text
  }
  const reader = response.body.getReader()
  // The reader holds the stream's lock, so fetch cannot cancel it on abort: we do, which closes the
  // connection instead of reading a dripping body to its end after the attempt has given up.
  const stop = () => reader.cancel(signal.reason).catch(() => {})
  signal.addEventListener('abort', stop, { once: true })
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const step = await reader.read()
      if (step.done) break
      size += step.value.byteLength
      if (size > request.maxResponseBytes) {
        reader.cancel().catch(() => {})
        throw responseTooLarge(request, response.status)
      }
      chunks.push(step.value)
    }
  } finally {
    signal.removeEventListener('abort', stop)
  }
  if (chunks.length === 1) return stripByteOrderMark(decoder.decode(chunks[0]))
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return stripByteOrderMark(decoder.decode(bytes))
}

/**
 * The exchange over a fetch-compatible function (the global `fetch` unless one is given), with one
 * timer covering the request and its body. Settles the moment the timer or the caller aborts, even
 * when the fetch ignores its signal, and cancels the body read then.
 */
export function createFetchExchange(userFetch: typeof fetch | undefined): Exchange {
  return async (request) => {
    // One controller per attempt: fetch needs a signal, and this one covers both the timer and the caller.
    const controller = new AbortController()
    const { signal } = controller
    const callerSignal = request.signal
    const onCallerAbort = () => controller.abort(callerSignal?.reason)
    if (callerSignal?.aborted) onCallerAbort()
    else callerSignal?.addEventListener('abort', onCallerAbort, { once: true })
    const timer = setTimeout(() => controller.abort(timedOut), request.timeoutMs)
    const init: RequestInit = { method: request.method, headers: request.headers, signal, redirect: 'manual' }
    if (request.body !== undefined) init.body = request.body
    const exchange = (async () => {
      // Looked up per call (a `fetch` installed later is used) and called as a plain function: a
      // browser's own `fetch` passed in unbound throws "Illegal invocation" when called as a method.
      const response = await (userFetch ?? globalThis.fetch)(request.url, init)
      const declared = response.headers.get('content-length')
      // `redirected`: a fetch stand-in that followed the redirect anyway; its answer is another host's.
      const refused =
        response.redirected || response.type === 'opaqueredirect'
          ? redirectRefused(request, response.status)
          : refusedHead(request, response.status, declared)
      if (refused !== undefined) {
        response.body?.cancel().catch(() => {})
        throw refused
      }
      const text = await readCappedText(response, request, signal, declared)
      return { status: response.status, headers: response.headers, text, url: response.url || request.url }
    })()
    exchange.catch(() => {})
    const aborted = new Promise<never>((_, reject) => {
      if (signal.aborted) reject(signal.reason)
      signal.addEventListener('abort', () => reject(signal.reason), { once: true })
    })
    aborted.catch(() => {})
    try {
      return await Promise.race([exchange, aborted])
    } finally {
      clearTimeout(timer)
      callerSignal?.removeEventListener('abort', onCallerAbort)
    }
  }
}
