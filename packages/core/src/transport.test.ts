import type { IncomingMessage, ServerResponse } from 'node:http'
import { inspect } from 'node:util'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { rejectedDurumError } from './__test__/caught-durum-error'
import { listenOnLoopback } from './__test__/listen-on-loopback'
import { createRedactor, REDACTED } from './redact'
import {
  createTransport,
  type RequestEvent,
  type ResponseEvent,
  type Transport,
  type TransportOptions,
} from './transport'
import { createTransport as createNodeTransport } from './transport-node'

const secretKey = 'sandbox-secret-key-0123456789'
const merchantKey = '4oK26hK8MOXrIV1bzTRVPA=='
const redactor = createRedactor({ secrets: () => [secretKey, merchantKey] })

interface Received {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

type Handler = (request: Received, response: ServerResponse, index: number) => void

/** A real HTTP server on 127.0.0.1 that records what it received. */
async function serve(
  handler: Handler,
): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = []
  const server = await listenOnLoopback((request, response) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      body += chunk
    })
    request.on('end', () => {
      const entry = { method: request.method ?? '', url: request.url ?? '', headers: request.headers, body }
      received.push(entry)
      handler(entry, response, received.length - 1)
    })
  })
  return { url: `${server.origin}/api/`, received, close: server.close }
}

function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers })
  response.end(JSON.stringify(body))
}

let create: (options: TransportOptions) => Transport = createTransport

function transport(baseUrl: string, options: Partial<TransportOptions> = {}) {
  return create({
    provider: 'iyzico',
    baseUrl,
    redactor,
    retry: { limit: 2, backoffMs: 5 },
    ...options,
  })
}

const detail = {
  method: 'POST',
  path: '/payment/detail',
  body: '{"paymentId":"1"}',
  source: 'iyzico.payment-detail',
} as const

