import { DurumError } from '@durum/core'
import {
  createStatusNormalizer,
  isPaid,
  PAYMENT_STATUSES,
  type PaymentStatus,
} from '@durum/status-normalizer'
import { describeProviderConformance } from '@durum/status-normalizer/testing'
import { describe, expect, it } from 'vitest'
import { esnekpos } from './esnekpos-provider'
import {
  type EsnekposScenario,
  esnekposErrorScenarios,
  esnekposScenarios,
} from './testing/esnekpos-scenarios'
import { createEsnekposSimulator } from './testing/esnekpos-simulator'

const merchant = 'TEST1234'
const merchantKey = '4oK26hK8MOXrIV1bzTRVPA=='
/** EsnekPOS has no fraud review and no authorization-only state (README, status table): never these two. */
const UNREACHABLE_STATUSES: readonly PaymentStatus[] = ['UNDER_REVIEW', 'AUTHORIZED']

/**
 * The suite replays each scenario's answer onto the next scenario's query on the same path. Two EsnekPOS
 * answers carry nothing that names the query (README, "Which answer is about which query"): a
 * SendPaymentRequestQuery answer, and ProcessQuery's 400 for an unknown reference. So each payment
 * request is followed by an order, whose path has no answer yet, and the 400 comes last: the replay
 * check runs on every pair of ProcessQuery answers that do carry the order.
 */
function replayableOrder(scenarios: readonly EsnekposScenario[]): EsnekposScenario[] {
  const unbound = (scenario: EsnekposScenario) =>
    'orderReference' in scenario.query && scenario.body.ORDER_REF_NO === null
  const requests = scenarios.filter((scenario) => 'sendPaymentRequestId' in scenario.query)
  const orders = scenarios.filter((scenario) => 'orderReference' in scenario.query && !unbound(scenario))
  if (orders.length <= requests.length)
    throw new Error('too few order scenarios to separate the payment requests')
  return [
    ...requests.flatMap((request, index) => [request, orders[index] as EsnekposScenario]),
    ...orders.slice(requests.length),
    ...scenarios.filter(unbound),
  ]
}

describeProviderConformance({
  name: 'esnekpos',
  createProvider: (options) => esnekpos({ merchant, merchantKey, ...options }),
  createSimulator: () => createEsnekposSimulator({ merchant, merchantKey }),
  scenarios: replayableOrder(esnekposScenarios).map(({ name, query, expect }) => ({
    name,
    query,
    expect: { ...expect, kind: 'payment' },
  })),
  statuses: PAYMENT_STATUSES.filter((status) => !UNREACHABLE_STATUSES.includes(status)),
  errors: esnekposErrorScenarios.map(({ name, query, expect }) => ({ name, query, code: expect.error })),
  invalidQueries: [
    { name: 'no id', query: {}, field: 'sendPaymentRequestId' },
    {
      name: 'an empty payment-request id',
      query: { sendPaymentRequestId: '' },
      field: 'sendPaymentRequestId',
    },
    {
      name: 'a numeric payment-request id',
      query: { sendPaymentRequestId: 2482 },
      field: 'sendPaymentRequestId',
    },
    { name: 'a blank order reference', query: { orderReference: '  ' }, field: 'orderReference' },
    {
      name: 'both ids',
      query: { sendPaymentRequestId: '2482', orderReference: 'order-paid' },
      field: 'orderReference',
    },
    { name: 'an unknown key', query: { orderReference: 'order-paid', paymentId: '1' }, field: 'paymentId' },
  ],
  wrongCredentials: (options) => esnekpos({ merchant, merchantKey: 'bm90LXRoZS1yaWdodC1rZXk=', ...options }),
  secrets: [merchantKey],
})

