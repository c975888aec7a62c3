import { DurumError, type DurumErrorCode, type Locale } from '@durum/core'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { createStatusNormalizer } from '../create-status-normalizer'
import type { QueryOf, StatusProvider } from '../define-provider'
import type { BatchResult } from '../get-statuses'
import { type NormalizedResult, NormalizedResultSchema, SessionStatusSchema } from '../normalized-result'
import { PAYMENT_STATUSES } from '../payment-status'
import { reasonPatternOf } from './catalog-gaps'
import type { FaultInjector, FaultRule } from './fault'
import { findSecrets } from './find-secrets'
import { serveFetchHandler } from './serve-fetch-handler'

/** What the suite hands to `createProvider`: the simulator's fetch, and transport settings for a test. */
export interface ConformanceProviderOptions {
  fetch: typeof fetch
  /** ms per attempt. */
  timeout?: number
  retry?: false
}

export interface ConformanceSimulator {
  fetch: typeof fetch
  faults: FaultInjector
}

export interface ConformanceScenario {
  name: string
  /** The provider's query, with or without `provider`. */
  query: object
  expect: { kind?: 'payment' | 'session'; status: string }
}

export interface ProviderConformanceOptions {
  /** The provider's name, as `provider.name` and the `provider` key of queries. */
  name: string
  /** Always called with `retry: false`, so a fault shows itself on the first attempt. */
  createProvider(options: ConformanceProviderOptions): StatusProvider
  /** A fresh simulator per test. */
  createSimulator(): ConformanceSimulator
  scenarios: readonly ConformanceScenario[]
  /** Every status the provider documents; each must be the expected status of some scenario. */
  statuses: readonly string[]
  /** Queries the simulator answers with an error, and the code that error must carry. */
  errors: readonly { name: string; query: object; code: DurumErrorCode }[]
  /** Queries that must fail validation, naming `field`, before any request is sent. */
  invalidQueries: readonly { name: string; query: unknown; field: string }[]
  /** A provider whose credentials the simulator rejects; queries must fail with `authentication`. */
  wrongCredentials(options: ConformanceProviderOptions): StatusProvider
  /** Values that must never appear in any result, error, cause, `JSON.stringify` or `util.inspect`. */
  secrets: readonly string[]
  /**
   * For a provider whose answers name nothing of the query (no echoed id, no signature), so a replayed
   * answer cannot be told from the right one: `reason` says why, as its README does, and the replay
   * check gives way to this one: the first scenario's answer made to name another record by
   * `aboutAnother` must still be refused.
   */
  unboundAnswers?: { reason: string; aboutAnother(body: Record<string, unknown>): unknown }
}

/** How long a hung request may take to fail with `timeout: 200` (timer slack on a loaded machine). */
const TIMEOUT_MS = 200
const TIMEOUT_BUDGET_MS = 2000
const ABORT_BUDGET_MS = 1000
/** How soon a wait the provider asks for beyond every bound must come back as `rate_limited`. */
const PROMPT_MS = 1000
/** `Retry-After` in seconds: about three years, far past the 2³¹−1 ms a timer can hold. */
const ENDLESS_RETRY_AFTER_S = 99_999_999
/** The nesting of a hostile body: deeper than any recursive walk survives. */
const HOSTILE_DEPTH = 5000

/**
 * The shared conformance suite: every provider package runs it against its own simulator. It checks
 * the provider keeps the contract the engine and merchants rely on — scenarios map as documented and
 * fit the model, every documented status is reachable, failures are typed `DurumError`s, invalid
 * queries are refused before a request is sent, no secret leaks anywhere, timeouts and aborts end a
 * hung request promptly, a provider's wait beyond every bound is answered at once, no redirect is
 * followed, a hostile body nested deep is a `response_format` error, and an answer about another
 * payment is refused.
 */
