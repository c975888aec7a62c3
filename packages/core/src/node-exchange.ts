import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import {
  declaresTooMany,
  type Exchange,
  type ExchangeRequest,
  type ExchangeResponse,
  responseTooLarge,
  stripByteOrderMark,
} from './exchange'

/*
 * Node's global fetch costs about twice a plain `node:http` request with a keep-alive agent (measured
 * in benchmarks/), so the Node build talks `node:http` directly: one pooled connection per provider
 * host, no Request/Response objects, the body read as buffers and decoded once.
 */
let agents: { http: HttpAgent; https: HttpsAgent } | undefined

function agentsFor(): { http: HttpAgent; https: HttpsAgent } {
  agents ??= { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) }
  return agents
}

function toHeaders(rawHeaders: string[]): Headers {
  const headers = new Headers()
  for (let index = 0; index + 1 < rawHeaders.length; index += 2) {
    headers.append(rawHeaders[index] as string, rawHeaders[index + 1] as string)
  }
  return headers
}

/** `Headers` are built only when someone reads them: most answers are judged by status and body alone. */
function answer(incoming: IncomingMessage, text: string, url: string): ExchangeResponse {
  let headers: Headers | undefined
  return {
    status: incoming.statusCode ?? 0,
    get headers() {
      headers ??= toHeaders(incoming.rawHeaders)
      return headers
    },
    text,
    url,
  }
}

export const nodeExchange: Exchange = (request: ExchangeRequest) =>
  new Promise<ExchangeResponse>((resolve, reject) => {
    const { signal, maxResponseBytes } = request
    if (signal.aborted) {
      reject(signal.reason)
      return
    }
    const url = new URL(request.url)
    const secure = url.protocol === 'https:'
    if (!secure && url.protocol !== 'http:') {
      reject(new TypeError(`Only http and https URLs can be fetched, got ${url.protocol}`))
      return
    }
    const headers =
      request.body === undefined
        ? request.headers
        : { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) }
    let settled = false
    const fail = (error: unknown) => {
      if (settled) return
      settled = true
      signal.removeEventListener('abort', onAbort)
      outgoing.destroy()
      reject(error)
    }
    const onAbort = () => fail(signal.reason)
    const outgoing = (secure ? httpsRequest : httpRequest)({
      agent: secure ? agentsFor().https : agentsFor().http,
      protocol: url.protocol,
      // `[::1]` → `::1`: node:http takes the bare address.
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port,
      path: url.pathname + url.search,
      method: request.method,
      headers,
    })
    signal.addEventListener('abort', onAbort, { once: true })
    outgoing.on('error', fail)
    outgoing.on('response', (incoming) => {
      const status = incoming.statusCode ?? 0
      if (declaresTooMany(incoming.headers['content-length'], maxResponseBytes)) {
        fail(responseTooLarge(request, status))
        return
      }
      const chunks: Buffer[] = []
      let size = 0
      incoming.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > maxResponseBytes) fail(responseTooLarge(request, status))
        else chunks.push(chunk)
      })
      incoming.on('error', fail)
      incoming.on('end', () => {
        if (settled) return
        settled = true
        signal.removeEventListener('abort', onAbort)
        const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)
        resolve(answer(incoming, stripByteOrderMark(body.toString('utf8')), request.url))
      })
      // Closed before the end: a reset or a server that gave up mid-body.
      incoming.on('close', () => {
        if (!incoming.complete) fail(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      })
    })
    outgoing.end(request.body)
  })
