import { subscribe, unsubscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { expect, it } from 'vitest'
import { listenOnLoopback } from './__test__/listen-on-loopback'
import { nodeExchange } from './node-exchange'

setFlagsFromString('--expose-gc')
const collectGarbage = runInNewContext('gc') as () => void

// A held answer used to keep Node's IncomingMessage (and the socket and parser state behind it) alive:
// under load every request's objects then outlived young-generation collections, doubling the client's
// CPU per request (benchmarks/). Headers must still be readable from the answer alone.
it('an answer does not keep the IncomingMessage alive, and still gives its headers', async () => {
  const server = await listenOnLoopback((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'retry-after': '3' }).end('{"ok":true}')
  })
  let incoming: WeakRef<IncomingMessage> | undefined
  const onFinish = (message: unknown) => {
    incoming = new WeakRef((message as { response: IncomingMessage }).response)
  }
  subscribe('http.client.response.finish', onFinish)
  const answer = await nodeExchange({
    method: 'GET',
    url: `${server.origin}/status`,
    headers: {},
    body: undefined,
    signal: undefined,
    timeoutMs: 5_000,
    maxResponseBytes: 1_000,
    provider: 'test',
    source: 'test.status',
  }).finally(() => unsubscribe('http.client.response.finish', onFinish))
  expect(incoming?.deref()).toBeDefined()

  for (let turn = 0; turn < 10 && incoming?.deref() !== undefined; turn++) {
    await new Promise((resolve) => setTimeout(resolve, 10))
    collectGarbage()
  }

  expect(incoming?.deref()).toBeUndefined()
  expect(answer.text).toBe('{"ok":true}')
  expect(answer.headers.get('retry-after')).toBe('3')
})
