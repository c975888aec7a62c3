import { esnekpos } from '@durum/esnekpos'
import { iyzico } from '@durum/iyzico'
import { createStatusNormalizer } from '@durum/status-normalizer'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { type LoopbackServer, startLoopbackServer } from './support/loopback-server'
import { SECRETS } from './support/provider-harness'
import { sightingsIn } from './support/secret-sightings'
import { iyzicoScenarioBody, paidEsnekposScenario } from './support/seeded-answers'
import { describeOutcome, settle } from './support/settle'

// What the `node` export condition gives a merchant on Node: core's API with `createTransport` over
// `node:http` whenever no `fetch` is passed (the workspace aliases resolve `@durum/core` to the fetch
// build). With it, leaving `fetch` out takes the Node path and passing one takes the fetch path.
vi.mock('@durum/core', async (importOriginal) => {
  const core = await importOriginal<typeof import('@durum/core')>()
  const { createTransport } = await import('../../../packages/core/src/transport-node')
  return { ...core, createTransport }
})

/** The paid answer the foreign host would serve, so following the redirect would read SUCCEEDED. */
const paidIyzico = iyzicoScenarioBody('succeeded')
const paidEsnekpos = paidEsnekposScenario('sendPaymentRequestId')

const providers = [
  {
    name: 'iyzico',
    query: { provider: 'iyzico', paymentId: '20885695' },
    secrets: { 'iyzico API key': SECRETS.iyzicoApiKey, 'iyzico secret key': SECRETS.iyzicoSecretKey },
    paidBody: paidIyzico,
    normalizer: (baseUrl: string, fetch: typeof globalThis.fetch | undefined) =>
      createStatusNormalizer({
        providers: [
          iyzico({
            apiKey: SECRETS.iyzicoApiKey,
            secretKey: SECRETS.iyzicoSecretKey,
            baseUrl,
            refunds: 'skip',
            retry: false,
            timeout: 3000,
            ...(fetch === undefined ? {} : { fetch }),
          }),
        ],
      }),
  },
  {
    name: 'esnekpos',
    query: { provider: 'esnekpos', ...paidEsnekpos.query },
    secrets: { 'EsnekPOS merchant key': SECRETS.esnekposMerchantKey },
    paidBody: JSON.stringify(paidEsnekpos.body),
    normalizer: (baseUrl: string, fetch: typeof globalThis.fetch | undefined) =>
      createStatusNormalizer({
        providers: [
          esnekpos({
            merchant: SECRETS.esnekposMerchant,
            merchantKey: SECRETS.esnekposMerchantKey,
            baseUrl,
            retry: false,
            timeout: 3000,
            ...(fetch === undefined ? {} : { fetch }),
          }),
        ],
      }) as never,
  },
] as const

const paths = [
  { path: 'fetch', fetch: globalThis.fetch, fetchMode: 'cors' },
  { path: 'Node (node:http)', fetch: undefined, fetchMode: undefined },
] as const

const servers: LoopbackServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

describe.each(providers)('$name never follows a redirect', (provider) => {
  const cases = paths.flatMap((transport) => [302, 307, 308].map((status) => ({ ...transport, status })))

  it.each(cases)(
    '$status to another host, on the $path path: provider error, nothing sent there',
    async ({ status, fetch, fetchMode }) => {
      const foreign = await startLoopbackServer(
        () =>
          new Response(provider.paidBody, { headers: { 'content-type': 'application/json;charset=UTF-8' } }),
      )
      servers.push(foreign)
      const redirecting = await startLoopbackServer(
        (request) => new Response(null, { status, headers: { location: `${foreign.url}${request.path}` } }),
      )
      servers.push(redirecting)

      const normalizer = provider.normalizer(redirecting.url, fetch)
      const outcome = await settle(() => normalizer.getStatus(provider.query as never))

      // Which transport spoke: fetch (undici) sends `sec-fetch-mode`, node:http does not.
      expect(redirecting.received.map((request) => request.headers['sec-fetch-mode'])).toEqual([fetchMode])
      expect(describeOutcome(outcome)).toBe('provider')
      expect(foreign.received).toEqual([])
    },
  )

  it.each(paths)(
    'a Location that echoes the keys, on the $path path: not in the error',
    async ({ fetch }) => {
      const echoed = Object.values(provider.secrets).map(encodeURIComponent).join('&k=')
      const redirecting = await startLoopbackServer(
        () =>
          new Response(null, { status: 307, headers: { location: `http://127.0.0.1:9/next?k=${echoed}` } }),
      )
      servers.push(redirecting)
      const normalizer = provider.normalizer(redirecting.url, fetch)
      const outcome = await settle(() => normalizer.getStatus(provider.query as never))
      expect(
        outcome.kind === 'error' ? sightingsIn('Location', outcome.error, provider.secrets) : outcome.kind,
      ).toEqual([])
    },
  )
})
