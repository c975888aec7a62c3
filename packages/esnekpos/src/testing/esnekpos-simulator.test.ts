import { afterEach, describe, expect, it } from 'vitest'
import { fixtureText } from '../__test__/esnekpos-test-kit'
import { esnekposErrorScenarios, esnekposScenarios } from './esnekpos-scenarios'
import { createEsnekposSimulator } from './esnekpos-simulator'

const merchant = 'TEST1234'
const merchantKey = '4oK26hK8MOXrIV1bzTRVPA=='
const base = 'https://posservicetest.esnekpos.com'

function post(simulator: ReturnType<typeof createEsnekposSimulator>, path: string, body: unknown) {
  return simulator.fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

const query = (fields: Record<string, unknown>) => ({
  MERCHANT: merchant,
  MERCHANT_KEY: merchantKey,
  ...fields,
})

describe('createEsnekposSimulator', () => {
  it('answers the documented example for SEND_PAYMENT_REQUEST_ID 2482, as a number or a string', async () => {
    const simulator = createEsnekposSimulator({ merchant, merchantKey })
    for (const id of [2482, '2482']) {
      const response = await post(
        simulator,
        '/api/services/SendPaymentRequestQuery',
        query({ SEND_PAYMENT_REQUEST_ID: id }),
      )
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('application/json')
      const text = await response.text()
      expect(text).toContain('"AMOUNT":"10,56"')
      expect(text).toContain('"COMMISSION":0.16')
      expect(text).toContain('"SUCCESS_TRANSACTION_ID":538224')
    }
    expect(simulator.requests).toBe(2)
  })

  it('answers ProcessQuery by ORDER_REF_NUMBER', async () => {
    const simulator = createEsnekposSimulator({ merchant, merchantKey })
    const response = await post(
      simulator,
      '/api/services/ProcessQuery',
      query({ ORDER_REF_NUMBER: 'order-partially-refunded' }),
    )
    const body = (await response.json()) as { RETURN_CODE: string; TRANSACTIONS: { AMOUNT: string }[] }
    expect(body.RETURN_CODE).toBe('0')
    expect(body.TRANSACTIONS.map((transaction) => transaction.AMOUNT)).toEqual(['1.250,00', '-151,25'])
  })

  it.each([
    ['PRB6AB115E04889', 'process-query.success.recorded.json'],
    ['PRB473855AF38A4', 'process-query.error-100-declined-51.recorded.json'],
    ['PRB79D0CB0EC694', 'process-query.error-400-not-found.recorded.json'],
  ])('answers %s byte for byte as EsnekPOS did (%s)', async (reference, name) => {
    const simulator = createEsnekposSimulator({ merchant, merchantKey })
    const response = await post(
      simulator,
      '/api/services/ProcessQuery',
      query({ ORDER_REF_NUMBER: reference }),
    )
    const recorded = fixtureText(name)
    expect(await response.text()).toBe(recorded.trim())
  })

  it('refuses a wrong key on ProcessQuery in the recorded 400 shape, with RETURN_CODE 102', async () => {
    const simulator = createEsnekposSimulator({ merchant, merchantKey })
    const response = await post(simulator, '/api/services/ProcessQuery', {
      MERCHANT: merchant,
      MERCHANT_KEY: 'wrong',
      ORDER_REF_NUMBER: 'order-paid',
    })
    expect(await response.json()).toEqual({
      STATUS: 'AUTHENTICATION_ERROR',
      RETURN_CODE: '102',
      RETURN_MESSAGE: 'Kimlik doğrulama yapılamadı',
      ORDER_REF_NO: null,
      SUCCESS_TRANSACTION_ID: 0,
      TRANSACTIONS: null,
    })
  })

  it.each([
    ['a wrong key', { MERCHANT: merchant, MERCHANT_KEY: 'wrong' }],
    ['a wrong merchant', { MERCHANT: 'OTHER', MERCHANT_KEY: merchantKey }],
    ['no credentials', {}],
  ])('refuses %s with RETURN_CODE 102, never echoing the key', async (_, credentials) => {
    const simulator = createEsnekposSimulator({ merchant, merchantKey })
    const response = await post(simulator, '/api/services/SendPaymentRequestQuery', {
      ...credentials,
      SEND_PAYMENT_REQUEST_ID: '2482',
    })
    const text = await response.text()
    expect(JSON.parse(text)).toMatchObject({
      RETURN_CODE: '102',
      STATUS: 'AUTHENTICATION_ERROR',
      PAYMENTS: null,
    })
    expect(text).not.toContain(merchantKey)
    expect(text).not.toContain('wrong')
  })

  it('answers unknown ids with 400 and malformed ones with 101', async () => {
    const simulator = createEsnekposSimulator({ merchant, merchantKey })
    const unknown = await post(
      simulator,
      '/api/services/SendPaymentRequestQuery',
      query({ SEND_PAYMENT_REQUEST_ID: '1' }),
    )
    expect(await unknown.json()).toMatchObject({
      RETURN_CODE: '400',
      RETURN_MESSAGE: 'Referans numarası bulunamadı',
    })
    const order = await post(simulator, '/api/services/ProcessQuery', query({ ORDER_REF_NUMBER: 'nope' }))
    // Byte for byte the recorded answer: no echo of the reference, SUCCESS_TRANSACTION_ID 0.
    expect(await order.text()).toBe(fixtureText('process-query.error-400-not-found.recorded.json').trim())
    const malformed = await post(
      simulator,
      '/api/services/SendPaymentRequestQuery',
      query({ SEND_PAYMENT_REQUEST_ID: 'abc' }),
    )
    expect(await malformed.json()).toMatchObject({ RETURN_CODE: '101', STATUS: 'FIELD_ERROR' })
    const notJson = await post(simulator, '/api/services/ProcessQuery', '{')
    expect(await notJson.json()).toMatchObject({ RETURN_CODE: '101' })
  })

  it('answers other paths with 404 and other methods with 405', async () => {
    const simulator = createEsnekposSimulator({ merchant, merchantKey })
    expect((await simulator.fetch(`${base}/api/services/Nope`, { method: 'POST', body: '{}' })).status).toBe(
      404,
    )
    expect((await simulator.fetch(`${base}/api/services/ProcessQuery`)).status).toBe(405)
  })

  it('serves only the scenarios it is given', async () => {
    const [first] = esnekposScenarios
    const simulator = createEsnekposSimulator({ merchant, merchantKey, scenarios: first ? [first] : [] })
    const other = await post(
      simulator,
      '/api/services/ProcessQuery',
      query({ ORDER_REF_NUMBER: 'order-paid' }),
    )
    expect(await other.json()).toMatchObject({ RETURN_CODE: '400' })
  })

  it('injects faults through the shared injector, from options or later', async () => {
    const simulator = createEsnekposSimulator({
      merchant,
      merchantKey,
      faults: [{ type: 'status', status: 503, times: 1 }],
    })
    const body = query({ SEND_PAYMENT_REQUEST_ID: '2482' })
    expect((await post(simulator, '/api/services/SendPaymentRequestQuery', body)).status).toBe(503)
    expect((await post(simulator, '/api/services/SendPaymentRequestQuery', body)).status).toBe(200)
    simulator.faults.add({ type: 'rate_limit', retryAfterSeconds: 2, times: 1 })
    const limited = await post(simulator, '/api/services/SendPaymentRequestQuery', body)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('2')
  })

  describe('over a real port', () => {
    let close: (() => Promise<void>) | undefined
    afterEach(async () => {
      await close?.()
      close = undefined
    })

    it('listens on 127.0.0.1 and answers', async () => {
      const simulator = createEsnekposSimulator({ merchant, merchantKey })
      const served = await simulator.listen()
      close = served.close
      const response = await fetch(`${served.url}/api/services/SendPaymentRequestQuery`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(query({ SEND_PAYMENT_REQUEST_ID: '2487' })),
      })
      expect(await response.json()).toMatchObject({ RETURN_CODE: '0', PAYMENTS: [] })
    })

    it('answers exactly as over fetch: every scenario, every refusal, other paths and methods', async () => {
      const simulator = createEsnekposSimulator({ merchant, merchantKey })
      const served = await simulator.listen()
      close = served.close
      const requests: [string, RequestInit][] = [
        ...[...esnekposScenarios, ...esnekposErrorScenarios].map(({ query: asked }): [string, RequestInit] =>
          'sendPaymentRequestId' in asked
            ? [PAYMENT_REQUEST, json(query({ SEND_PAYMENT_REQUEST_ID: asked.sendPaymentRequestId }))]
            : [ORDER, json(query({ ORDER_REF_NUMBER: asked.orderReference }))],
        ),
        [
          PAYMENT_REQUEST,
          json({ MERCHANT: merchant, MERCHANT_KEY: 'wrong', SEND_PAYMENT_REQUEST_ID: '2482' }),
        ],
        [ORDER, json({ MERCHANT: 'other', MERCHANT_KEY: merchantKey, ORDER_REF_NUMBER: 'ORDER-123456' })],
        [PAYMENT_REQUEST, json(query({ SEND_PAYMENT_REQUEST_ID: 'abc' }))],
        [ORDER, json(query({}))],
        [ORDER, { method: 'POST', body: '{' }],
        ['/api/services/Nope', json({})],
        [ORDER, { method: 'GET' }],
      ]
      const answerOf = async (response: Response) => ({
        status: response.status,
        type: response.headers.get('content-type'),
        allow: response.headers.get('allow'),
        body: await response.text(),
      })
      for (const [path, init] of requests) {
        expect(await answerOf(await fetch(`${served.url}${path}`, init)), path).toEqual(
          await answerOf(await simulator.fetch(`${base}${path}`, init)),
        )
      }
    })
  })
})

const PAYMENT_REQUEST = '/api/services/SendPaymentRequestQuery'
const ORDER = '/api/services/ProcessQuery'
const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
})
