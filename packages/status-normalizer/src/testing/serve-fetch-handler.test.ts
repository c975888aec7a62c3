import { afterEach, describe, expect, it } from 'vitest'
import { createFaultInjector } from './create-fault-injector'
import { type ServedHandler, serveFetchHandler } from './serve-fetch-handler'

const servers: ServedHandler[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

async function serve(handler: (request: Request) => Promise<Response>): Promise<ServedHandler> {
  const server = await serveFetchHandler(handler)
  servers.push(server)
  return server
}

const echo = async (request: Request) =>
  new Response(
    JSON.stringify({
      method: request.method,
      path: new URL(request.url).pathname,
      body: await request.text(),
      auth: request.headers.get('authorization'),
    }),
    {
      status: 201,
      headers: { 'content-type': 'application/json', 'x-sim': 'yes' },
    },
  )

describe('serveFetchHandler', () => {
  it('serves a fetch handler on 127.0.0.1: method, path, headers, body and status all pass through', async () => {
    const server = await serve(echo)
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    const response = await fetch(`${server.url}/payment/detail?x=1`, {
      method: 'POST',
      headers: { authorization: 'IYZWSv2 abc' },
      body: '{"paymentId":"1"}',
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('x-sim')).toBe('yes')
    expect(await response.json()).toEqual({
      method: 'POST',
      path: '/payment/detail',
      body: '{"paymentId":"1"}',
      auth: 'IYZWSv2 abc',
    })
  })

  it('resets the socket when the body fails mid-way (the reset fault)', async () => {
    const faults = createFaultInjector([{ type: 'reset' }])
    const server = await serve((request) => faults.apply(request, () => echo(request)))
    const response = await fetch(`${server.url}/`, { method: 'POST', body: 'x'.repeat(1000) })
    expect(response.status).toBe(201)
    const error = await response.text().catch((e: unknown) => e as Error)
    expect(error).toBeInstanceOf(Error)
  })

  it('keeps a hung request open until the client gives up, then aborts the handler', async () => {
    let handlerSignal: AbortSignal | undefined
    const server = await serve((request) => {
      handlerSignal = request.signal
      return createFaultInjector([{ type: 'hang' }]).apply(request, () => echo(request))
    })
    const began = performance.now()
    await expect(fetch(`${server.url}/`, { signal: AbortSignal.timeout(100) })).rejects.toThrow()
    expect(performance.now() - began).toBeGreaterThanOrEqual(95)
    await expect.poll(() => handlerSignal?.aborted).toBe(true)
  })

  it('drips the body over the socket', async () => {
    const faults = createFaultInjector([{ type: 'drip', bytesPerChunk: 4, delayMs: 10 }])
    const server = await serve((request) =>
      faults.apply(request, () => Promise.resolve(new Response('0123456789ab'))),
    )
    const began = performance.now()
    expect(await (await fetch(server.url)).text()).toBe('0123456789ab')
    expect(performance.now() - began).toBeGreaterThanOrEqual(19)
  })

  it('answers 500 when the handler throws', async () => {
    const server = await serve(() => Promise.reject(new Error('scenario table is empty')))
    const response = await fetch(server.url)
    expect(response.status).toBe(500)
    expect(await response.text()).toContain('scenario table is empty')
  })

  it('close drops open connections, so a hung request does not hold it up', async () => {
    const server = await serveFetchHandler((request) =>
      createFaultInjector([{ type: 'hang' }]).apply(request, () => echo(request)),
    )
    const pending = fetch(server.url).catch((e: unknown) => e)
    await new Promise((resolve) => setTimeout(resolve, 20))
    await server.close()
    expect(await pending).toBeInstanceOf(Error)
  })
})
