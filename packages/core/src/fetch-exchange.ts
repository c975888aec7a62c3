import {
  type AnswerContext,
  declaresTooMany,
  type ExchangeResponse,
  isRedirect,
  redirectRefused,
  responseTooLarge,
  stripByteOrderMark,
} from './exchange'

const decoder = new TextDecoder()

/**
 * The body as text, never more than the cap: an answer declaring more is refused unread, and one of
 * unknown length is read chunk by chunk and cancelled as soon as it passes the cap, so a 5 MB or
 * endless answer is never held whole.
 */
async function readCappedText(
  response: Response,
  request: AnswerContext,
  signal: AbortSignal,
): Promise<string> {
  const declared = response.headers.get('content-length')
  if (declaresTooMany(declared, request.maxResponseBytes)) {
    response.body?.cancel().catch(() => {})
    throw responseTooLarge(request, response.status)
  }
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

/** One attempt's answer, with the `Response` it came in (its body already read). */
export interface FetchAnswer extends ExchangeResponse {
  response: Response
}

/**
 * One attempt over a fetch-compatible function: the request sent, a redirect refused, the body read
 * as text within the cap. Settles the moment `input.signal` aborts (the attempt's timer or the
 * caller), even when the fetch ignores it, and cancels the body read then.
 */
export async function fetchAnswer(
  fetch: typeof globalThis.fetch,
  input: Request,
  context: AnswerContext,
): Promise<FetchAnswer> {
  const { signal } = input
  const answer = (async () => {
    // Called as a plain function: a browser's own `fetch` passed in unbound throws "Illegal invocation" as a method.
    const response = await fetch(input)
    // `redirected`: a fetch stand-in that followed the redirect anyway; its answer is another host's.
    if (response.redirected || response.type === 'opaqueredirect' || isRedirect(response.status)) {
      response.body?.cancel().catch(() => {})
      throw redirectRefused(context, response.status)
    }
    const text = await readCappedText(response, context, signal)
    const url = response.url || input.url
    return { status: response.status, headers: response.headers, text, url, response }
  })()
  answer.catch(() => {})
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason)
    signal.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
  aborted.catch(() => {})
  return Promise.race([answer, aborted])
}
