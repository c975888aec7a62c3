import { describe, expect, it, vi } from 'vitest'
import { createFaultInjector } from './create-fault-injector'
import type { FaultInjector } from './fault'

const body = JSON.stringify({ status: 'success', paymentId: '20885695', price: 1.5 })
const real = () =>
  Promise.resolve(
    new Response(body, { status: 200, headers: { 'content-type': 'application/json', 'x-real': '1' } }),
  )
const request = (path = '/payment/detail', init?: RequestInit) => new Request(`http://sim.test${path}`, init)

describe('createFaultInjector', () => {
  it('answers for real when no rule matches', async () => {
    const faults = createFaultInjector()
    const response = await faults.apply(request(), real)
    expect(await response.text()).toBe(body)
  })

  it('applies a rule `times` times, then answers for real again', async () => {
    const faults = createFaultInjector([{ type: 'status', status: 503, times: 2 }])
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await faults.apply(request(), real)).status)
    expect(statuses).toEqual([503, 503, 200])
  })

  it('applies only to requests its match accepts, first matching rule first, until cleared', async () => {
    const faults = createFaultInjector()
    faults.add({ type: 'status', status: 404, match: (r) => r.url.endsWith('/other') })
    faults.add({ type: 'status', status: 500 })
    faults.add({ type: 'status', status: 502 })
    expect((await faults.apply(request('/other'), real)).status).toBe(404)
    expect((await faults.apply(request(), real)).status).toBe(500)
    faults.clear()
    expect((await faults.apply(request(), real)).status).toBe(200)
  })

  it('does not ask the simulator when the fault replaces its answer', async () => {
    const respond = vi.fn(real)
    const faults = createFaultInjector([
      { type: 'status', status: 503, body: 'down', contentType: 'text/plain' },
    ])
    const response = await faults.apply(request(), respond)
    expect(respond).not.toHaveBeenCalled()
    expect(await response.text()).toBe('down')
  })

  it('latency: answers for real after the delay', async () => {
    const faults = createFaultInjector([{ type: 'latency', ms: 30 }])
    const began = performance.now()
    const response = await faults.apply(request(), real)
    expect(performance.now() - began).toBeGreaterThanOrEqual(29)
    expect(await response.text()).toBe(body)
  })

  it('latency and hang: end with the abort reason when the request is aborted', async () => {
    for (const fault of [{ type: 'latency', ms: 10_000 }, { type: 'hang' }] as const) {
      const controller = new AbortController()
      const pending = createFaultInjector([fault]).apply(request('/', { signal: controller.signal }), real)
      const reason = new Error('gave up')
      controller.abort(reason)
      await expect(pending).rejects.toBe(reason)
    }
  })

  it('rate_limit: 429 with Retry-After', async () => {
    const response = await createFaultInjector([{ type: 'rate_limit', retryAfterSeconds: 3 }]).apply(
      request(),
      real,
    )
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('3')
  })

  it('reset: real status and headers, then the body fails part-way as an undici reset does', async () => {
    const response = await createFaultInjector([{ type: 'reset' }]).apply(request(), real)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-real')).toBe('1')
    const error = await response.text().catch((e: unknown) => e as TypeError)
    expect(error).toBeInstanceOf(TypeError)
    expect((error as TypeError).cause).toMatchObject({ code: 'ECONNRESET' })
  })

  it('truncate: the body cut to `bytes`, by default to half', async () => {
    const half = await createFaultInjector([{ type: 'truncate' }]).apply(request(), real)
    expect(await half.text()).toBe(body.slice(0, body.length >> 1))
    const ten = await createFaultInjector([{ type: 'truncate', bytes: 10 }]).apply(request(), real)
    expect(await ten.text()).toBe(body.slice(0, 10))
  })

  it('html: an HTML error page, 502 unless told', async () => {
    const page = await createFaultInjector([{ type: 'html' }]).apply(request(), real)
    expect(page.status).toBe(502)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toContain('<html>')
    expect((await createFaultInjector([{ type: 'html', status: 504 }]).apply(request(), real)).status).toBe(
      504,
    )
  })

  it('drift: the real body through the transform', async () => {
    const faults = createFaultInjector([
      { type: 'drift', transform: ({ price: _, ...rest }) => ({ ...rest, price: '1,5' }) },
    ])
    expect(await (await faults.apply(request(), real)).json()).toEqual({
      status: 'success',
      paymentId: '20885695',
      price: '1,5',
    })
  })

  it('drip: the real body, a few bytes at a time', async () => {
    const response = await createFaultInjector([{ type: 'drip', bytesPerChunk: 16, delayMs: 5 }]).apply(
      request(),
      real,
    )
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const chunks: Uint8Array[] = []
    const began = performance.now()
    for (let step = await reader.read(); !step.done; step = await reader.read()) chunks.push(step.value)
    expect(chunks.every((c) => c.length <= 16)).toBe(true)
    expect(chunks.length).toBe(Math.ceil(body.length / 16))
    expect(performance.now() - began).toBeGreaterThanOrEqual((chunks.length - 1) * 5 - 1)
    expect(Buffer.concat(chunks).toString()).toBe(body)
  })

  it('oversize: the real body padded with whitespace, still the same JSON', async () => {
    const response = await createFaultInjector([{ type: 'oversize', bytes: 1 << 20 }]).apply(request(), real)
    const text = await response.text()
    expect(text.length).toBe(1 << 20)
    expect(JSON.parse(text)).toEqual(JSON.parse(body))
  })

  it('empty: no body, 200 unless told', async () => {
    const response = await createFaultInjector([{ type: 'empty' }]).apply(request(), real)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
    expect((await createFaultInjector([{ type: 'empty', status: 204 }]).apply(request(), real)).status).toBe(
      204,
    )
  })

  it('content_type: the real body under another content type', async () => {
    const response = await createFaultInjector([{ type: 'content_type', contentType: 'text/html' }]).apply(
      request(),
      real,
    )
    expect(response.headers.get('content-type')).toBe('text/html')
    expect(await response.text()).toBe(body)
  })

  it('redirect: a 307 (unless told) to the location, with no body, without asking the simulator', async () => {
    const respond = vi.fn(real)
    const faults = createFaultInjector([{ type: 'redirect', location: 'http://127.0.0.1:9/steal' }])
    const response = await faults.apply(request(), respond)
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('http://127.0.0.1:9/steal')
    expect(await response.text()).toBe('')
    expect(respond).not.toHaveBeenCalled()
    const moved = createFaultInjector([{ type: 'redirect', location: '/elsewhere', status: 301 }])
    expect((await moved.apply(request(), real)).status).toBe(301)
  })

  it('deep_json: nested arrays 5000 deep by default, as the whole body', async () => {
    const response = await createFaultInjector([{ type: 'deep_json' }]).apply(request(), real)
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(text).toBe(`${'['.repeat(5000)}${']'.repeat(5000)}`)
  })

  it('deep_json with a field: the real body, that field added holding the nesting', async () => {
    const response = await createFaultInjector([{ type: 'deep_json', depth: 3, field: 'extra' }]).apply(
      request(),
      real,
    )
    expect(JSON.parse(await response.text())).toEqual({ ...JSON.parse(body), extra: [[[]]] })
    const emptyObject = () => Promise.resolve(Response.json({}))
    const intoEmpty = await createFaultInjector([{ type: 'deep_json', depth: 2, field: 'x' }]).apply(
      request(),
      emptyObject,
    )
    expect(JSON.parse(await intoEmpty.text())).toEqual({ x: [[]] })
  })

  describe('replay', () => {
    /** A simulator answering each request with what it asked for, so a replay shows. */
    const echo = async (asked: Request) =>
      Response.json({ asked: await asked.text(), path: new URL(asked.url).pathname })
    const post = (path: string, body: string) => request(path, { method: 'POST', body })
    const served = (faults: FaultInjector, asked: Request) => faults.apply(asked, () => echo(asked))

    it('serves to a different request on the same path the answer last served there', async () => {
      const replayed: string[] = []
      const faults = createFaultInjector([
        { type: 'replay', onReplay: async (r) => replayed.push(await r.clone().text()) },
      ])
      const first = await (await served(faults, post('/payment/detail', '{"paymentId":"1001"}'))).json()
      const second = await (await served(faults, post('/payment/detail', '{"paymentId":"2002"}'))).json()
      expect(first).toEqual({ asked: '{"paymentId":"1001"}', path: '/payment/detail' })
      expect(second).toEqual(first)
      await vi.waitFor(() => expect(replayed).toEqual(['{"paymentId":"2002"}']))
    })

    it('answers the same request, another path and a first request for real', async () => {
      const onReplay = vi.fn()
      const faults = createFaultInjector([{ type: 'replay', onReplay }])
      const answers = []
      for (const [path, asked] of [
        ['/payment/detail', 'a'],
        ['/payment/detail', 'a'],
        ['/reporting', 'b'],
      ] as const) {
        answers.push(await (await served(faults, post(path, asked))).json())
      }
      expect(answers.map((answer) => answer.asked)).toEqual(['a', 'a', 'b'])
      expect(onReplay).not.toHaveBeenCalled()
    })

    it('tells requests apart by query string too, and never replays an error answer', async () => {
      const faults = createFaultInjector([{ type: 'replay' }])
      const byQuery = (asked: Request) =>
        faults.apply(asked, () => Promise.resolve(Response.json({ search: new URL(asked.url).search })))
      await byQuery(request('/details?paymentId=1'))
      expect(await (await byQuery(request('/details?paymentId=2'))).json()).toEqual({
        search: '?paymentId=1',
      })
      await faults.apply(request('/missing?id=1'), () => Promise.resolve(new Response('no', { status: 404 })))
      const answer = await byQuery(request('/missing?id=2'))
      expect(await answer.json()).toEqual({ search: '?id=2' })
    })
  })
})
