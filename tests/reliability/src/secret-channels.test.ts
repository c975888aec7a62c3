import type { RequestEvent, ResponseEvent } from '@durum/core'
import { DurumError } from '@durum/core'
import { esnekpos } from '@durum/esnekpos'
import { createEsnekposSimulator } from '@durum/esnekpos/testing'
import { iyzico } from '@durum/iyzico'
import { createIyzicoSimulator } from '@durum/iyzico/testing'
import { createStatusNormalizer } from '@durum/status-normalizer'
import { describe, expect, it } from 'vitest'
import { rewritingFetch } from './support/rewriting-fetch'
import { encodedLiteral, SECRET_ENCODINGS, type SecretEncoding } from './support/secret-encodings'
import { type Sighting, sightingsIn } from './support/secret-sightings'
import { paidEsnekposScenario } from './support/seeded-answers'

/**
 * Keys with the characters every encoding changes (`+`, `/`, `=`), so each encoded form differs from
 * the plain one. Neither provider forbids them.
 */
const KEYS = {
  iyzicoApiKey: 'sandbox-HOSTILEapi+Key/7Q3x9=',
  iyzicoSecretKey: 'sandbox-HOSTILEsecret/Key+4Zk2p==',
  esnekposMerchant: 'HOSTILEMERCHANT',
  esnekposMerchantKey: 'HOSTILEmerchantKEY+8f/w==',
} as const

/** One place in a provider's answer where a hostile provider echoes the keys back. */
interface Channel {
  name: string
  query: Record<string, unknown>
  /** The endpoint whose answer is rewritten. */
  path: string
  /** The answer's body with `literal` (a JSON string literal carrying the keys) put in this channel's place. */
  edit(body: string, literal: string): string
  /** The HTTP status sent instead of the real one. */
  status?: number
}

const VALUE = String.raw`"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|null|true|false`

/** Sets the first `"field": …` of a JSON text to `literal` (or adds it first when absent), keeping the rest byte for byte. */
function setField(field: string) {
  return (body: string, literal: string): string => {
    const member = new RegExp(`("${field}"\\s*:\\s*)(?:${VALUE})`)
    if (member.test(body)) return body.replace(member, (_, head: string) => `${head}${literal}`)
    return body.replace('{', `{"${field}":${literal},`)
  }
}

/**
 * Replaces a top-level member whatever its value (an array, an object): the body is re-serialised, which
 * only suits bodies that were plain `JSON.stringify` output (the EsnekPOS simulator's).
 */
function replaceTopLevel(field: string) {
  const placeholder = '"durum-probe-placeholder"'
  return (body: string, literal: string): string =>
    JSON.stringify({ ...JSON.parse(body), [field]: JSON.parse(placeholder) }).replace(placeholder, literal)
}

/**
 * Whether an edited body really carries the keys where a reader takes them: as a value JSON.parse
 * reads (the last of duplicate keys wins, so a field added beside one it cannot replace would be lost),
 * or, for a body that is not JSON, as its text.
 */
function carries(body: string, literal: string): boolean {
  let parsed: unknown
  try {
    parsed = JSON.parse(body)
  } catch {
    return body.includes(literal.slice(1, -1))
  }
  const wanted: unknown = JSON.parse(literal)
  const pending: unknown[] = [parsed]
  while (pending.length > 0) {
    const value = pending.pop()
    if (value === wanted) return true
    if (typeof value === 'object' && value !== null) pending.push(...Object.values(value))
  }
  return false
}

/** A non-JSON answer that starts with the keys: what the error keeps as the body's first characters. */
const notJson = (_body: string, literal: string) =>
  `${literal.slice(1, -1)} <html><body><h1>502 Bad Gateway</h1></body></html>`

const IYZICO_DETAIL = '/payment/detail'
const PAID = { paymentId: '20885695' }
const FAILED = { paymentId: '20885697' }
const REFUSED = { paymentId: '3ds-required' }

