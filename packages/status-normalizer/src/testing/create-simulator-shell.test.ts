import { afterEach, describe, expect, it } from 'vitest'
import {
  createPlainSimulatorShell,
  createSimulatorShell,
  type SimulatorAnswer,
  type SimulatorRequest,
  type SimulatorShell,
} from './create-simulator-shell'
import type { ServedHandler } from './serve-fetch-handler'

const answer = async (request: Request) => new Response(`answered ${new URL(request.url).pathname}`)

describe('createSimulatorShell', () => {
  it('answers through fetch and handle, counting every request', async () => {
    const shell = createSimulatorShell(answer)
    expect(shell.requests).toBe(0)
    expect(await (await shell.fetch('https://provider.test/a')).text()).toBe('answered /a')
    expect(await (await shell.handle(new Request('https://provider.test/b'))).text()).toBe('answered /b')
    expect(shell.requests).toBe(2)
  })

  it('applies faults given at the start and added later, and counts faulted requests too', async () => {
    const shell = createSimulatorShell(answer, { faults: [{ type: 'status', status: 503, times: 1 }] })
    expect((await shell.fetch('https://provider.test/a')).status).toBe(503)
    shell.faults.add({ type: 'rate_limit', retryAfterSeconds: 1, times: 1 })
    expect((await shell.fetch('https://provider.test/a')).status).toBe(429)
    expect((await shell.fetch('https://provider.test/a')).status).toBe(200)
    expect(shell.requests).toBe(3)
  })

  it('serves the same answers on a real local port', async () => {
    const shell = createSimulatorShell(answer)
    const server = await shell.listen()
    try {
      expect(await (await fetch(`${server.url}/over-http`)).text()).toBe('answered /over-http')
      expect(shell.requests).toBe(1)
    } finally {
      await server.close()
    }
  })
})

describe('createPlainSimulatorShell', () => {
  const plain = (request: SimulatorRequest): SimulatorAnswer => ({
    status: 200,
    headers: { 'content-type': 'application/json', 'x-sim': 'plain' },
    body: JSON.stringify({
      method: request.method,
      path: new URL(request.url).pathname,
      body: request.body,
      auth: request.headers.get('Authorization'),
    }),
  })
  const servers: ServedHandler[] = []
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()))
  })
  const listen = async (shell: SimulatorShell) => {
    const server = await shell.listen()
    servers.push(server)
    return server
  }
  const post = (url: string, init: RequestInit = {}) =>
    fetch(url, { method: 'POST', body: '{"id":"1"}', headers: { authorization: 'Bearer k' }, ...init })

  it('answers the same over fetch and over a real port, in one piece with its length', async () => {
    const shell = createPlainSimulatorShell(plain)
    const server = await listen(shell)
    const expected = { method: 'POST', path: '/a', body: '{"id":"1"}', auth: 'Bearer k' }
    const overFetch = await shell.fetch('https://provider.test/a', {
      method: 'POST',
      body: '{"id":"1"}',
      headers: { authorization: 'Bearer k' },
    })
    expect(await overFetch.json()).toEqual(expected)
    const overHttp = await post(`${server.url}/a`)
    expect(overHttp.headers.get('x-sim')).toBe('plain')
    expect(overHttp.headers.get('content-length')).toBe(String(JSON.stringify(expected).length))
    expect(await overHttp.json()).toEqual(expected)
    expect(shell.requests).toBe(2)
  })

  it('serves the same bytes answer after answer (bytes are never mutated)', async () => {
    const bytes = new TextEncoder().encode('{"same":true}')
    const shell = createPlainSimulatorShell(() => ({ status: 200, headers: {}, body: bytes }))
    const server = await listen(shell)
    const texts = await Promise.all([1, 2, 3].map(async () => (await fetch(server.url)).text()))
    expect(texts).toEqual(['{"same":true}', '{"same":true}', '{"same":true}'])
    expect(new TextDecoder().decode(bytes)).toBe('{"same":true}')
  })

  it('over a real port: latency delays the answer, and a matching rule applies only where it matches', async () => {
    const shell = createPlainSimulatorShell(plain, { faults: [{ type: 'latency', ms: 60, times: 1 }] })
    const server = await listen(shell)
    const began = performance.now()
    expect((await post(`${server.url}/slow`)).status).toBe(200)
    expect(performance.now() - began).toBeGreaterThanOrEqual(55)
    shell.faults.add({ type: 'status', status: 503, match: (request) => request.url.endsWith('/down') })
    expect((await post(`${server.url}/down`)).status).toBe(503)
    expect(await (await post(`${server.url}/up`)).json()).toMatchObject({ path: '/up' })
    expect(shell.requests).toBe(3)
  })

  it('over a real port: reset, hang and drift behave as over fetch', async () => {
    const shell = createPlainSimulatorShell(plain)
    const server = await listen(shell)
    shell.faults.add({ type: 'reset', times: 1 })
    const reset = await post(server.url)
    expect(reset.status).toBe(200)
    await expect(reset.text()).rejects.toThrow()
    shell.faults.add({ type: 'drift', transform: (body) => ({ ...body, drifted: true }), times: 1 })
    expect(await (await post(server.url)).json()).toMatchObject({ drifted: true, body: '{"id":"1"}' })
    shell.faults.add({ type: 'hang', times: 1 })
    await expect(post(server.url, { signal: AbortSignal.timeout(80) })).rejects.toThrow()
    expect((await post(server.url)).status).toBe(200)
  })

  it('answers 500 naming the error when the answering function throws', async () => {
    const shell = createPlainSimulatorShell(() => {
      throw new Error('scenario table is empty')
    })
    const server = await listen(shell)
    const response = await fetch(server.url)
    expect(response.status).toBe(500)
    expect(await response.text()).toContain('scenario table is empty')
  })
})
