import { inspect } from 'node:util'
import { DurumError } from '@durum/core'
import {
  createStatusNormalizer,
  type NormalizedResult,
  NormalizedResultSchema,
  type QueryOf,
} from '@durum/status-normalizer'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { type IyzicoProvider, iyzico } from './iyzico-provider'
import {
  createIyzicoSimulator,
  type IyzicoSimulatorOptions,
  iyzicoErrorScenarios,
  iyzicoScenarios,
} from './testing'
import * as bodies from './testing/iyzico-fixture-bodies'

const apiKey = 'sandbox-provider-test-api-key-4e1f'
const secretKey = 'sandbox-provider-test-secret-key-8a0c'
const baseUrl = 'https://iyzico.simulator.test'

/** The real sandbox bodies of payment 35790626 after its cancel. */
const afterCancel = bodies.paymentDetailAfterCancel
const reportingCancel = bodies.reportingTotallyRefundedByCancel

function setup(options: Parameters<typeof iyzico>[0] = {}, scenarios?: IyzicoSimulatorOptions['scenarios']) {
  const simulator = createIyzicoSimulator({
    apiKey,
    secretKey,
    ...(scenarios === undefined ? {} : { scenarios }),
  })
  const paths: string[] = []
  /** The query strings of the reporting GETs. */
  const reportingAsked: Record<string, string>[] = []
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    paths.push(url.pathname)
    if (request.method === 'GET') {
      const { conversationId: _fresh, ...asked } = Object.fromEntries(url.searchParams)
      reportingAsked.push(asked)
    }
    return simulator.handle(request)
  }
  const provider = iyzico({ apiKey, secretKey, baseUrl, fetch, retry: false, ...options })
  const durum = createStatusNormalizer({ providers: [provider] })
  return { simulator, provider, durum, paths, reportingAsked }
}

const DETAIL_THEN_REPORTING = ['/payment/detail', '/v2/reporting/payment/details']

describe('iyzico provider', () => {
  it.each(iyzicoScenarios.map((scenario) => [scenario.name, scenario] as const))(
    'scenario %s → its expected status, fitting the model',
    async (_, scenario) => {
      const result: NormalizedResult = await setup().provider.getStatus(scenario.query)
      expect(result.status).toBe(scenario.expect.status)
      expect(result.kind).toBe(scenario.expect.kind)
      expect(v.safeParse(NormalizedResultSchema, result).issues).toBeUndefined()
    },
  )

  it.each(iyzicoErrorScenarios.map((scenario) => [scenario.name, scenario] as const))(
    'error scenario %s → its error code',
    async (_, scenario) => {
      const query = { provider: 'iyzico', ...scenario.query } as QueryOf<IyzicoProvider>
      const error = await setup()
        .durum.getStatus(query)
        .catch((caught: unknown) => caught)
      expect(DurumError.isInstance(error) && error.code).toBe(scenario.code)
    },
  )
})