const iyzicoChannels: Channel[] = [
  { name: 'errorCode of a refusal', query: REFUSED, path: IYZICO_DETAIL, edit: setField('errorCode') },
  { name: 'errorGroup of a refusal', query: REFUSED, path: IYZICO_DETAIL, edit: setField('errorGroup') },
  { name: 'errorMessage of a refusal', query: REFUSED, path: IYZICO_DETAIL, edit: setField('errorMessage') },
  { name: 'status (the validator message)', query: PAID, path: IYZICO_DETAIL, edit: setField('status') },
  { name: 'a non-JSON body (the error cause)', query: PAID, path: IYZICO_DETAIL, edit: notJson },
  { name: 'a 503 page (retryable)', query: PAID, path: IYZICO_DETAIL, edit: notJson, status: 503 },
  {
    name: 'paymentStatus (rawStatus, explanation)',
    query: PAID,
    path: IYZICO_DETAIL,
    edit: setField('paymentStatus'),
  },
  {
    name: 'errorCode of a failed payment (failure.code)',
    query: FAILED,
    path: IYZICO_DETAIL,
    edit: setField('errorCode'),
  },
  {
    name: 'errorGroup of a failed payment (failure.group)',
    query: FAILED,
    path: IYZICO_DETAIL,
    edit: setField('errorGroup'),
  },
  {
    name: 'errorMessage of a failed payment (failure.message)',
    query: FAILED,
    path: IYZICO_DETAIL,
    edit: setField('errorMessage'),
  },
  { name: 'basketId (ids.basketId)', query: PAID, path: IYZICO_DETAIL, edit: setField('basketId') },
  { name: 'authCode (ids.authCode)', query: PAID, path: IYZICO_DETAIL, edit: setField('authCode') },
  {
    name: 'hostReference (ids.hostReference)',
    query: PAID,
    path: IYZICO_DETAIL,
    edit: setField('hostReference'),
  },
  {
    name: 'paymentTransactionId (ids.transactionIds)',
    query: PAID,
    path: IYZICO_DETAIL,
    edit: setField('paymentTransactionId'),
  },
  {
    name: 'paymentId (a binding error names it)',
    query: PAID,
    path: IYZICO_DETAIL,
    edit: setField('paymentId'),
  },
]

const PAYMENT_REQUEST = '/api/services/SendPaymentRequestQuery'
const ORDER = '/api/services/ProcessQuery'
const PAID_REQUEST = paidEsnekposScenario('sendPaymentRequestId').query
const PAID_ORDER = paidEsnekposScenario('orderReference').query

const esnekposChannels: Channel[] = [
  { name: 'RETURN_CODE', query: PAID_REQUEST, path: PAYMENT_REQUEST, edit: setField('RETURN_CODE') },
  {
    name: 'RETURN_MESSAGE of a refusal',
    query: { sendPaymentRequestId: '999999' },
    path: PAYMENT_REQUEST,
    edit: setField('RETURN_MESSAGE'),
  },
  {
    name: 'PAYMENTS (the validator message)',
    query: PAID_REQUEST,
    path: PAYMENT_REQUEST,
    edit: replaceTopLevel('PAYMENTS'),
  },
  { name: 'a non-JSON body (the error cause)', query: PAID_REQUEST, path: PAYMENT_REQUEST, edit: notJson },
  {
    name: 'a 503 page (retryable)',
    query: PAID_REQUEST,
    path: PAYMENT_REQUEST,
    edit: notJson,
    status: 503,
  },
  {
    name: 'PAYMENT_STATUS (rawStatus, explanation)',
    query: PAID_REQUEST,
    path: PAYMENT_REQUEST,
    edit: setField('PAYMENT_STATUS'),
  },
  { name: 'REFNO (ids.paymentId)', query: PAID_REQUEST, path: PAYMENT_REQUEST, edit: setField('REFNO') },
  {
    name: 'ORDER_REF_NO (ids.merchantReference)',
    query: PAID_REQUEST,
    path: PAYMENT_REQUEST,
    edit: setField('ORDER_REF_NO'),
  },
  {
    name: 'STATUS_NAME of an order (rawStatus, explanation)',
    query: PAID_ORDER,
    path: ORDER,
    edit: setField('STATUS_NAME'),
  },
  {
    name: 'ORDER_REF_NUMBER (a binding error names it)',
    query: PAID_ORDER,
    path: ORDER,
    edit: setField('ORDER_REF_NUMBER'),
  },
]