describe('esnekpos provider', () => {
  const simulator = () => createEsnekposSimulator({ merchant, merchantKey })

  it('answers the documented example through the engine', async () => {
    const durum = createStatusNormalizer({
      providers: [esnekpos({ merchant, merchantKey, fetch: simulator().fetch })],
    })
    const result = await durum.getStatus({ provider: 'esnekpos', sendPaymentRequestId: '2482' })
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      source: 'esnekpos.send-payment-request-query',
      amount: { amount: '10.56', currency: 'TRY' },
      ids: { paymentId: '203762', transactionIds: ['538224'] },
    })
    expect(isPaid(result)).toBe(true)
    expect(result.attempts).toHaveLength(2)
    expect(result.checkedAt).toMatch(/\+03:00$/)
  })

  it('names what was asked in the sentence’s own language', async () => {
    const sim = simulator()
    const durum = createStatusNormalizer({
      providers: [esnekpos({ merchant, merchantKey, fetch: sim.fetch, retry: false })],
      locale: 'tr',
    })
    const unknown = await durum.getStatus({ provider: 'esnekpos', sendPaymentRequestId: '999999' }).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(DurumError.isInstance(unknown) && [unknown.reason, unknown.message]).toEqual([
      'esnekpos.not_found',
      'EsnekPOS\'ta 999999 numaralı ödeme isteği için kayıt yok (RETURN_CODE 400 PROCESS_QUERY: "Referans numarası bulunamadı"). Kimliği ve çağrılan ortamda (test ya da production) oluşturulduğunu kontrol edin.',
    ])
    sim.faults.add({ type: 'html', status: 200 })
    const unread = await durum.getStatus({ provider: 'esnekpos', orderReference: 'order-paid' }).then(
      () => undefined,
      (error: unknown) => error,
    )
    expect(DurumError.isInstance(unread) && unread.messages).toEqual({
      en: "EsnekPOS's answer for order order-paid is not JSON: it may have been cut off or come from a proxy. Retry; if it persists, ask EsnekPOS support.",
      tr: "EsnekPOS yanıtı (order-paid numaralı sipariş) JSON değil: yarıda kesilmiş ya da bir proxy'den gelmiş olabilir. Yeniden deneyin; sürerse EsnekPOS destek ekibine başvurun.",
    })
  })

  it('asks ProcessQuery for an orderReference', async () => {
    const provider = esnekpos({ merchant, merchantKey, fetch: simulator().fetch })
    const result = await provider.getStatus({ orderReference: 'order-partially-refunded' })
    expect(result).toMatchObject({
      source: 'esnekpos.process-query',
      status: 'PARTIALLY_REFUNDED',
      refundedAmount: { amount: '151.25', currency: 'TRY' },
      paidAmount: { amount: '1250.00', currency: 'TRY' },
    })
  })

  it('reads credentials from the environment at the first request, not at creation', async () => {
    const env = (globalThis as { process: { env: Record<string, string | undefined> } }).process.env
    const before = { merchant: env.ESNEKPOS_MERCHANT, key: env.ESNEKPOS_MERCHANT_KEY }
    delete env.ESNEKPOS_MERCHANT
    delete env.ESNEKPOS_MERCHANT_KEY
    try {
      const sim = simulator()
      const provider = esnekpos({ fetch: sim.fetch })
      const missing = await provider
        .getStatus({ sendPaymentRequestId: '2482' })
        .catch((error: unknown) => error)
      expect(DurumError.isInstance(missing) && missing.code).toBe('validation')
      expect(DurumError.isInstance(missing) && missing.field).toBe('merchant')
      expect(sim.requests).toBe(0)
      env.ESNEKPOS_MERCHANT = merchant
      env.ESNEKPOS_MERCHANT_KEY = merchantKey
      expect((await provider.getStatus({ sendPaymentRequestId: '2482' })).status).toBe('SUCCEEDED')
    } finally {
      for (const [name, value] of [
        ['ESNEKPOS_MERCHANT', before.merchant],
        ['ESNEKPOS_MERCHANT_KEY', before.key],
      ] as const) {
        if (value === undefined) delete env[name]
        else env[name] = value
      }
    }
  })
})