describe('iyzico provider: refunds and cancels from reporting', () => {
  it('a cancelled payment queried by paymentId reads CANCELLED, reporting asked by that paymentId', async () => {
    const { durum, paths, reportingAsked } = setup()
    const result = await durum.getStatus({ provider: 'iyzico', paymentId: '35790626' })
    expect(paths).toEqual(DETAIL_THEN_REPORTING)
    expect(reportingAsked).toEqual([{ locale: 'tr', paymentId: '35790626' }])
    expect(result).toMatchObject({
      status: 'CANCELLED',
      rawStatus: 'SUCCESS fraud=1 phase=AUTH refund=TOTALLY_REFUNDED cancelled',
      refundsChecked: true,
      refundedAmount: { amount: '10.01', currency: 'TRY' },
      ids: { paymentId: '35790626' },
    })
    expect(result.explanation).toMatch(/cancelled on 2026-06-11T23:29:34\+03:00 .*do not ship/)
  })

  it('a cancelled payment queried by its checkout form’s token reads CANCELLED', async () => {
    const { durum, paths, reportingAsked } = setup()
    const result = await durum.getStatus({
      provider: 'iyzico',
      checkoutFormToken: '3d0f5a2e-8c41-4b7a-9e26-5f1c0b8d7a43',
    })
    expect(paths).toEqual(['/payment/iyzipos/checkoutform/auth/ecom/detail', '/v2/reporting/payment/details'])
    expect(reportingAsked).toEqual([{ locale: 'tr', paymentId: '35790626' }])
    expect(result).toMatchObject({ status: 'CANCELLED', refundsChecked: true })
  })

  it.each([
    [{ paymentId: '35790700' }, 'REFUNDED', '10.01'],
    [{ checkoutFormToken: '7b2e9c14-5a6d-4f80-8b3c-2d9e1f4a6c57' }, 'REFUNDED', '10.01'],
    [{ paymentId: '35790701' }, 'PARTIALLY_REFUNDED', '5.00'],
    [{ checkoutFormToken: 'a91c4e7f-2b38-4d5a-8f06-6e3b7c1d9a28' }, 'PARTIALLY_REFUNDED', '5.00'],
  ] as const)('%j → %s, refunded %s', async (query, status, refunded) => {
    const result = await setup().provider.getStatus(query)
    expect(result).toMatchObject({
      status,
      refundsChecked: true,
      refundedAmount: { amount: refunded, currency: 'TRY' },
    })
  })

  it('queried by paymentConversationId, still asks reporting by the payment’s own paymentId', async () => {
    const { durum, paths, reportingAsked } = setup()
    const result = await durum.getStatus({ provider: 'iyzico', paymentConversationId: '20260611C995' })
    expect(paths).toEqual(DETAIL_THEN_REPORTING)
    expect(reportingAsked).toEqual([{ locale: 'tr', paymentId: '35790626' }])
    expect(result).toMatchObject({
      status: 'CANCELLED',
      refundsChecked: true,
      ids: { paymentId: '35790626', merchantReference: '20260611C995' },
    })
  })

  it('a payment reporting confirms NOT_REFUNDED reads SUCCEEDED with refunds checked', async () => {
    const result = await setup().provider.getStatus({ paymentId: '35790702' })
    expect(result).toMatchObject({ status: 'SUCCEEDED', refundsChecked: true })
    expect(result.explanation).toMatch(/no refund or cancel: safe to ship/)
  })

  it('reporting listing no payment (payments: []) leaves refunds unchecked, saying so', async () => {
    const { durum, paths } = setup()
    const result = await durum.getStatus({ provider: 'iyzico', paymentId: '20885695' })
    expect(paths).toEqual(DETAIL_THEN_REPORTING)
    expect(result).toMatchObject({ status: 'SUCCEEDED', refundsChecked: false })
    expect(result.explanation).toMatch(
      /Refunds and cancels were not checked: iyzico's reporting, asked by paymentId 20885695, lists no payment \(payments: \[\]\)/,
    )
  })

  it('reporting answering with another payment is not taken as this one’s refunds', async () => {
    const { provider } = setup({}, [
      {
        answers: [
          { endpoint: 'payment-detail', key: 'paymentId:35790626', body: afterCancel },
          {
            endpoint: 'reporting-payment-details',
            key: 'paymentId:35790626',
            body: reportingCancel.replaceAll('35790626', '35790999'),
          },
        ],
      },
    ])
    const result = await provider.getStatus({ paymentId: '35790626' })
    expect(result).toMatchObject({ status: 'SUCCEEDED', refundsChecked: false })
    expect(result.explanation).toMatch(/lists 1 payment but not this one/)
  })

  it('falls back to the paymentConversationId when iyzico’s answer has no paymentId', async () => {
    const withoutPaymentId = afterCancel.replace('\n    "paymentId": "35790626",', '')
    const { provider, reportingAsked } = setup({}, [
      {
        answers: [
          { endpoint: 'payment-detail', key: 'paymentConversationId:20260611C995', body: withoutPaymentId },
          {
            endpoint: 'reporting-payment-details',
            key: 'paymentConversationId:20260611C995',
            body: reportingCancel,
          },
        ],
      },
    ])
    const result = await provider.getStatus({ paymentConversationId: '20260611C995' })
    expect(reportingAsked).toEqual([{ locale: 'tr', paymentConversationId: '20260611C995' }])
    expect(result).toMatchObject({ status: 'CANCELLED', refundsChecked: true })
  })

  it('without a paymentId in the answer or a conversation id in the query, says reporting could not be asked', async () => {
    const token = '3d0f5a2e-8c41-4b7a-9e26-5f1c0b8d7a43'
    const form = afterCancel
      .replace('\n    "paymentId": "35790626",', '')
      .replace('"paymentStatus"', `"token": "${token}",\n    "paymentStatus"`)
    const { provider, paths } = setup({}, [
      { answers: [{ endpoint: 'checkout-form', key: `token:${token}`, body: form }] },
    ])
    const result = await provider.getStatus({ checkoutFormToken: token })
    expect(paths).toEqual(['/payment/iyzipos/checkoutform/auth/ecom/detail'])
    expect(result).toMatchObject({ status: 'SUCCEEDED', refundsChecked: false })
    expect(result.explanation).toMatch(/no paymentId and the query gave no paymentConversationId/)
  })

  it("does not ask reporting with refunds: 'skip', and says the cancel may be missed", async () => {
    const { durum, paths } = setup({ refunds: 'skip' })
    const result = await durum.getStatus({ provider: 'iyzico', paymentId: '35790626' })
    expect(paths).toEqual(['/payment/detail'])
    expect(result).toMatchObject({ status: 'SUCCEEDED', refundsChecked: false })
    expect(result.explanation).toMatch(/Refunds and cancels were not checked: refunds: 'skip'/)
  })

  it('does not ask reporting about a payment that was not taken', async () => {
    const { durum, paths } = setup()
    const result = await durum.getStatus({ provider: 'iyzico', paymentId: '20885697' })
    expect(result.status).toBe('FAILED')
    expect(paths).toEqual(['/payment/detail'])
  })

  it('a failing reporting endpoint leaves refunds unchecked instead of failing the query', async () => {
    const { simulator, durum } = setup()
    simulator.faults.add({ type: 'status', status: 503, match: (request) => request.method === 'GET' })
    const result = await durum.getStatus({ provider: 'iyzico', paymentId: '35790626' })
    expect(result).toMatchObject({ status: 'SUCCEEDED', refundsChecked: false })
    expect(result.explanation).toMatch(/reporting endpoint could not be read \(provider\)/)
  })

  it('an abort while reporting is asked ends the query', async () => {
    const { simulator, provider } = setup()
    simulator.faults.add({ type: 'hang', match: (request) => request.method === 'GET' })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 50)
    const error = await provider
      .getStatus({ paymentId: '35790626' }, { signal: controller.signal })
      .catch((caught: unknown) => caught)
    expect(DurumError.isInstance(error) && error.code).toBe('transport')
  })
})