// The default build (ky over the global fetch) and the Node build (node:http) must behave alike.
describe.each([
  ['ky over fetch', createTransport],
  ['node:http', createNodeTransport],
])('createTransport against a real server, %s', (_name, implementation) => {
  beforeEach(() => {
    create = implementation
  })

  it('sends the exact body to baseUrl + path and returns status, headers, text and url', async () => {
    const server = await serve((_request, response) => json(response, 200, { status: 'success', price: 1.0 }))
    const result = await transport(server.url, { headers: { 'content-type': 'application/json' } }).request(
      detail,
    )
    expect(result.status).toBe(200)
    expect(result.text).toBe('{"status":"success","price":1}')
    expect(result.headers.get('content-type')).toBe('application/json')
    expect(result.url).toBe(`${server.url}payment/detail`)
    expect(server.received[0]).toMatchObject({
      method: 'POST',
      url: '/api/payment/detail',
      body: '{"paymentId":"1"}',
    })
    expect(server.received[0]?.headers['content-type']).toBe('application/json')
  })

  it('sends a user agent and accept header unless the request has its own, never twice', async () => {
    const server = await serve((_request, response) => json(response, 200, {}))
    const client = transport(server.url)
    await client.request(detail)
    await client.request({ ...detail, headers: { Accept: 'application/json', 'User-Agent': 'shop/1.0' } })
    const [plain, own] = server.received
    expect(plain?.headers['user-agent']).toBeTruthy()
    expect(plain?.headers.accept).toBe('*/*')
    expect(own?.headers.accept).toBe('application/json')
    expect(own?.headers['user-agent']).toBe('shop/1.0')
  })

  it('retries a 5xx for a read-only POST and returns the success', async () => {
    const server = await serve((_request, response, index) =>
      index === 0 ? json(response, 503, { error: 'busy' }) : json(response, 200, { ok: true }),
    )
    const result = await transport(server.url).request({ ...detail, readOnly: true })
    expect(result.status).toBe(200)
    expect(server.received).toHaveLength(2)
  })

  it('never retries a POST that is not read-only, and returns the 5xx instead of throwing', async () => {
    const server = await serve((_request, response) => json(response, 500, { error: 'boom' }))
    const result = await transport(server.url).request(detail)
    expect(result.status).toBe(500)
    expect(server.received).toHaveLength(1)
  })

  it('retries a GET on 5xx up to the limit, then returns the last answer', async () => {
    const server = await serve((_request, response) => json(response, 502, {}))
    const result = await transport(server.url).request({
      method: 'GET',
      path: 'v2/x?id=1',
      source: 'iyzico.reporting',
    })
    expect(result.status).toBe(502)
    expect(server.received).toHaveLength(3)
    expect(server.received[0]?.url).toBe('/api/v2/x?id=1')
  })

  it('does not retry 4xx other than 429', async () => {
    const server = await serve((_request, response) => json(response, 401, {}))
    expect((await transport(server.url).request({ ...detail, readOnly: true })).status).toBe(401)
    expect(server.received).toHaveLength(1)
  })

  it('honours Retry-After in seconds on 429', async () => {
    const server = await serve((_request, response, index) =>
      index === 0 ? json(response, 429, {}, { 'retry-after': '1' }) : json(response, 200, {}),
    )
    const started = Date.now()
    const result = await transport(server.url).request({ ...detail, readOnly: true })
    expect(result.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(950)
  })

  it('throws rate_limited at once, unretried, when Retry-After asks for longer than maxRetryAfterMs', async () => {
    const server = await serve((_request, response) => json(response, 429, {}, { 'retry-after': '120' }))
    const started = Date.now()
    const error = await rejectedDurumError(
      transport(server.url, { retry: { limit: 3, maxRetryAfterMs: 1_000 } }).request({
        ...detail,
        readOnly: true,
      }),
    )
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 120_000, retryable: true })
    expect(error.message).toBe(
      'iyzico asked to wait 120000 ms before iyzico.payment-detail is sent again (HTTP 429, Retry-After), longer than durum waits (1000 ms), so it was not retried. Try again after that.',
    )
    expect(server.received).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it("throws rate_limited at once when Retry-After ends past the caller's deadline", async () => {
    const server = await serve((_request, response, index) =>
      index === 0 ? json(response, 429, {}, { 'retry-after': '5' }) : json(response, 200, {}),
    )
    const started = Date.now()
    const error = await rejectedDurumError(
      transport(server.url).request({ ...detail, readOnly: true, deadline: started + 1_000 }),
    )
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 5_000, retryable: true })
    expect(error.message).toMatch(
      /^iyzico asked to wait 5000 ms before iyzico\.payment-detail is sent again \(HTTP 429, Retry-After\), longer than the caller's remaining \d+ ms, so it was not retried\. Try again after that\.$/,
    )
    expect(server.received).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it.each([
    ['99999999 seconds', '99999999', 99_999_999_000],
    ['a date in year 9999', 'Fri, 31 Dec 9999 23:59:59 GMT', Date.UTC(9999, 11, 31, 23, 59, 59)],
  ])('never sleeps through a Retry-After of %s: rate_limited at once', async (_what, header, ms) => {
    const server = await serve((_request, response) => json(response, 503, {}, { 'retry-after': header }))
    const started = Date.now()
    const error = await rejectedDurumError(transport(server.url).request({ ...detail, readOnly: true }))
    expect(error.code).toBe('rate_limited')
    expect(error.status).toBe(503)
    // A date's wait counts from now: within a second of the asked instant.
    expect(Math.abs((error.retryAfterMs as number) - (ms > 1e12 ? ms - started : ms))).toBeLessThan(1_000)
    expect(server.received).toHaveLength(1)
    expect(Date.now() - started).toBeLessThan(1_000)
  })

  it('times out a server that never answers, naming the provider and the timeout', async () => {
    const server = await serve(() => {})
    const started = Date.now()
    const error = await rejectedDurumError(
      transport(server.url, { timeout: 200, retry: false }).request(detail),
    )
    expect(Date.now() - started).toBeLessThan(1_500)
    expect(error.code).toBe('transport')
    expect(error.retryable).toBe(true)
    expect(error.provider).toBe('iyzico')
    expect(error.source).toBe('iyzico.payment-detail')
    expect(error.message).toContain('iyzico did not answer within 200 ms')
  })

  it('times out a body that stops half-way: the timer covers the body too', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write('{"status":"succ')
    })
    const error = await rejectedDurumError(
      transport(server.url, { timeout: 200, retry: false }).request(detail),
    )
    expect(error.message).toContain('did not answer within 200 ms')
  })

  it('closes the connection of a body still dripping when the attempt times out', async () => {
    let closed = false
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      const drip = setInterval(() => response.write(' '), 20)
      response.on('close', () => {
        clearInterval(drip)
        closed = true
      })
      setTimeout(() => response.end('{}'), 5_000)
    })
    const error = await rejectedDurumError(
      transport(server.url, { timeout: 200, retry: false }).request(detail),
    )
    expect(error.message).toContain('did not answer within 200 ms')
    const deadline = Date.now() + 1_000
    while (!closed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(closed).toBe(true)
  })

  it('closes the connection of a body of declared length still dripping when the attempt times out', async () => {
    let closed = false
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
      const drip = setInterval(() => response.write(' '), 20)
      response.on('close', () => {
        clearInterval(drip)
        closed = true
      })
    })
    const error = await rejectedDurumError(
      transport(server.url, { timeout: 200, retry: false }).request(detail),
    )
    expect(error.message).toContain('did not answer within 200 ms')
    const deadline = Date.now() + 1_000
    while (!closed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
    expect(closed).toBe(true)
  })

  it('retries a timeout of a read-only request, each attempt with its own timer', async () => {
    const server = await serve((_request, response, index) => {
      if (index > 0) json(response, 200, { ok: true })
    })
    const result = await transport(server.url, { timeout: 200 }).request({ ...detail, readOnly: true })
    expect(result.status).toBe(200)
    expect(server.received).toHaveLength(2)
  })

  it('reports a connection reset mid-body as a retryable transport error, and retries it', async () => {
    const server = await serve((_request, response, index) => {
      if (index === 0) {
        response.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' })
        response.write('{"status":"success","pri', () => response.socket?.destroy())
      } else {
        json(response, 200, { status: 'success' })
      }
    })
    const once = await rejectedDurumError(transport(server.url, { retry: false }).request(detail))
    expect(once.code).toBe('transport')
    expect(once.retryable).toBe(true)
    expect(once.message).toContain('iyzico could not be reached')
    const retried = await transport(server.url).request({ ...detail, readOnly: true })
    expect(retried.text).toBe('{"status":"success"}')
  })

  it('ends a hanging call promptly when the caller aborts, not retryable, cause = reason', async () => {
    const controller = new AbortController()
    const reason = new Error('user navigated away')
    let abortedAt = 0
    // Aborted once the server holds the request (not after a fixed delay, which a busy machine outruns).
    const server = await serve(() => {
      abortedAt = Date.now()
      controller.abort(reason)
    })
    const error = await rejectedDurumError(
      transport(server.url).request({ ...detail, readOnly: true, signal: controller.signal }),
    )
    expect(Date.now() - abortedAt).toBeLessThan(1_000)
    expect(error.code).toBe('transport')
    expect(error.retryable).toBe(false)
    expect(error.cause).toBe(reason)
    expect(server.received).toHaveLength(1)
  })

  it('ends promptly when the caller aborts during a retry delay', async () => {
    const controller = new AbortController()
    // Aborted once the 503 is out, not at a fixed time from the start: on a busy machine the first
    // request can take longer than that to arrive.
    const server = await serve((_request, response) => {
      json(response, 503, {}, { 'retry-after': '5' })
      setTimeout(() => controller.abort(), 100)
    })
    const started = Date.now()
    const error = await rejectedDurumError(
      transport(server.url).request({ ...detail, readOnly: true, signal: controller.signal }),
    )
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(error.retryable).toBe(false)
    expect((error.cause as Error).name).toBe('AbortError')
    expect(server.received).toHaveLength(1)
  })

  it('does not even send when the signal is already aborted', async () => {
    const server = await serve((_request, response) => json(response, 200, {}))
    const error = await rejectedDurumError(
      transport(server.url).request({ ...detail, signal: AbortSignal.abort() }),
    )
    expect(error.retryable).toBe(false)
    expect(server.received).toHaveLength(0)
  })

  it('returns an HTML error page with its status, for the provider to judge', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' })
      response.end('<html><body><h1>502 Bad Gateway</h1></body></html>')
    })
    const result = await transport(server.url, { retry: false }).request(detail)
    expect(result.status).toBe(502)
    expect(result.text).toContain('Bad Gateway')
  })

  it('signs each attempt afresh through the headers function', async () => {
    const server = await serve((_request, response, index) => json(response, index < 2 ? 503 : 200, {}))
    const attempts: number[] = []
    await transport(server.url).request({
      ...detail,
      readOnly: true,
      headers: async (attempt) => {
        attempts.push(attempt)
        return { authorization: `IYZWSv2 sig-${attempt}`, 'x-iyzi-rnd': `rnd-${attempt}` }
      },
    })
    expect(attempts).toEqual([1, 2, 3])
    expect(server.received.map((request) => request.headers['x-iyzi-rnd'])).toEqual([
      'rnd-1',
      'rnd-2',
      'rnd-3',
    ])
  })

  it('tells the hooks of every attempt of a retried request, in order', async () => {
    const server = await serve((_request, response, index) => json(response, index < 2 ? 503 : 200, {}))
    const events: string[] = []
    await transport(server.url, {
      onRequest: (event) => events.push(`request ${event.attempt}`),
      onResponse: (event) => events.push(`response ${event.attempt}: ${event.status}`),
    }).request({ ...detail, readOnly: true })
    expect(events).toEqual([
      'request 1',
      'response 1: 503',
      'request 2',
      'response 2: 503',
      'request 3',
      'response 3: 200',
    ])
  })

  it('gives hooks redacted events only', async () => {
    const server = await serve((request, response) =>
      json(response, 200, { echo: request.body, secretKey }, { 'set-cookie': 'session=abc' }),
    )
    const requests: RequestEvent[] = []
    const responses: ResponseEvent[] = []
    await transport(server.url, {
      onRequest: (event) => requests.push(event),
      onResponse: (event) => responses.push(event),
      headers: { 'x-api-key': 'plain-header-key' },
    }).request({
      ...detail,
      path: `/payment/detail?token=${encodeURIComponent(merchantKey)}`,
      body: JSON.stringify({ MERCHANT: 'TEST1234', MERCHANT_KEY: merchantKey }),
      headers: { authorization: `IYZWSv2 ${btoa(`apiKey:k&secret:${secretKey}`)}` },
    })
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({
      provider: 'iyzico',
      source: 'iyzico.payment-detail',
      method: 'POST',
      attempt: 1,
      headers: { authorization: REDACTED, 'x-api-key': REDACTED },
    })
    expect(requests[0]?.body).toContain('"MERCHANT":"TEST1234"')
    expect(responses[0]).toMatchObject({ status: 200, attempt: 1, headers: { 'set-cookie': REDACTED } })
    expect(responses[0]?.durationMs).toBeGreaterThanOrEqual(0)
    const everything = `${JSON.stringify([requests, responses])} ${inspect([requests, responses], { depth: 10 })}`
    for (const secret of [
      secretKey,
      merchantKey,
      encodeURIComponent(merchantKey),
      'plain-header-key',
      'session=abc',
    ]) {
      expect(everything).not.toContain(secret)
    }
  })

  it('gives hooks events with no encoded form of a secret either', async () => {
    const lowerPercent = encodeURIComponent(merchantKey).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())
    const dotNet = merchantKey.replaceAll('=', '\\u003D')
    const entities = merchantKey.replaceAll('=', '&#61;')
    const server = await serve((_request, response) =>
      json(response, 200, { echo: `<b>${entities}</b>`, url: `https:\\/\\/x.test\\/?k=${lowerPercent}` }),
    )
    const events: unknown[] = []
    await transport(server.url, {
      onRequest: (event) => events.push(event),
      onResponse: (event) => events.push(event),
    }).request({ ...detail, path: `/payment/detail?token=${lowerPercent}`, body: `{"echo":"${dotNet}"}` })
    expect(events).toHaveLength(2)
    const everything = `${JSON.stringify(events)} ${inspect(events, { depth: 10 })}`
    for (const form of [lowerPercent, dotNet, entities, merchantKey]) expect(everything).not.toContain(form)
    expect(everything).toContain(REDACTED)
  })

  it('stops reading an answer past maxResponseBytes, without buffering the rest, and does not retry', async () => {
    let written = 0
    const server = await serve((_request, response) => {
      // An endless body: chunks keep coming until the client hangs up.
      response.writeHead(200, { 'content-type': 'application/json' })
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      const pump = () => {
        while (!response.destroyed && written < 50 * 1024 * 1024 && response.write(chunk))
          written += chunk.length
        if (!response.destroyed && written < 50 * 1024 * 1024) response.once('drain', pump)
      }
      response.on('close', () => response.removeAllListeners('drain'))
      pump()
    })
    const error = await rejectedDurumError(
      transport(server.url, { maxResponseBytes: 1024 * 1024 }).request({ ...detail, readOnly: true }),
    )
    expect(error.code).toBe('response_format')
    expect(error.status).toBe(200)
    expect(error.retryable).toBe(false)
    expect(error.message).toContain(
      'iyzico answered iyzico.payment-detail (HTTP 200) with more than 1048576 bytes',
    )
    expect(server.received).toHaveLength(1)
    // Cut off near the cap: the server could write only what the socket buffers took.
    expect(written).toBeLessThan(20 * 1024 * 1024)
  })

  it('refuses a body whose Content-Length is over the cap before reading it; 2 MiB by default', async () => {
    const big = `{"padding":"${'x'.repeat(5 * 1024 * 1024)}"}`
    const server = await serve((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(big),
      })
      response.end(big)
    })
    const error = await rejectedDurumError(transport(server.url).request(detail))
    expect(error.code).toBe('response_format')
    expect(error.message).toContain('with more than 2097152 bytes')
  })

  it('reads an answer of exactly maxResponseBytes', async () => {
    const body = JSON.stringify({ padding: 'x'.repeat(1000 - 14) })
    expect(Buffer.byteLength(body)).toBe(1000)
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.write(body.slice(0, 500))
      response.end(body.slice(500))
    })
    const result = await transport(server.url, { maxResponseBytes: 1000 }).request(detail)
    expect(result.text).toBe(body)
  })

  it('reports an unreachable provider as transport after the retries', async () => {
    const server = await serve((_request, response) => json(response, 200, {}))
    const closed = server.url
    await server.close()
    const events: RequestEvent[] = []
    const error = await rejectedDurumError(
      transport(closed, { onRequest: (event) => events.push(event) }).request({ ...detail, readOnly: true }),
    )
    expect(error.code).toBe('transport')
    expect(error.retryable).toBe(true)
    expect(error.message).toMatch(
      /iyzico could not be reached \(iyzico\.payment-detail, attempt 3 of 3: ECONNREFUSED\)/,
    )
    expect(events.map((event) => event.attempt)).toEqual([1, 2, 3])
  })
})

