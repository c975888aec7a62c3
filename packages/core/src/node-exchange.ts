import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
import type { Exchange, ExchangeRequest, ExchangeResponse } from './exchange'
import { refusedHead, responseTooLarge, stripByteOrderMark, timedOut } from './exchange'

/*
 * The Node build talks `node:http` directly, cheaper than Node's global fetch (docs/PERFORMANCE.md,
 * "The Node build talks node:http"): one pooled connection per provider host, no Request/Response
 * objects, the body read as buffers and decoded once.
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

/**
 * An answer whose `Headers` are built only when someone reads them: most answers are judged by status
 * and body alone. A class, not an object literal with a getter: each such literal gets its own hidden
 * class in old space holding its getter, which kept every request's `IncomingMessage` (and the socket
 * and parser state behind it) alive past young-generation collections (docs/PERFORMANCE.md).
 */
class NodeAnswer implements ExchangeResponse {
  readonly status: number
  readonly text: string
  readonly url: string
  readonly #rawHeaders: string[]
  #headers: Headers | undefined

  constructor(incoming: IncomingMessage, text: string, url: string) {
    this.status = incoming.statusCode ?? 0
    this.text = text
    this.url = url
    this.#rawHeaders = incoming.rawHeaders
  }

  get headers(): Headers {
    this.#headers ??= toHeaders(this.#rawHeaders)
    return this.#headers
  }
}

interface Target {
  secure: boolean
  hostname: string
  port: string
  path: string
}

// A provider asks the same few URLs over and over: each is parsed once (bounded, as query strings vary).
const targets = new Map<string, Target>()

function targetOf(url: string): Target {
  let target = targets.get(url)
  if (target === undefined) {
    const parsed = new URL(url)
    const secure = parsed.protocol === 'https:'
    if (!secure && parsed.protocol !== 'http:') {
      throw new TypeError(`Only http and https URLs can be fetched, got ${parsed.protocol}`)
    }
    // `[::1]` → `::1`: node:http takes the bare address.
    const hostname = parsed.hostname.replace(/^\[(.*)\]$/, '$1')
    target = { secure, hostname, port: parsed.port, path: parsed.pathname + parsed.search }
    if (targets.size >= 256) targets.clear()
    targets.set(url, target)
  }
  return target
}

/**
 * One request on a pooled connection. Settles exactly once: with the answer, or rejecting with the
 * caller's abort reason, `timedOut`, `responseTooLarge` or the socket's error — and then destroys
 * the request, so a late body is never read.
 */
export const nodeExchange: Exchange = (request: ExchangeRequest) =>
  new Promise<ExchangeResponse>((resolve, reject) => {
    const { signal, maxResponseBytes } = request
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    const target = targetOf(request.url)
    const headers: Record<string, string> = {}
    for (const name in request.headers) headers[name.toLowerCase()] = request.headers[name] as string
    // What Node's fetch sends by default, so a provider (or the firewall in front of it) sees the same.
    headers.accept ??= '*/*'
    headers['user-agent'] ??= 'node'
    if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body))
    let settled = false
    const done = () => {
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
    const fail = (error: unknown) => {
      if (settled) return
      done()
      outgoing.destroy()
      reject(error)
    }
    const onAbort = () => fail(signal?.reason)
    const outgoing = (target.secure ? httpsRequest : httpRequest)({
      agent: target.secure ? agentsFor().https : agentsFor().http,
      hostname: target.hostname,
      port: target.port,
      path: target.path,
      method: request.method,
      headers,
    })
    const timer = setTimeout(() => fail(timedOut), request.timeoutMs)
    signal?.addEventListener('abort', onAbort, { once: true })
    outgoing.on('error', fail)
    outgoing.on('response', (incoming) => {
      const status = incoming.statusCode ?? 0
      const refused = refusedHead(request, status, incoming.headers['content-length'])
      if (refused !== undefined) {
        fail(refused)
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
        done()
        const body = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)
        resolve(new NodeAnswer(incoming, stripByteOrderMark(body.toString('utf8')), request.url))
      })
      // Closed before the end: a reset or a server that gave up mid-body.
      incoming.on('close', () => {
        if (!incoming.complete) fail(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      })
    })
    outgoing.end(request.body)
  })