describe('iyzico provider: raw, validation and credentials', () => {
  it('keeps stored-card tokens out of raw', async () => {
    const result = await setup().durum.getStatus({
      provider: 'iyzico',
      checkoutFormToken: 'f8aee98c-7dad-430e-a20f-70f327f8e64e',
    })
    expect(result.raw).toMatchObject({ cardToken: '[REDACTED]', cardUserKey: '[REDACTED]', price: 0.3 })
    expect(result).toMatchObject({
      refundsChecked: false,
      ids: { token: 'f8aee98c-7dad-430e-a20f-70f327f8e64e' },
    })
  })

  it('keeps the keys out of raw even when iyzico echoes them back', async () => {
    const { simulator, durum } = setup()
    simulator.faults.add({
      type: 'drift',
      transform: (body) => ({ ...body, echo: `${apiKey} ${secretKey}` }),
    })
    const result = await durum.getStatus({ provider: 'iyzico', paymentId: '20885695' })
    expect(result.status).toBe('SUCCEEDED')
    expect(JSON.stringify(result)).not.toContain(apiKey)
    expect(JSON.stringify(result)).not.toContain(secretKey)
    expect(result.raw).toMatchObject({ echo: expect.stringContaining('[REDACTED]') })
  })

  it('refuses an invalid query at the engine, its public door, before any request', async () => {
    const { provider, paths } = setup()
    const durum = createStatusNormalizer({ providers: [provider] })
    const error = await durum
      .getStatus({ provider: 'iyzico', paymentId: '' })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'validation', field: 'paymentId' })
    expect(paths).toEqual([])
  })

  it('wrong credentials → authentication (the simulator answers 1000)', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const provider = iyzico({
      apiKey,
      secretKey: 'sandbox-wrong',
      baseUrl,
      fetch: simulator.fetch,
      retry: false,
    })
    const error = await provider.getStatus({ paymentId: '20885695' }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'authentication', providerCode: '1000' })
  })
})