/** The engine's three doors, as the sweep calls them. */
interface Engine {
  getStatus(query: object): Promise<unknown>
  getStatuses(queries: object[]): AsyncIterable<unknown>
  waitForStatus(query: object, options: object): Promise<unknown>
}

interface Setup {
  provider: 'iyzico' | 'esnekpos'
  secrets: Record<string, string>
  channels: Channel[]
  /** The channels also swept through the engine's own messages (batch results, the wait's timeout). */
  engineChannels: readonly string[]
  /** A normalizer whose provider reaches the simulator through `fetch`. */
  normalizer(
    fetch: typeof globalThis.fetch,
    hooks: { onRequest(event: RequestEvent): void; onResponse(event: ResponseEvent): void },
  ): Engine
  simulator(): { handle(request: Request): Promise<Response> }
}

const ENGINE_CHANNELS = [
  'paymentStatus (rawStatus, explanation)',
  'PAYMENT_STATUS (rawStatus, explanation)',
  'errorMessage of a refusal',
  'RETURN_MESSAGE of a refusal',
  'a 503 page (retryable)',
]

const setups: Setup[] = [
  {
    provider: 'iyzico',
    secrets: { 'iyzico API key': KEYS.iyzicoApiKey, 'iyzico secret key': KEYS.iyzicoSecretKey },
    channels: iyzicoChannels,
    engineChannels: ENGINE_CHANNELS,
    simulator: () => createIyzicoSimulator({ apiKey: KEYS.iyzicoApiKey, secretKey: KEYS.iyzicoSecretKey }),
    normalizer: (fetch, hooks) =>
      createStatusNormalizer({
        providers: [
          iyzico({
            apiKey: KEYS.iyzicoApiKey,
            secretKey: KEYS.iyzicoSecretKey,
            baseUrl: 'http://127.0.0.1:9',
            fetch,
            retry: false,
            ...hooks,
          }),
        ],
      }) as never,
  },
  {
    provider: 'esnekpos',
    secrets: { 'EsnekPOS merchant key': KEYS.esnekposMerchantKey },
    channels: esnekposChannels,
    engineChannels: ENGINE_CHANNELS,
    simulator: () =>
      createEsnekposSimulator({ merchant: KEYS.esnekposMerchant, merchantKey: KEYS.esnekposMerchantKey }),
    normalizer: (fetch, hooks) =>
      createStatusNormalizer({
        providers: [
          esnekpos({
            merchant: KEYS.esnekposMerchant,
            merchantKey: KEYS.esnekposMerchantKey,
            baseUrl: 'http://127.0.0.1:9',
            fetch,
            retry: false,
            ...hooks,
          }),
        ],
      }) as never,
  },
]

/** How a probe asks: the engine door it goes through. */
interface Door {
  name: string
  ask(engine: Engine, query: object): Promise<unknown>
}

const getStatusDoor: Door = { name: 'getStatus', ask: (engine, query) => engine.getStatus(query) }

const engineDoors: Door[] = [
  {
    name: 'getStatuses',
    ask: async (engine, query) => {
      const results: unknown[] = []
      for await (const result of engine.getStatuses([query])) results.push(result)
      return results
    },
  },
  {
    // Polls until the deadline, so the timeout error's message and cause carry the last answer or error.
    name: 'waitForStatus, to its timeout',
    ask: (engine, query) =>
      engine.waitForStatus(query, { timeoutMs: 150, intervalMs: 40, until: () => false }),
  },
]

/**
 * One encoding of the keys through one channel: the provider's real answer (from its simulator,
 * reached in process through `fetch`) rewritten on the way back, as a hostile provider or proxy would.
 */
