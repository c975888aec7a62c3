// Runs beside a README's instrumented examples (see instrument-readme.ts), in a plain Node process
// that resolves @durum/* the way a user's project does. It starts the simulators of the installed
// providers on 127.0.0.1, hands them to the examples in place of the real environments, records
// what each checked `console.log` or expression gave, and prints the record as one JSON line.
import { inspect } from 'node:util'

const keys = {
  iyzico: { apiKey: 'readme-api-key', secretKey: 'readme-secret-key' },
  esnekpos: { merchant: 'README1', merchantKey: 'readme-merchant-key' },
  paytr: { merchantId: '100001', merchantKey: 'readme-paytr-key', merchantSalt: 'readme-paytr-salt' },
}
/** The variables the READMEs say the keys come from, set to the simulators' keys. */
const env = {
  IYZICO_API_KEY: keys.iyzico.apiKey,
  IYZICO_SECRET_KEY: keys.iyzico.secretKey,
  ESNEKPOS_MERCHANT: keys.esnekpos.merchant,
  ESNEKPOS_MERCHANT_KEY: keys.esnekpos.merchantKey,
  PAYTR_MERCHANT_ID: keys.paytr.merchantId,
  PAYTR_MERCHANT_KEY: keys.paytr.merchantKey,
  PAYTR_MERCHANT_SALT: keys.paytr.merchantSalt,
}
Object.assign(process.env, env)

/** A package the project may not have installed (a selective install has one provider only). */
const optional = (name) =>
  import(name).catch((error) => (error.code === 'ERR_MODULE_NOT_FOUND' ? undefined : Promise.reject(error)))

const iyzicoTesting = await optional('@durum/iyzico/testing')
const esnekposTesting = await optional('@durum/esnekpos/testing')
const paytrTesting = await optional('@durum/paytr/testing')
const servers = {}
if (iyzicoTesting) servers.iyzico = await iyzicoTesting.createIyzicoSimulator(keys.iyzico).listen(0)
if (esnekposTesting) servers.esnekpos = await esnekposTesting.createEsnekposSimulator(keys.esnekpos).listen(0)
if (paytrTesting) servers.paytr = await paytrTesting.createPaytrSimulator(keys.paytr).listen(0)

/** The `durum` an example takes from its app: every installed provider, on its simulator. */
const { createStatusNormalizer } = await import('@durum/status-normalizer')
const providers = []
if (servers.iyzico) providers.push((await import('@durum/iyzico')).iyzico({ baseUrl: servers.iyzico.url }))
if (servers.esnekpos)
  providers.push((await import('@durum/esnekpos')).esnekpos({ baseUrl: servers.esnekpos.url }))
if (servers.paytr) providers.push((await import('@durum/paytr')).paytr({ baseUrl: servers.paytr.url }))
const durum = createStatusNormalizer({ providers })

const checks = []
let block
const exported = []

/** What a value looks like in a README comment: as `console.log` prints it, and as a JS literal. */
function forms(values) {
  const printed = values.map((value) => (typeof value === 'string' ? value : shown(value))).join(' ')
  const literal = values.map(shown).join(' ')
  return printed === literal ? [printed] : [printed, literal]
}
const shown = (value) =>
  value instanceof Response
    ? String(value.status) // a README shows a Response by its status
    : inspect(value, {
        depth: 6,
        breakLength: Number.POSITIVE_INFINITY,
        maxArrayLength: 50,
        maxStringLength: 4000,
      })

export const __durum = {
  /** `console.log` at a checked place: prints as usual and records what it printed. */
  logAt:
    (id) =>
    (...values) => {
      checks.push({ id, actual: forms(values) })
      console.log(...values)
    },
  /** A checked expression statement: records its value. */
  valueAt: (id) => (value) => {
    checks.push({ id, actual: forms([value]) })
    return value
  },
  /** Stands in for `environment: 'sandbox' | 'production'`: the provider's simulator on 127.0.0.1. */
  baseUrl: (provider) => {
    const server = servers[provider]
    if (server === undefined) throw new Error(`No ${provider} simulator: is @durum/${provider} installed?`)
    return server.url
  },
  exported: (value) => exported.push(value),
  /** Names an example uses without defining them, as the surrounding app would have them. */
  free: {
    durum,
    ship: () => undefined,
    queries: [
      { provider: 'iyzico', paymentId: '35790702' },
      { provider: 'esnekpos', sendPaymentRequestId: '2482' },
    ],
    readStatus: (query) => durum.getStatus(query),
    query: { provider: 'iyzico', paymentId: '35790702' },
    request: new Request('https://acme.test/v1/payments/status'),
    answerForReal: async () => Response.json({ status: 'paid' }),
    // A web framework's app (Hono, Express) that a route example registers its handler on.
    app: { get: () => undefined, post: () => undefined },
    firstTimeSeen: async () => true,
    handle: async () => undefined,
  },
  /** Marks the start of the block at this README line, to say where an error came from. */
  enter: (line) => {
    block = line
  },
  /**
   * Calls what the examples exported (a worker's `fetch`, a route's `POST`), prints the record as the
   * last line and ends the process, so a server an example left open cannot keep it running.
   */
  async finish(error) {
    const handlers = []
    let failure = error === undefined ? undefined : { block, error: inspect(error) }
    try {
      for (const value of failure === undefined ? exported : []) {
        if (typeof value?.fetch === 'function') {
          const response = await value.fetch(new Request('http://localhost/?paymentId=35790702&id=2482'), env)
          handlers.push({ handler: 'fetch', status: response.status, body: (await response.json()).status })
        }
        if (typeof value?.POST === 'function') {
          const response = await value.POST(
            new Request('http://localhost/webhook', { method: 'POST', body: '{"paymentId":"35790702"}' }),
          )
          handlers.push({ handler: 'POST', status: response.status, body: await response.text() })
        }
      }
    } catch (handlerError) {
      failure = { block: 'an exported handler', error: inspect(handlerError) }
    }
    await Promise.all(Object.values(servers).map((server) => server.close()))
    process.stdout.write(`\n${JSON.stringify({ checks, handlers, failure })}\n`)
    process.exit(failure === undefined ? 0 : 1)
  },
}
