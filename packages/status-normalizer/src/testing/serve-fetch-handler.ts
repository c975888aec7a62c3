import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type FetchHandler = (request: Request) => Promise<Response>

export interface ServedHandler {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string
  port: number
  /** Stops listening and drops every open connection (hanging requests see their signal abort). */
  close(): Promise<void>
}

/**
 * Serves a fetch-style handler on a real `node:http` server bound to 127.0.0.1, so clients meet real
 * sockets: a body stream that fails mid-way resets the connection, a handler that never answers keeps
 * the socket open until the client gives up (its `request.signal` then aborts).
 */
export function serveFetchHandler(handler: FetchHandler, port = 0): Promise<ServedHandler> {
  return serveNode((incoming, outgoing) => {
    const signal = abortOnClose(outgoing)
    void sendResponse(outgoing, signal, async () =>
      handler(toRequest(incoming, signal, await readBody(incoming))),
    )
  }, port)
}

/** A `node:http` server on 127.0.0.1 running `listener`; the shared half of every simulator server. */
export function serveNode(listener: RequestListener, port = 0): Promise<ServedHandler> {
  const server = createServer(listener)
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject)
      const bound = (server.address() as AddressInfo).port
      resolve({
        url: `http://127.0.0.1:${bound}`,
        port: bound,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()))
            server.closeAllConnections()
          }),
      })
    })
  })
}

/** A signal that aborts when the client goes away (gave up, timed out, or the server is closing). */
export function abortOnClose(outgoing: ServerResponse): AbortSignal {
  const controller = new AbortController()
  const gone = () => controller.abort(new DOMException('The client closed the connection', 'AbortError'))
  // Asked for late (the simulator shell asks only once a fault needs it), the client may be gone already.
  if (outgoing.destroyed) gone()
  else
    outgoing.once('close', () => {
      if (!outgoing.writableFinished) gone()
    })
  return controller.signal
}

/** Writes the response `produce` gives, streaming its body; a 500 naming the error when it throws. */
export async function sendResponse(
  outgoing: ServerResponse,
  signal: AbortSignal,
  produce: () => Promise<Response>,
): Promise<void> {
  let response: Response
  try {
    response = await produce()
  } catch (error) {
    if (!signal.aborted) sendFailure(outgoing, error)
    return
  }
  const headers: Record<string, string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== 'content-length') headers[name] = [...(headers[name] ?? []), value]
  })
  outgoing.writeHead(response.status, headers)
  outgoing.flushHeaders()
  if (response.body === null) {
    outgoing.end()
    return
  }
  const reader = response.body.getReader()
  try {
    for (let step = await reader.read(); !step.done; step = await reader.read()) {
      if (signal.aborted) {
        await reader.cancel()
        return
      }
      await write(outgoing, step.value)
    }
    outgoing.end()
  } catch {
    // The body failed mid-way (the `reset` fault): reset the socket as a crashed upstream would.
    const socket = outgoing.socket
    if (socket && 'resetAndDestroy' in socket) socket.resetAndDestroy()
    else outgoing.destroy()
  }
}

export function sendFailure(outgoing: ServerResponse, error: unknown): void {
  outgoing.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
  outgoing.end(`The simulator failed: ${error instanceof Error ? error.message : String(error)}`)
}

function write(outgoing: ServerResponse, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    outgoing.write(chunk, (error) => (error ? reject(error) : resolve()))
  })
}

/** The request body (empty for GET and HEAD, whose bodies are ignored). */
export function readBody(incoming: IncomingMessage): Promise<Buffer<ArrayBuffer>> {
  const method = incoming.method ?? 'GET'
  if (method === 'GET' || method === 'HEAD') {
    incoming.resume()
    return Promise.resolve(Buffer.alloc(0))
  }
  // Events rather than `for await`: no async iterator per request on the simulators' hot path.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.once('end', () => resolve(Buffer.concat(chunks)))
    incoming.once('error', reject)
    incoming.once('close', () => {
      if (!incoming.complete) reject(new Error('The client closed the connection mid-body'))
    })
  })
}

/** The full URL of an incoming request, as a fetch `Request` would give it. */
export function urlOf(incoming: IncomingMessage): string {
  return `http://${incoming.headers.host ?? '127.0.0.1'}${incoming.url ?? '/'}`
}

export function toRequest(
  incoming: IncomingMessage,
  signal: AbortSignal,
  body: Buffer<ArrayBuffer>,
): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  return new Request(urlOf(incoming), {
    method: incoming.method ?? 'GET',
    headers,
    signal,
    ...(body.length > 0 ? { body } : {}),
  })
}