describe('iyzico provider: signatures and binding', () => {
  it('says whether the answer was signed: a re-signed sandbox answer true, the unsigned docs answer false', async () => {
    const { provider } = setup()
    expect(await provider.getStatus({ paymentId: '35790626' })).toMatchObject({ signed: true })
    expect(await provider.getStatus({ paymentId: '20885695' })).toMatchObject({ signed: false })
  })

  it('with requireSignature, refuses the unsigned answer but still reads refunds from unsigned reporting', async () => {
    const { provider } = setup({ requireSignature: true })
    const error = await provider.getStatus({ paymentId: '20885695' }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'response_format', source: 'iyzico.payment-detail' })
    expect(await provider.getStatus({ paymentId: '35790626' })).toMatchObject({
      status: 'CANCELLED',
      signed: true,
      refundsChecked: true,
    })
  })

  it('refuses an answer about another payment through getStatus, never reading its status', async () => {
    const { durum } = setup({}, [
      {
        answers: [
          {
            endpoint: 'payment-detail',
            key: 'paymentId:2002',
            body: afterCancel.replaceAll('35790626', '1001'),
          },
        ],
      },
    ])
    const error = await durum
      .getStatus({ provider: 'iyzico', paymentId: '2002' })
      .catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'response_format' })
    expect(DurumError.isInstance(error) && error.message).toContain(
      'carries paymentId 1001, where the paymentId sent was 2002',
    )
  })

  it('fails the query when reporting’s answer is a replay (another conversationId), never reading it', async () => {
    const { simulator, provider } = setup()
    simulator.faults.add({
      type: 'drift',
      match: (request) => request.method === 'GET',
      transform: (body) => ({ ...body, conversationId: 'an-earlier-request' }),
    })
    const error = await provider.getStatus({ paymentId: '35790626' }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'response_format', source: 'iyzico.reporting-payment-details' })
    expect(DurumError.isInstance(error) && error.message).toContain(
      'carries conversationId an-earlier-request, where the conversationId sent was',
    )
  })
})

describe('iyzico provider: no key iyzico echoes reaches the result', () => {
  const keys = [apiKey, secretKey]

  /** The documented detail answer with `edit` applied, served for paymentId 20885695. */
  async function resultWith(edit: (body: Record<string, unknown>) => Record<string, unknown>) {
    const { simulator, provider } = setup()
    simulator.faults.add({
      type: 'drift',
      match: (request) => request.method === 'POST',
      transform: (body) => edit(body),
    })
    return provider.getStatus({ paymentId: '20885695' })
  }

  function expectNoKey(result: unknown) {
    const text = `${JSON.stringify(result)} ${inspect(result, { depth: 10 })}`
    for (const key of keys) expect(text).not.toContain(key)
  }

  it('in failure.code, failure.group, failure.message and the explanation of a FAILURE', async () => {
    for (const key of keys) {
      const result = await resultWith((body) => ({
        ...body,
        paymentStatus: 'FAILURE',
        errorCode: key,
        errorGroup: `${key}_GROUP`,
        errorMessage: `declined ${key}`,
      }))
      expect(result).toMatchObject({
        status: 'FAILED',
        failure: { code: '[REDACTED]', group: '[REDACTED]_GROUP', message: 'declined [REDACTED]' },
        explanation: 'iyzico reports the payment failed ("declined [REDACTED]"): it will not be paid.',
      })
      expectNoKey(result)
    }
  })

  it('in rawStatus and the explanation of an unknown paymentStatus', async () => {
    for (const key of keys) {
      const result = await resultWith((body) => ({ ...body, paymentStatus: key }))
      expect(result).toMatchObject({ status: 'UNKNOWN', rawStatus: '[REDACTED] fraud=1 phase=AUTH' })
      expectNoKey(result)
    }
  })

  it('in ids and items', async () => {
    for (const key of keys) {
      const result = await resultWith((body) => ({
        ...body,
        basketId: key,
        authCode: key,
        hostReference: key,
        itemTransactions: (body.itemTransactions as Record<string, unknown>[]).map((item) => ({
          ...item,
          itemId: key,
          paymentTransactionId: key,
        })),
      }))
      expect(result.kind === 'payment' && result.ids).toMatchObject({
        basketId: '[REDACTED]',
        authCode: '[REDACTED]',
        hostReference: '[REDACTED]',
        transactionIds: ['[REDACTED]'],
      })
      expect(result.kind === 'payment' && result.items?.[0]).toMatchObject({ id: '[REDACTED]' })
      expectNoKey(result)
    }
  })
})