export function describeProviderConformance(options: ProviderConformanceOptions): void {
  const { name } = options
  const engineQuery = (query: unknown) =>
    ({ ...(query as object), provider: name }) as QueryOf<StatusProvider>

  const setup = (providerOptions: Omit<ConformanceProviderOptions, 'fetch'> = {}) => {
    const simulator = options.createSimulator()
    let requests = 0
    const countingFetch: typeof fetch = (input, init) => {
      requests++
      return simulator.fetch(input, init)
    }
    const provider = options.createProvider({ ...providerOptions, fetch: countingFetch, retry: false })
    const durum = createStatusNormalizer({ providers: [provider] })
    const getStatus = (query: unknown, signal?: AbortSignal, locale?: Locale) =>
      durum.getStatus(engineQuery(query), { ...(signal ? { signal } : {}), ...(locale ? { locale } : {}) })
    return { simulator, provider, fetch: countingFetch, getStatus, requests: () => requests }
  }

  const firstScenario = () => {
    const [scenario] = options.scenarios
    if (scenario === undefined)
      throw new Error(`describeProviderConformance(${name}) needs at least one scenario`)
    return scenario
  }

  const expectError = async (promise: Promise<unknown>): Promise<DurumError> => {
    const error = await promise.then(
      (result) => {
        throw new Error(`Expected a DurumError, got a result: ${JSON.stringify(result)}`)
      },
      (caught: unknown) => caught,
    )
    expect(DurumError.isInstance(error), `expected a DurumError, got ${String(error)}`).toBe(true)
    const durumError = error as DurumError
    expect(durumError.message.length).toBeGreaterThan(0)
    return durumError
  }

  const expectNoSecrets = (value: unknown, what: string) => {
    const found = findSecrets(value, options.secrets)
    const masked = found.map((secret) => `secret #${options.secrets.indexOf(secret) + 1}`)
    expect(masked, `${what} leaks ${masked.join(', ')}`).toEqual([])
  }

  const reasonPattern = reasonPatternOf(name)
  // An error the kit or the transport found (a timeout, an HTTP status) is core's.
  const errorReasonPattern = new RegExp(`${reasonPattern.source}|${reasonPatternOf('core').source}`)

  describe(`${name} provider conformance`, () => {
    it('is named as its queries say', () => {
      expect(setup().provider.name).toBe(name)
    })

    describe('scenarios', () => {
      for (const scenario of options.scenarios) {
        it(`${scenario.name} → ${scenario.expect.status}`, async () => {
          const { getStatus } = setup()
          const result = await getStatus(scenario.query)
          const parsed = v.safeParse(NormalizedResultSchema, result)
          const issues = parsed.success
            ? []
            : parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`)
          expect(issues, 'the result must fit NormalizedResultSchema').toEqual([])
          expect(result.status).toBe(scenario.expect.status)
          if (scenario.expect.kind !== undefined) expect(result.kind).toBe(scenario.expect.kind)
          expect(result.provider).toBe(name)
          expect(result.rawStatus, 'rawStatus keeps the provider words').not.toBe('')
          expect(result.explanation, 'explanation names the rule that fired').not.toBe('')
          expect(result.reason, 'reason is <provider>.<snake_case>').toMatch(reasonPattern)
          expectNoSecrets(result, `scenario ${scenario.name}`)
        })

        it(`${scenario.name} → ${scenario.expect.status}, explained in Turkish when asked`, async () => {
          const english = await setup().getStatus(scenario.query)
          const turkish = await setup().getStatus(scenario.query, undefined, 'tr')
          expect(turkish.status).toBe(english.status)
          expect(turkish.reason, 'reason is the same in every locale').toBe(english.reason)
          expect(turkish.explanation.trim(), 'a Turkish explanation').not.toBe('')
          expect(turkish.explanation, 'the Turkish explanation is not the English one').not.toBe(
            english.explanation,
          )
        })
      }
    })

    it('reaches every documented status through some scenario', () => {
      const reached = new Set(options.scenarios.map((scenario) => scenario.expect.status))
      expect(options.statuses.filter((status) => !reached.has(status))).toEqual([])
    })

    it('documents only statuses of the model', () => {
      const known = new Set<string>([...PAYMENT_STATUSES, ...SessionStatusSchema.options])
      expect(options.statuses.filter((status) => !known.has(status))).toEqual([])
    })

    describe('errors are typed', () => {
      for (const error of options.errors) {
        it(`${error.name} → ${error.code}`, async () => {
          const { getStatus } = setup()
          const caught = await expectError(getStatus(error.query))
          expect(caught.code).toBe(error.code)
          expect(caught.reason, 'reason is <provider>.<snake_case> or core.<snake_case>').toMatch(
            errorReasonPattern,
          )
          expect(caught.provider).toBe(name)
          expect(caught.source, 'the error names the endpoint that answered').toMatch(/\S/)
          expectNoSecrets(caught, `error ${error.name}`)
        })
      }

      it('wrong credentials → authentication', async () => {
        const simulator = options.createSimulator()
        const provider = options.wrongCredentials({ fetch: simulator.fetch, retry: false })
        const durum = createStatusNormalizer({ providers: [provider] })
        const caught = await expectError(durum.getStatus(engineQuery(firstScenario().query)))
        expect(caught.code).toBe('authentication')
        expect(caught.retryable).toBe(false)
        expectNoSecrets(caught, 'the authentication error')
      })

      const faultCases: { fault: FaultRule; code?: DurumErrorCode; check?: (error: DurumError) => void }[] = [
        { fault: { type: 'rate_limit', retryAfterSeconds: 7 }, code: 'rate_limited', check: rateLimited },
        { fault: { type: 'status', status: 503 }, check: (error) => expect(error.retryable).toBe(true) },
        { fault: { type: 'html' } },
        { fault: { type: 'reset' }, code: 'transport' },
        { fault: { type: 'truncate' }, code: 'response_format' },
        { fault: { type: 'empty' }, code: 'response_format' },
        {
          fault: { type: 'drift', transform: () => ['not', 'the', 'documented', 'shape'] },
          code: 'response_format',
        },
      ]
      for (const { fault, code, check } of faultCases) {
        it(`a ${fault.type} fault → ${code ?? 'a DurumError'}`, async () => {
          const { simulator, getStatus } = setup()
          simulator.faults.add(fault)
          const caught = await expectError(getStatus(firstScenario().query))
          expect(caught.code).not.toBe('validation')
          expect(caught.provider).toBe(name)
          if (code !== undefined) expect(caught.code).toBe(code)
          check?.(caught)
          expectNoSecrets(caught, `the ${fault.type} fault's error`)
        })
      }

      it('a connection reset on a real socket → transport', async () => {
        const simulator = options.createSimulator()
        const server = await serveFetchHandler((request) => simulator.fetch(request))
        try {
          const provider = options.createProvider({ fetch: overSocket(server.url), retry: false })
          const durum = createStatusNormalizer({ providers: [provider] })
          simulator.faults.add({ type: 'reset' })
          const caught = await expectError(durum.getStatus(engineQuery(firstScenario().query)))
          expect(caught.code).toBe('transport')
          expect(caught.retryable).toBe(true)
        } finally {
          await server.close()
        }
      })
    })

    describe('validation comes before any request', () => {
      for (const invalid of options.invalidQueries) {
        it(`${invalid.name} → field ${invalid.field}`, async () => {
          const { getStatus, requests } = setup()
          const caught = await expectError(getStatus(invalid.query))
          expect(caught.code).toBe('validation')
          expect(caught.field).toBe(invalid.field)
          expect(requests()).toBe(0)
        })
      }

      it('an unregistered provider name → field provider', async () => {
        const { provider, requests } = setup()
        const durum = createStatusNormalizer({ providers: [provider] })
        const query = { ...firstScenario().query, provider: `not-${name}` }
        const caught = await expectError(durum.getStatus(query))
        expect(caught.field).toBe('provider')
        expect(requests()).toBe(0)
      })
    })

    describe('no secret leaks', () => {
      it('into any result raw, JSON or inspect output', async () => {
        const { getStatus } = setup()
        for (const scenario of options.scenarios) {
          expectNoSecrets(await getStatus(scenario.query), `scenario ${scenario.name}`)
        }
      })

      it('when the provider echoes secrets back in a body', async () => {
        const echo = options.secrets.join(' ')
        const faults: FaultRule[] = [
          { type: 'status', status: 500, body: `upstream failed for ${echo}` },
          {
            type: 'status',
            status: 400,
            body: JSON.stringify({ error: echo }),
            contentType: 'application/json',
          },
          { type: 'drift', transform: (body) => ({ ...body, echo }) },
          { type: 'drift', transform: () => ({ echo }) },
          { type: 'truncate' },
        ]
        for (const fault of faults) {
          const { simulator, getStatus } = setup()
          simulator.faults.add(fault)
          const outcome = await getStatus(firstScenario().query).catch((error: unknown) => error)
          expectNoSecrets(outcome, `the outcome of a ${fault.type} fault`)
        }
      })

      it('into the errors of wrong credentials', async () => {
        const simulator = options.createSimulator()
        const provider = options.wrongCredentials({ fetch: simulator.fetch, retry: false })
        const durum = createStatusNormalizer({ providers: [provider] })
        const outcome = await durum.getStatus(engineQuery(firstScenario().query)).catch((e: unknown) => e)
        expectNoSecrets(outcome, 'the wrong-credentials outcome')
      })

      it('into the provider object when it is logged', () => {
        expectNoSecrets(setup().provider, 'the provider object')
      })
    })

    describe('time limits', () => {
      it(`a hung request fails as transport once timeout (${TIMEOUT_MS} ms) passes`, async () => {
        const { simulator, getStatus } = setup({ timeout: TIMEOUT_MS })
        simulator.faults.add({ type: 'hang' })
        const started = performance.now()
        const caught = await expectError(getStatus(firstScenario().query))
        const elapsed = performance.now() - started
        expect([caught.code, caught.reason]).toEqual(['transport', 'core.timeout'])
        expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 20)
        expect(elapsed).toBeLessThan(TIMEOUT_BUDGET_MS)
      })

      it('an abort ends a hung request promptly, in the provider itself', async () => {
        const { simulator, provider } = setup()
        simulator.faults.add({ type: 'hang' })
        const { provider: _, ...query } = engineQuery(firstScenario().query) as Record<string, unknown>
        const controller = new AbortController()
        const pending = provider.getStatus(v.parse(provider.querySchema, query), {
          signal: controller.signal,
        })
        setTimeout(() => controller.abort(), 50)
        const started = performance.now()
        const caught = await expectError(pending)
        expect(performance.now() - started).toBeLessThan(ABORT_BUDGET_MS)
        expect(caught.code).toBe('transport')
        expect(caught.retryable).toBe(false)
      })

      it(`a 429 with Retry-After: ${ENDLESS_RETRY_AFTER_S} → rate_limited promptly, never a sleep or a poll loop`, async () => {
        const { simulator, getStatus, provider, requests } = setup()
        simulator.faults.add({ type: 'rate_limit', retryAfterSeconds: ENDLESS_RETRY_AFTER_S })
        const query = engineQuery(firstScenario().query)
        const durum = createStatusNormalizer({ providers: [provider] })
        const started = performance.now()
        const single = await expectError(getStatus(firstScenario().query))
        const waited = await expectError(durum.waitForStatus(query, { timeoutMs: 10_000, intervalMs: 1 }))
        const batch: BatchResult[] = []
        for await (const entry of durum.getStatuses([query, query, query], { concurrency: 1 }))
          batch.push(entry)
        expect(performance.now() - started).toBeLessThan(3 * PROMPT_MS)
        expect(single.code).toBe('rate_limited')
        expect(waited.code, 'waitForStatus gives the wait back instead of polling').toBe('rate_limited')
        expect(batch.map((entry) => (entry.ok ? 'a result' : entry.error.code))).toEqual([
          'rate_limited',
          'rate_limited',
          'rate_limited',
        ])
        // One request each for getStatus, waitForStatus and the batch's first query: nothing more.
        expect(
          requests(),
          'no retry or poll against a provider that asked to be left alone',
        ).toBeLessThanOrEqual(3)
      })
    })

    describe('hostile answers', () => {
      it('a redirect → provider, in process', async () => {
        const { simulator, getStatus } = setup()
        simulator.faults.add({ type: 'redirect', location: 'http://127.0.0.1:9/elsewhere' })
        const caught = await expectError(getStatus(firstScenario().query))
        expect(caught.code).toBe('provider')
        expectNoSecrets(caught, 'the redirect error')
      })

      it('a 307 to another host over a real socket → provider, and that host receives nothing', async () => {
        const simulator = options.createSimulator()
        let received = 0
        const elsewhere = await serveFetchHandler(async () => {
          received++
          return Response.json({})
        })
        const server = await serveFetchHandler((request) => simulator.fetch(request))
        try {
          const provider = options.createProvider({ fetch: overSocket(server.url), retry: false })
          const durum = createStatusNormalizer({ providers: [provider] })
          simulator.faults.add({ type: 'redirect', location: `${elsewhere.url}/collect` })
          const caught = await expectError(durum.getStatus(engineQuery(firstScenario().query)))
          expect(caught.code).toBe('provider')
          expect(received, 'the other host must receive nothing (the body may hold a key)').toBe(0)
          expectNoSecrets(caught, 'the redirect error')
        } finally {
          await Promise.all([server.close(), elsewhere.close()])
        }
      })

      it(`a body nested ${HOSTILE_DEPTH} deep → response_format`, async () => {
        const { simulator, getStatus } = setup()
        simulator.faults.add({ type: 'deep_json', depth: HOSTILE_DEPTH })
        const caught = await expectError(getStatus(firstScenario().query))
        expect(caught.code).toBe('response_format')
        expect(caught.provider).toBe(name)
      })

      it(`a real body with a field nested ${HOSTILE_DEPTH} deep → a result that fits the model, or response_format`, async () => {
        const { simulator, getStatus } = setup()
        simulator.faults.add({ type: 'deep_json', depth: HOSTILE_DEPTH, field: 'durumProbe' })
        const outcome = await getStatus(firstScenario().query).catch((error: unknown) => error)
        if (DurumError.isInstance(outcome)) expect(outcome.code).toBe('response_format')
        else expect(v.is(NormalizedResultSchema, outcome), 'a result must fit the model').toBe(true)
      })

      const { unboundAnswers } = options
      if (unboundAnswers !== undefined) {
        it(`an answer naming another record → response_format (no replay check: ${unboundAnswers.reason})`, async () => {
          const { simulator, getStatus } = setup()
          simulator.faults.add({ type: 'drift', transform: unboundAnswers.aboutAnother })
          const caught = await expectError(getStatus(firstScenario().query))
          expect(caught.code).toBe('response_format')
          expectNoSecrets(caught, 'the answer about another record')
        })
      }

      it.skipIf(unboundAnswers !== undefined)(
        'an answer about another payment (the last answer on that path, replayed) → response_format',
        async () => {
          let replays = 0
          for (const [i, later] of options.scenarios.entries()) {
            const earlier = options.scenarios[i - 1]
            if (earlier === undefined) continue
            // Only a pair about two different payments (or sessions) makes the replayed answer a wrong one.
            const truly = await setup().getStatus(later.query)
            const { simulator, getStatus } = setup()
            let replayed = false
            simulator.faults.add({
              type: 'replay',
              onReplay: () => {
                replayed = true
              },
            })
            const first = await getStatus(earlier.query)
            const outcome = await getStatus(later.query).catch((error: unknown) => error)
            if (!replayed || !aboutDifferentRecords(first, truly)) continue
            replays++
            const seen = `${later.name}, served the answer to ${earlier.name}`
            expect(DurumError.isInstance(outcome), `${seen}: expected response_format, got a result`).toBe(
              true,
            )
            expect((outcome as DurumError).code, seen).toBe('response_format')
            expectNoSecrets(outcome, seen)
          }
          expect(
            replays,
            'two consecutive scenarios about different payments must share a path for this check to bite',
          ).toBeGreaterThan(0)
        },
      )
    })
  })
}

/** The ids that name what a result is about, each with its kind: `paymentId:20885695`. */
function identity(result: NormalizedResult): string[] {
  if (result.kind === 'session')
    return result.sessionToken === undefined ? [] : [`session:${result.sessionToken}`]
  return (['paymentId', 'token', 'merchantReference'] as const).flatMap((key) => {
    const id = result.ids[key]
    return id === undefined ? [] : [`${key}:${id}`]
  })
}

/** Whether two results are known to be about different records: both named, and by no id in common. */
function aboutDifferentRecords(a: NormalizedResult, b: NormalizedResult): boolean {
  const named = identity(a)
  const other = identity(b)
  return named.length > 0 && other.length > 0 && !named.some((id) => other.includes(id))
}

/**
 * A fetch that sends each request, as the client built it (method, headers, body, redirect mode),
 * to the same path at `base` over a real socket.
 */
function overSocket(base: string): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    return fetch(new Request(`${base}${url.pathname}${url.search}`, request))
  }
}

function rateLimited(error: DurumError): void {
  expect(error.retryable).toBe(true)
  expect(error.retryAfterMs).toBe(7000)
}
