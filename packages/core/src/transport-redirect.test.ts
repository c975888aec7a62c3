import { describe, expect, it } from 'vitest'
import { rejectedDurumError } from './__test__/caught-durum-error'
import { listenOnLoopback } from './__test__/listen-on-loopback'
import { createRedactor } from './redact'
import { createTransport, type TransportOptions } from './transport'
import { createTransport as createNodeTransport } from './transport-node'

const merchantKey = '4oK26hK8MOXrIV1bzTRVPA=='
const redactor = createRedactor({ secrets: () => [merchantKey] })

/** A host that would answer "paid" to anything: it must never hear from us. */
async function foreignHost() {
  const received: string[] = []
  const server = await listenOnLoopback((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8')
    })
    request.on('end', () => {
      received.push(`${request.method} ${request.url} ${body}`)
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end('{"RETURN_CODE":"0","STATUS":"SUCCESS"}')
    })
  })
  return { origin: server.origin, received }
}

const paths: [string, (options: TransportOptions) => ReturnType<typeof createTransport>][] = [
  ['ky over fetch', createTransport],
  ['node:http', createNodeTransport],
]

const redirects = [
  [301, 'foreign'],
  [302, 'foreign'],
  [303, 'foreign'],
  [307, 'foreign'],
  [308, 'foreign'],
  [307, 'same host'],
  [300, 'foreign'],
  [304, 'none'],
] as const

describe.each(paths)('a redirect, %s', (_path, create) => {
  it.each(redirects)(
    'HTTP %d (Location: %s) is a provider error; nothing reaches another host',
    async (status, where) => {
      const foreign = await foreignHost()
      const asked: string[] = []
      const provider = await listenOnLoopback((request, response) => {
        asked.push(`${request.method} ${request.url}`)
        request.resume()
        const location =
          where === 'foreign' ? `${foreign.origin}/steal` : where === 'same host' ? '/other-path' : undefined
        response.writeHead(status, location === undefined ? {} : { location }).end()
      })
      const transport = create({
        provider: 'esnekpos',
        baseUrl: provider.origin,
        redactor,
        retry: { limit: 2, backoffMs: 1 },
      })
      const error = await rejectedDurumError(
        transport.request({
          method: 'POST',
          path: '/api/order',
          body: JSON.stringify({ MERCHANT: 'TEST1234', MERCHANT_KEY: merchantKey }),
          readOnly: true,
          source: 'esnekpos.order',
        }),
      )
      expect([error.code, error.reason]).toEqual(['provider', 'core.redirect_refused'])
      expect(error.status).toBe(status)
      expect(error.retryable).toBe(false)
      expect(error.message).toBe(
        `esnekpos answered esnekpos.order with a redirect (HTTP ${status}), which durum never follows: the query and its credentials go only to the configured baseUrl, and only its answer is read. Check baseUrl, and any proxy in between.`,
      )
      expect(foreign.received).toEqual([])
      expect(asked).toEqual(['POST /api/order'])
    },
  )
})

describe('a redirect through an injected fetch', () => {
  const request = {
    method: 'POST',
    path: '/api/order',
    body: '{}',
    readOnly: true,
    source: 'esnekpos.order',
  } as const

  it('asks the fetch not to follow redirects', async () => {
    const seen: Request[] = []
    const fetch: typeof globalThis.fetch = async (input, init) => {
      seen.push(new Request(input, init))
      return new Response('{}')
    }
    await createTransport({ provider: 'esnekpos', baseUrl: 'https://x.test', redactor, fetch }).request(
      request,
    )
    expect(seen[0]?.redirect).toBe('manual')
  })

  it('refuses an opaque redirect (status 0, as browsers give for redirect: manual)', async () => {
    const opaque = Object.assign(Object.create(Response.prototype) as Response, {})
    Object.defineProperties(opaque, {
      status: { value: 0 },
      type: { value: 'opaqueredirect' },
      ok: { value: false },
      redirected: { value: false },
      url: { value: '' },
      headers: { value: new Headers() },
      body: { value: null },
    })
    const fetch: typeof globalThis.fetch = async () => opaque
    const error = await rejectedDurumError(
      createTransport({
        provider: 'esnekpos',
        baseUrl: 'https://x.test',
        redactor,
        fetch,
        retry: false,
      }).request(request),
    )
    expect(error.code).toBe('provider')
    expect(error.message).toContain('with a redirect (HTTP 0)')
  })

  it('refuses the answer of a fetch that followed a redirect anyway', async () => {
    const foreign = await foreignHost()
    const provider = await listenOnLoopback((_request, response) => {
      response.writeHead(307, { location: `${foreign.origin}/steal` }).end()
    })
    // A fetch that ignores redirect: 'manual' (a proxy's, a polyfill's).
    const following: typeof globalThis.fetch = (input, init) =>
      globalThis.fetch(new Request(input, init), { redirect: 'follow' })
    const error = await rejectedDurumError(
      createTransport({
        provider: 'esnekpos',
        baseUrl: provider.origin,
        redactor,
        fetch: following,
        retry: false,
      }).request(request),
    )
    expect(error.code).toBe('provider')
    expect(error.message).toContain('with a redirect (HTTP 200)')
  })
})
