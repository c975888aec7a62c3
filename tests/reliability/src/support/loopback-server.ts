import { type ServedHandler, serveFetchHandler } from '@durum/status-normalizer/testing'

/** What a loopback server received: enough to say what a client sent, and to whom. */
export interface ReceivedRequest {
  method: string
  path: string
  headers: Record<string, string>
  body: string
}

export interface LoopbackServer extends ServedHandler {
  readonly received: readonly ReceivedRequest[]
}

/** A real HTTP server on 127.0.0.1 that records every request and answers with `answer`. */
export async function startLoopbackServer(
  answer: (request: ReceivedRequest, index: number) => Response | Promise<Response>,
): Promise<LoopbackServer> {
  const received: ReceivedRequest[] = []
  const served = await serveFetchHandler(async (request) => {
    const entry: ReceivedRequest = {
      method: request.method,
      path: new URL(request.url).pathname,
      headers: Object.fromEntries(request.headers),
      body: await request.text(),
    }
    received.push(entry)
    return answer(entry, received.length - 1)
  })
  return Object.assign(served, { received })
}
