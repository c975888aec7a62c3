import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
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
  const server = createServer((incoming, outgoing) => {
    void answer(handler, incoming, outgoing)
  })
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

async function answer(
  handler: FetchHandler,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  const controller = new AbortController()
  // The client went away (gave up, timed out, or the server is closing): tell the handler.
  outgoing.once('close', () => {
    if (!outgoing.writableFinished)
      controller.abort(new DOMException('The client closed the connection', 'AbortError'))
  })
  let response: Response
  try {
    response = await handler(await toRequest(incoming, controller.signal))
  } catch (error) {
    if (controller.signal.aborted) return
    outgoing.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
    outgoing.end(`The simulator failed: ${error instanceof Error ? error.message : String(error)}`)
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
      if (controller.signal.aborted) {
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

function write(outgoing: ServerResponse, chunk: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    outgoing.write(chunk, (error) => (error ? reject(error) : resolve()))
  })
}

async function toRequest(incoming: IncomingMessage, signal: AbortSignal): Promise<Request> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = incoming.method ?? 'GET'
  const chunks: Buffer[] = []
  if (method !== 'GET' && method !== 'HEAD') {
    for await (const chunk of incoming) chunks.push(chunk as Buffer)
  }
  return new Request(`http://${incoming.headers.host ?? '127.0.0.1'}${incoming.url ?? '/'}`, {
    method,
    headers,
    signal,
    ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
  })
}