async function probe(
  setup: Setup,
  channel: Channel,
  encoding: SecretEncoding,
  door: Door,
): Promise<Sighting[]> {
  const name = `${channel.name}${door === getStatusDoor ? '' : ` (${door.name})`}`
  const simulator = setup.simulator()
  const literal = encodedLiteral(Object.values(setup.secrets), encoding)
  const secrets: Record<string, string> = { ...setup.secrets }
  let misplaced = false
  const hostile = rewritingFetch(
    simulator,
    {
      path: channel.path,
      status: channel.status,
      body: (real) => {
        const edited = channel.edit(real, literal)
        if (!carries(edited, literal)) misplaced = true
        return edited
      },
    },
    (request) => {
      // The credentials in the form they travel are secrets too.
      const authorization = request.headers.get('authorization')
      if (authorization !== null)
        secrets[`Authorization header ${Object.keys(secrets).length}`] = authorization
    },
  )
  const events: { hook: string; event: RequestEvent | ResponseEvent }[] = []
  const engine = setup.normalizer(hostile.fetch, {
    onRequest: (event) => void events.push({ hook: 'onRequest', event }),
    onResponse: (event) => void events.push({ hook: 'onResponse', event }),
  })
  const sightings: Sighting[] = []
  let outcome: unknown
  try {
    outcome = await door.ask(engine, { provider: setup.provider, ...channel.query })
  } catch (error) {
    outcome = error
    if (!DurumError.isInstance(error)) {
      sightings.push({ probe: name, surface: `not a DurumError: ${(error as Error)?.name}`, secret: '-' })
    }
  }
  if (misplaced) sightings.push({ probe: name, surface: 'the keys never reached the field', secret: '-' })
  if (hostile.rewritten() === 0)
    sightings.push({ probe: name, surface: 'the channel was never reached', secret: '-' })
  if (events.length === 0) sightings.push({ probe: name, surface: 'no hook event at all', secret: '-' })
  sightings.push(...sightingsIn(name, outcome, secrets, DurumError.isInstance(outcome) ? '' : 'result '))
  events.forEach(({ hook, event }, index) => {
    sightings.push(...sightingsIn(name, event, secrets, `${hook} event ${index + 1} `))
  })
  return sightings
}

/** One encoding through every channel given, side by side. */
async function sweep(
  setup: Setup,
  channels: Channel[],
  encoding: SecretEncoding,
  doors: Door[],
): Promise<Sighting[]> {
  const found = await Promise.all(
    channels.flatMap((channel) => doors.map((door) => probe(setup, channel, encoding, door))),
  )
  return found.flat()
}

/** One line per probe that leaked: which secrets, on which surfaces. */
function summary(sightings: Sighting[]): string[] {
  const byProbe = new Map<string, { secrets: Set<string>; surfaces: Set<string> }>()
  for (const { probe, surface, secret } of sightings) {
    const entry = byProbe.get(probe) ?? { secrets: new Set(), surfaces: new Set() }
    entry.secrets.add(secret)
    entry.surfaces.add(surface)
    byProbe.set(probe, entry)
  }
  return [...byProbe].map(
    ([probe, { secrets, surfaces }]) => `${probe}: ${[...secrets].join(', ')} in ${[...surfaces].join(', ')}`,
  )
}

describe.each(setups)('secrets echoed by a hostile $provider', (setup) => {
  it.each(SECRET_ENCODINGS)('in $name, through every channel: on no surface', async (encoding) => {
    expect(summary(await sweep(setup, setup.channels, encoding, [getStatusDoor]))).toEqual([])
  })

  const engineChannels = setup.channels.filter((channel) => setup.engineChannels.includes(channel.name))
  it.each(SECRET_ENCODINGS)(
    'in $name, through getStatuses and waitForStatus: on no surface',
    async (encoding) => {
      expect(summary(await sweep(setup, engineChannels, encoding, engineDoors))).toEqual([])
    },
  )
})
