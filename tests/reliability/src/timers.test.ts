import { DurumError } from '@durum/core'
import { esnekpos } from '@durum/esnekpos'
import { iyzico } from '@durum/iyzico'
import { type BatchResult, createStatusNormalizer } from '@durum/status-normalizer'
import { afterEach, describe, expect, it } from 'vitest'
import { type LoopbackServer, startLoopbackServer } from './support/loopback-server'
import { harnesses, type RunningHarness, SECRETS } from './support/provider-harness'
import { paidEsnekposScenario, pendingQueries } from './support/seeded-answers'

/**
 * Node fires a timer set past 2³¹−1 ms after 1 ms. A wait a provider or a caller asks for beyond that
 * must be capped, chained or refused: never turned into a tight loop or an instant timeout, and never
 * into a batch that hangs forever. Every call here runs under a bound far below the test timeout; a
 * call still running at its bound is aborted and reported as hung.
 */

/** How long a call may take here before it counts as hung. */
const BOUND_MS = 8000

type Ended<T> = { kind: 'value'; value: T; ms: number } | { kind: 'error'; error: unknown; ms: number }

/** Runs `call` for at most `ms`; past that its signal aborts and the result is `hung`. */
async function within<T>(ms: number, call: (signal: AbortSignal) => Promise<T>): Promise<Ended<T> | 'hung'> {
  const controller = new AbortController()
  const started = performance.now()
  // A call that throws before returning its promise (an option refused at once) ends like a rejection.
  const ended = Promise.resolve(controller.signal)
    .then(call)
    .then(
      (value): Ended<T> => ({ kind: 'value', value, ms: performance.now() - started }),
      (error: unknown): Ended<T> => ({ kind: 'error', error, ms: performance.now() - started }),
    )
  let timer: ReturnType<typeof setTimeout> | undefined
  const bound = new Promise<'hung'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort(new Error('the test bound passed'))
      resolve('hung')
    }, ms)
  })
  try {
    return await Promise.race([ended, bound])
  } finally {
    clearTimeout(timer)
  }
}

/** `validation`, `rate_limited`…: the code of a DurumError, else a description of what came instead. */
function codeOf(ended: Ended<unknown> | 'hung'): string {
  if (ended === 'hung') return 'hung'
  if (ended.kind === 'value') return 'a value'
  return DurumError.isInstance(ended.error) ? ended.error.code : `not a DurumError: ${String(ended.error)}`
}

async function collect<T>(batch: AsyncIterable<T>): Promise<T[]> {
  const results: T[] = []
  for await (const result of batch) results.push(result)
  return results
}

function batchCodes(results: BatchResult[]): string[] {
  return results.map((result) => (result.ok ? result.result.status : result.error.code))
}

let running: RunningHarness | undefined
const servers: LoopbackServer[] = []
afterEach(async () => {
  await running?.close()
  running = undefined
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

describe.each(harnesses)('bounded waits: $name', (harness) => {
  const query = { provider: harness.name, ...pendingQueries[harness.name] }

  it('Retry-After: 99999999 does not make waitForStatus poll again', async () => {
    running = await harness.start()
    running.addFault({ type: 'rate_limit', retryAfterSeconds: 99_999_999 })
    const { normalizer } = running
    const ended = await within(BOUND_MS, (signal) =>
      normalizer.waitForStatus(query as never, { timeoutMs: 1500, intervalMs: 50, signal }),
    )
    expect(running.primaryRequests()).toBe(1)
    expect(['rate_limited', 'transport']).toContain(codeOf(ended))
  })

  it('timeoutMs: 3e9 is refused or honoured, never an instant timeout', async () => {
    running = await harness.start()
    const { normalizer } = running
    const ended = await within(1500, (signal) =>
      normalizer.waitForStatus(query as never, { timeoutMs: 3e9, intervalMs: 50, signal }),
    )
    // Honoured: still polling when the bound aborts it. Refused: a ValidationError before any request.
    const verdict =
      ended === 'hung'
        ? running.primaryRequests() > 1
          ? 'honoured'
          : `waited without polling (${running.primaryRequests()} requests)`
        : codeOf(ended) === 'validation' && running.primaryRequests() === 0
          ? 'refused'
          : `ended after ${Math.round(ended.ms)} ms with ${codeOf(ended)}`
    expect(['honoured', 'refused']).toContain(verdict)
  })

  it('intervalMs: 3e9 is refused or honoured, never a tight polling loop', async () => {
    running = await harness.start()
    const { normalizer } = running
    const ended = await within(BOUND_MS, (signal) =>
      normalizer.waitForStatus(query as never, { timeoutMs: 1000, intervalMs: 3e9, signal }),
    )
    const verdict =
      codeOf(ended) === 'validation'
        ? running.primaryRequests() === 0
          ? 'refused'
          : 'refused after sending'
        : `${codeOf(ended)} after ${running.primaryRequests()} requests`
    expect(['refused', 'transport after 1 requests']).toContain(verdict)
  })

  it('ratePerMinute: 1e-5 does not leave a batch hanging', async () => {
    running = await harness.start()
    const { normalizer } = running
    const queries = [0, 1, 2].map(() => ({ provider: harness.name, ...harness.paidQuery }))
    const ended = await within(BOUND_MS, (signal) =>
      collect(normalizer.getStatuses(queries as never, { ratePerMinute: 1e-5, signal })),
    )
    // Refused as an option, or run with the held-back queries answered `rate_limited`.
    if (ended !== 'hung' && ended.kind === 'value') {
      expect(batchCodes(ended.value).filter((code) => code !== 'rate_limited')).toEqual(['SUCCEEDED'])
    } else {
      expect(codeOf(ended)).toBe('validation')
    }
  })
})

describe.each([
  {
    name: 'iyzico',
    query: { provider: 'iyzico', paymentId: '20885695' },
    normalizer: (baseUrl: string) =>
      createStatusNormalizer({
        providers: [iyzico({ apiKey: SECRETS.iyzicoApiKey, secretKey: SECRETS.iyzicoSecretKey, baseUrl })],
      }),
  },
  {
    name: 'esnekpos',
    query: { provider: 'esnekpos', ...paidEsnekposScenario('sendPaymentRequestId').query },
    normalizer: (baseUrl: string) =>
      createStatusNormalizer({
        providers: [
          esnekpos({ merchant: SECRETS.esnekposMerchant, merchantKey: SECRETS.esnekposMerchantKey, baseUrl }),
        ],
      }) as never,
  },
] as const)('a Retry-After date in year 9999: $name', ({ query, normalizer }) => {
  it('a batch held back by it ends promptly with rate_limited, no query sent twice', async () => {
    const server = await startLoopbackServer(
      () =>
        new Response('{"error":"slow down"}', {
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': 'Fri, 31 Dec 9999 23:59:59 GMT' },
        }),
    )
    servers.push(server)
    const batch = normalizer(server.url)
    const ended = await within(BOUND_MS, (signal) =>
      // One at a time, so the later queries start only after the provider asked for the wait.
      collect(batch.getStatuses([query, query, query] as never, { concurrency: 1, signal })),
    )
    expect(
      ended === 'hung' ? 'hung' : ended.kind === 'value' ? batchCodes(ended.value) : codeOf(ended),
    ).toEqual(['rate_limited', 'rate_limited', 'rate_limited'])
    // The held-back queries may be answered without asking again; none is asked twice.
    expect(server.received.length).toBeGreaterThanOrEqual(1)
    expect(server.received.length).toBeLessThanOrEqual(3)
  })
})
