import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { onTestFinished } from 'vitest'

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  origin: string
  /** Closes the server and its open connections; safe to call again. */
  close(): Promise<void>
}

/**
 * A real node:http server on 127.0.0.1 for the current test, so resets and hangs are real sockets.
 * It is closed, keep-alive connections included, when the test finishes.
 */
export async function listenOnLoopback(handler: RequestListener): Promise<LoopbackServer> {
  const server = createServer(handler)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      // Called again after an explicit close, `close` reports "not running": closed either way.
      server.close(() => resolve())
    })
  onTestFinished(close)
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close }
}
