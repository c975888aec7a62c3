import { DurumError } from '@durum/core'
import { afterEach, describe, expect, it } from 'vitest'
import { harnesses, type RunningHarness } from './support/provider-harness'
import { describeOutcome, type Outcome, settle } from './support/settle'

/**
 * Hostile bodies from the provider and hostile values from the caller end as typed errors: never a
 * RangeError from a recursive walk, a TypeError from a query that is not an object, a getter's own
 * exception, or a message that carries line breaks or bidi overrides into a log.
 */

const DEPTH = 5000

/**
 * The real answer with a member nested `DEPTH` levels deep, objects and arrays in turn, spliced in as
 * text: building it as a value and stringifying it would itself overflow the stack.
 */
function withDeepMember(real: string): string {
  const half = DEPTH / 2
  return real.replace('{', `{"durumDeep":${'{"a":['.repeat(half)}${']}'.repeat(half)},`)
}

/** CR, LF, the line and paragraph separators, the bidi embeddings, overrides and isolates, and the marks. */
const UNPRINTABLE = /[\r\n\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/

/** Ids that try to forge a second log line and to reverse the text that follows. */
const forgedIds = {
  iyzico: [
    { paymentId: '20885695\r\n[info] payment 20885695 paid\u202Egnp.exe' },
    { checkoutFormToken: 'f8aee98c\n[info] paid\u2066' },
    { paymentConversationId: 'order-7\u2028[info] paid\u202D' },
  ],
  esnekpos: [
    { orderReference: 'ORDER-1\r\n[info] ORDER-1 paid\u202E' },
    { sendPaymentRequestId: '2482\n[info] paid\u2067' },
  ],
} as const

/** A query a caller built wrong in a way that throws as soon as it is read. */
function throwingQueries(provider: string, id: Record<string, string>): { name: string; query: unknown }[] {
  const [[idKey, idValue]] = Object.entries(id) as [[string, string]]
  const explode = () => {
    throw new Error('the getter exploded')
  }
  const everyTrapThrows = new Proxy(
    {},
    {
      get: explode,
      has: explode,
      ownKeys: explode,
      getOwnPropertyDescriptor: explode,
      getPrototypeOf: explode,
    },
  )
  const revoked = Proxy.revocable({ provider, [idKey]: idValue }, {})
  revoked.revoke()
  return [
    {
      name: 'a throwing getter on the id',
      query: {
        provider,
        get [idKey]() {
          return explode()
        },
      },
    },
    {
      name: 'a throwing getter on provider',
      query: {
        get provider() {
          return explode()
        },
        [idKey]: idValue,
      },
    },
    { name: 'a Proxy whose every trap throws', query: everyTrapThrows },
    {
      name: 'a Proxy that throws when its keys are listed',
      query: new Proxy({ provider, [idKey]: idValue }, { ownKeys: explode }),
    },
    { name: 'a revoked Proxy', query: revoked.proxy },
  ]
}

let running: RunningHarness | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

async function batchOutcome(run: () => AsyncIterable<{ ok: boolean; error?: DurumError }>): Promise<string> {
  try {
    const codes: string[] = []
    for await (const result of run()) codes.push(result.ok ? 'ok' : (result.error?.code ?? '?'))
    return codes.length > 0 && codes.every((code) => code === 'validation')
      ? 'each query: validation'
      : `results: ${codes.join(', ') || 'none'}`
  } catch (error) {
    return DurumError.isInstance(error)
      ? error.code
      : `${(error as Error)?.name}: ${(error as Error)?.message}`
  }
}

describe.each(harnesses)('hostile bodies: $name', (harness) => {
  it(`JSON nested ${DEPTH} deep, alone: response_format`, async () => {
    running = await harness.start({ retry: false })
    running.addFault({
      type: 'status',
      status: 200,
      contentType: 'application/json',
      body: `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`,
    })
    expect(
      describeOutcome(await settle(() => (running as RunningHarness).getStatus(harness.paidQuery))),
    ).toBe('response_format')
  })

  it(`JSON nested ${DEPTH} deep inside the real answer: response_format`, async () => {
    running = await harness.start({ retry: false, rewriteBody: withDeepMember })
    expect(
      describeOutcome(await settle(() => (running as RunningHarness).getStatus(harness.paidQuery))),
    ).toBe('response_format')
  })
})

describe.each(harnesses)('hostile inputs: $name', (harness) => {
  it.each([42, null, 'ab', undefined, {}])(
    'getStatuses(%j): a ValidationError, nothing sent',
    async (input) => {
      running = await harness.start()
      const { normalizer } = running
      const verdict = await batchOutcome(() => normalizer.getStatuses(input as never) as never)
      expect(['validation', 'each query: validation']).toContain(verdict)
      expect(running.primaryRequests()).toBe(0)
    },
  )

  it('throwing getters and Proxies in getStatus, getStatuses and waitForStatus: ValidationError, nothing sent', async () => {
    running = await harness.start()
    const { normalizer } = running
    const verdicts: Record<string, string[]> = {}
    for (const { name, query } of throwingQueries(
      harness.name,
      harness.paidQuery as Record<string, string>,
    )) {
      const single = await settle(() => normalizer.getStatus(query as never)).then(describeOutcome, (error) =>
        String(error),
      )
      const batch = await batchOutcome(() => normalizer.getStatuses([query] as never) as never)
      const waited = await settle(() => normalizer.waitForStatus(query as never, { timeoutMs: 2000 })).then(
        describeOutcome,
        (error) => String(error),
      )
      verdicts[name] = [single, batch === 'each query: validation' ? 'validation' : batch, waited]
    }
    expect(verdicts).toEqual(
      Object.fromEntries(
        Object.keys(verdicts).map((name) => [name, ['validation', 'validation', 'validation']]),
      ),
    )
    expect(running.primaryRequests()).toBe(0)
  })

  it.each(forgedIds[harness.name].map((query) => ({ query, label: JSON.stringify(query) })))(
    'CR, LF and bidi characters in $label are escaped in the error',
    async ({ query }) => {
      running = await harness.start({ retry: false })
      const outcome = await settle(() => (running as RunningHarness).getStatus(query))
      expect(unprintableIn(outcome)).toEqual([])
    },
  )

  it("CR, LF and bidi characters in the provider's own refusal text are escaped in the error", async () => {
    running = await harness.start({ retry: false })
    const forged = 'kart reddedildi\r\n[info] payment 2482 paid\u202Egnp.exe'
    running.addFault({
      type: 'status',
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify(
        harness.name === 'iyzico'
          ? { status: 'failure', errorCode: '10051', errorMessage: forged, errorGroup: forged }
          : { PAYMENTS: null, RETURN_CODE: '100', RETURN_MESSAGE: forged, STATUS: 'ERROR' },
      ),
    })
    const outcome = await settle(() => (running as RunningHarness).getStatus(harness.paidQuery))
    expect(outcome.kind).toBe('error')
    expect(unprintableIn(outcome)).toEqual([])
  })
})

/** The human-facing texts of an outcome that still hold a raw line break or bidi control. */
function unprintableIn(outcome: Outcome): string[] {
  const texts =
    outcome.kind === 'error'
      ? { message: outcome.error.message, 'String()': String(outcome.error) }
      : { explanation: outcome.result.explanation, rawStatus: outcome.result.rawStatus }
  return Object.entries(texts)
    .filter(([, text]) => UNPRINTABLE.test(text))
    .map(([where]) => where)
}