describe('createTransport with an injected fetch', () => {
  beforeEach(() => {
    create = createTransport
  })

  it('uses it, passing method, url, headers and body, and never throws for a status', async () => {
    const seen: Request[] = []
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init)
      seen.push(request)
      return new Response('{"errorCode":"1000"}', { status: 401 })
    }
    const result = await transport('https://sandbox-api.iyzipay.com', { fetch }).request({
      ...detail,
      headers: { 'x-test': '1' },
    })
    expect(result).toMatchObject({
      status: 401,
      text: '{"errorCode":"1000"}',
      url: 'https://sandbox-api.iyzipay.com/payment/detail',
    })
    expect(seen[0]?.method).toBe('POST')
    expect(seen[0]?.url).toBe('https://sandbox-api.iyzipay.com/payment/detail')
    expect(seen[0]?.headers.get('x-test')).toBe('1')
    expect(await seen[0]?.text()).toBe('{"paymentId":"1"}')
  })

  it('calls the fetch unbound, as a browser fetch passed in by reference requires', async () => {
    function browserLikeFetch(this: unknown): Promise<Response> {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation')
      return Promise.resolve(new Response('{}'))
    }
    const result = await transport('https://x.test', { fetch: browserLikeFetch as typeof fetch }).request(
      detail,
    )
    expect(result.status).toBe(200)
  })

  it('honours Retry-After as an HTTP date', async () => {
    let calls = 0
    const fetch: typeof globalThis.fetch = async () => {
      calls++
      if (calls > 1) return new Response('{}')
      const at = new Date(Math.ceil((Date.now() + 1_500) / 1_000) * 1_000).toUTCString()
      return new Response('', { status: 503, headers: { 'retry-after': at } })
    }
    const started = Date.now()
    const result = await transport('https://x.test', { fetch }).request({ ...detail, readOnly: true })
    expect(result.status).toBe(200)
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400)
  })

  it('waits a fully jittered backoff between attempts', async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5)
    try {
      let calls = 0
      const fetch: typeof globalThis.fetch = async () =>
        new Response('', { status: ++calls === 1 ? 500 : 200 })
      const started = Date.now()
      await transport('https://x.test', { fetch, retry: { limit: 1, backoffMs: 400 } }).request({
        method: 'GET',
        path: '/',
        source: 's',
      })
      // Retry 1 waits random × min(maxDelayMs, backoffMs × 2^0) = 0.5 × 400 ms.
      expect(Date.now() - started).toBeGreaterThanOrEqual(190)
      expect(random).toHaveBeenCalled()
    } finally {
      random.mockRestore()
    }
  })

  it('settles on timeout and on abort even when the fetch ignores its signal', async () => {
    const fetch: typeof globalThis.fetch = () => new Promise<Response>(() => {})
    const timedOut = await rejectedDurumError(
      transport('https://x.test', { fetch, timeout: 100, retry: false }).request(detail),
    )
    expect(timedOut.message).toContain('did not answer within 100 ms')
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 30)
    const aborted = await rejectedDurumError(
      transport('https://x.test', { fetch }).request({ ...detail, signal: controller.signal }),
    )
    expect(aborted.retryable).toBe(false)
  })

  it('keeps secrets out of a network error, its cause and its JSON', async () => {
    const fetch: typeof globalThis.fetch = async () => {
      throw new TypeError('fetch failed', { cause: new Error(`socket closed while sending ${merchantKey}`) })
    }
    const error = await rejectedDurumError(
      transport('https://x.test', { fetch, retry: false }).request(detail),
    )
    const everything = `${error.message} ${JSON.stringify(error)} ${inspect(error, { depth: 10 })}`
    expect(everything).not.toContain(merchantKey)
    expect(everything).toContain(REDACTED)
  })

  it('ignores a throwing hook: logging never changes a result', async () => {
    const fetch: typeof globalThis.fetch = async () => new Response('{}')
    const result = await transport('https://x.test', {
      fetch,
      onRequest: () => {
        throw new Error('logger down')
      },
      onResponse: () => {
        throw new Error('logger down')
      },
    }).request(detail)
    expect(result.status).toBe(200)
  })

  it('caps a stand-in fetch answer too, and refuses a bad maxResponseBytes at setup', async () => {
    const error = await rejectedDurumError(
      transport('https://api.example.test', {
        fetch: async () => new Response('x'.repeat(2049)),
        maxResponseBytes: 2048,
      }).request(detail),
    )
    expect(error.code).toBe('response_format')
    expect(error.message).toContain('with more than 2048 bytes')
    for (const maxResponseBytes of [0, -1, 1.5, Number.NaN]) {
      expect(() => transport('https://api.example.test', { maxResponseBytes })).toThrow(RangeError)
    }
  })

  it('refuses a relative baseUrl and a bad timeout at setup', () => {
    expect(() => createTransport({ provider: 'iyzico', baseUrl: 'api.iyzipay.com', redactor })).toThrow(
      /absolute URL/,
    )
    expect(() =>
      createTransport({ provider: 'iyzico', baseUrl: 'https://x.test', redactor, timeout: 0 }),
    ).toThrow(RangeError)
    expect(() =>
      createTransport({ provider: 'iyzico', baseUrl: 'https://x.test', redactor, timeout: 2 ** 31 }),
    ).toThrow(RangeError)
    expect(() =>
      createTransport({ provider: 'iyzico', baseUrl: 'https://x.test', redactor, timeout: 300_001 }),
    ).toThrow('timeout must be a positive number of milliseconds, at most 300000 (5 minutes), got 300001.')
    expect(() =>
      createTransport({
        provider: 'iyzico',
        baseUrl: 'https://x.test',
        redactor,
        retry: { limit: 1, maxRetryAfterMs: 3_600_001 },
      }),
    ).toThrow('retry.maxRetryAfterMs must be a non-negative number, at most 3600000, got 3600001.')
  })
})
