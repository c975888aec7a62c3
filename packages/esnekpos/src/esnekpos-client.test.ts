import { DurumError, type RequestEvent, type ResponseEvent } from '@durum/core'
import { describe, expect, it } from 'vitest'
import { everywhere, serveFixture } from './__test__/esnekpos-test-kit'
import { createEsnekposClient } from './esnekpos-client'
import type { EsnekposClientOptions } from './esnekpos-options'
import { createEsnekposSimulator } from './testing/esnekpos-simulator'

const merchant = 'TEST1234'
const merchantKey = '4oK26hK8MOXrIV1bzTRVPA=='

function setup(options: Partial<EsnekposClientOptions> = {}) {
  const simulator = createEsnekposSimulator({ merchant, merchantKey })
  const sent: Request[] = []
  const events: (RequestEvent | ResponseEvent)[] = []
  const client = createEsnekposClient({
    merchant,
    merchantKey,
    retry: false,
    fetch: async (input, init) => {
      const request = new Request(input, init)
      sent.push(request.clone())
      return simulator.handle(request)
    },
    onRequest: (event) => events.push(event),
    onResponse: (event) => events.push(event),
    ...options,
  })
  return { simulator, client, sent, events }
}

async function caught(promise: Promise<unknown>): Promise<DurumError> {
  const error = await promise.then(
    () => {
      throw new Error('expected an error')
    },
    (reason: unknown) => reason,
  )
  expect(DurumError.isInstance(error)).toBe(true)
  return error as DurumError
}

describe('createEsnekposClient', () => {
  it('posts the documented JSON to the test service by default', async () => {
    const { client, sent } = setup()
    const body = await client.getPaymentRequestStatus({ sendPaymentRequestId: '2482' })
    expect(body.PAYMENTS[1]?.AMOUNT).toEqual({ amount: '10.56', currency: 'TRY' })
    const [request] = sent
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('https://posservicetest.esnekpos.com/api/services/SendPaymentRequestQuery')
    expect(request?.headers.get('content-type')).toBe('application/json')
    expect(await request?.json()).toEqual({
      MERCHANT: merchant,
      MERCHANT_KEY: merchantKey,
      SEND_PAYMENT_REQUEST_ID: '2482',
    })
  })

  it('queries an order with ORDER_REF_NUMBER on production', async () => {
    const { client, sent } = setup({ environment: 'production' })
    const body = await client.getOrderStatus({ orderReference: 'order-paid' })
    expect(body.TRANSACTIONS.map((transaction) => transaction.STATUS_ID)).toEqual([1, 2, 3])
    expect(sent[0]?.url).toBe('https://posservice.esnekpos.com/api/services/ProcessQuery')
    expect(await sent[0]?.json()).toMatchObject({ ORDER_REF_NUMBER: 'order-paid' })
  })

  it('takes a baseUrl over the environment', async () => {
    const { client, sent } = setup({ baseUrl: 'http://127.0.0.1:9/esnek/' })
    await client.getOrderStatus({ orderReference: 'order-paid' })
    expect(sent[0]?.url).toBe('http://127.0.0.1:9/esnek/api/services/ProcessQuery')
  })

  it('refuses a bad option at creation, naming it without echoing its value', () => {
    expect(() => createEsnekposClient({ merchantKey: '' })).toThrow(/merchantKey/)
    expect(() => createEsnekposClient({ environment: 'test' as never })).toThrow(/environment/)
    expect(() => createEsnekposClient({ baseUrl: 'not a url' })).toThrow(/baseUrl/)
  })

  it.each([
    ['unknown id', { sendPaymentRequestId: '424242' }, 'not_found', '400'],
    ['malformed id', { sendPaymentRequestId: 'abc' }, 'validation', '101'],
    ['general error', { sendPaymentRequestId: '2491' }, 'provider', '100'],
  ])('a RETURN_CODE error (%s) → %s', async (_, query, code, providerCode) => {
    const { client } = setup()
    const error = await caught(client.getPaymentRequestStatus(query))
    expect(error).toMatchObject({ code, providerCode, provider: 'esnekpos', status: 200 })
    expect(error.source).toBe('esnekpos.send-payment-request-query')
  })

  it('wrong credentials → authentication, and the key is nowhere: error, hooks, requests seen by hooks', async () => {
    const wrongKey = 'V3JvbmdLZXlGb3JUZXN0cw=='
    const { client, events } = setup({ merchantKey: wrongKey })
    const error = await caught(client.getPaymentRequestStatus({ sendPaymentRequestId: '2482' }))
    expect(error).toMatchObject({ code: 'authentication', providerCode: '102', retryable: false })
    expect(events.length).toBeGreaterThanOrEqual(2)
    for (const text of [everywhere(error), everywhere(events)]) {
      expect(text).not.toContain(wrongKey)
      expect(text).not.toContain(merchantKey)
    }
    const request = events.find((event): event is RequestEvent => !('status' in event))
    expect(request?.body).toContain('"MERCHANT":"TEST1234"')
    expect(request?.body).toContain('[REDACTED]')
  })

  it('keeps the key out of errors even when EsnekPOS echoes it back', async () => {
    const { client, simulator } = setup()
    const echoes = [
      { RETURN_CODE: '100', RETURN_MESSAGE: `MERCHANT_KEY ${merchantKey} geçersiz`, STATUS: 'ERROR' },
      {
        RETURN_CODE: '0',
        PAYMENTS: [{ PAYMENT_STATUS: 'Ödeme - Başarılı', AMOUNT: '1.250' }],
        MERCHANT_KEY: merchantKey,
      },
    ]
    for (const echo of echoes) {
      simulator.faults.add({ type: 'drift', transform: () => echo, times: 1 })
      const error = await caught(client.getPaymentRequestStatus({ sendPaymentRequestId: '2482' }))
      expect(everywhere(error)).not.toContain(merchantKey)
    }
  })

  it('keeps the key out of raw', async () => {
    const simulator = createEsnekposSimulator({ merchant, merchantKey })
    simulator.faults.add({
      type: 'drift',
      transform: (body) => ({ ...body, MERCHANT_KEY: merchantKey, NOTE: merchantKey }),
    })
    const { esnekpos } = await import('./esnekpos-provider')
    const result = await esnekpos({ merchant, merchantKey, fetch: simulator.fetch }).getStatus({
      sendPaymentRequestId: '2482',
    })
    expect(everywhere(result)).not.toContain(merchantKey)
    expect(result.raw).toMatchObject({ MERCHANT_KEY: '[REDACTED]', NOTE: '[REDACTED]' })
  })

  it('a malformed amount → response_format naming the field, never a guessed number', async () => {
    const { client, simulator } = setup()
    simulator.faults.add({
      type: 'drift',
      transform: (body) => {
        const payments = body.PAYMENTS as Record<string, unknown>[]
        return { ...body, PAYMENTS: payments.map((payment) => ({ ...payment, AMOUNT: '1.056' })) }
      },
    })
    const error = await caught(client.getPaymentRequestStatus({ sendPaymentRequestId: '2482' }))
    expect(error.code).toBe('response_format')
    expect(error.message).toContain('PAYMENTS.0.AMOUNT')
    expect(error.excerpt).toBeDefined()
  })

  it('a malformed date → response_format', async () => {
    const { client, simulator } = setup()
    simulator.faults.add({
      type: 'drift',
      transform: (body) => {
        const transactions = body.TRANSACTIONS as Record<string, unknown>[]
        return { ...body, TRANSACTIONS: transactions.map((t) => ({ ...t, DATE: '32.10.2026 08:50:48' })) }
      },
    })
    const error = await caught(client.getOrderStatus({ orderReference: 'order-paid' }))
    expect(error.code).toBe('response_format')
    expect(error.message).toContain('TRANSACTIONS.0.DATE')
  })

  it.each([
    [{ type: 'html' as const, status: 502 }, 'provider', 502],
    [{ type: 'status' as const, status: 401 }, 'authentication', 401],
    [{ type: 'status' as const, status: 404 }, 'not_found', 404],
    [{ type: 'rate_limit' as const, retryAfterSeconds: 3 }, 'rate_limited', 429],
  ])('an HTTP %j answer → %s', async (fault, code, status) => {
    const { client, simulator } = setup()
    simulator.faults.add(fault)
    const error = await caught(client.getOrderStatus({ orderReference: 'order-paid' }))
    expect(error).toMatchObject({ code, status })
  })

  it('a 200 that is not JSON → response_format with a short excerpt', async () => {
    const { client, simulator } = setup()
    simulator.faults.add({ type: 'status', status: 200, body: '<html>bakım çalışması</html>' })
    const error = await caught(client.getOrderStatus({ orderReference: 'order-paid' }))
    expect(error).toMatchObject({ code: 'response_format', status: 200 })
    expect(error.excerpt).toContain('bakım')
  })

  it('retries a 503 for this read-only POST, then answers', async () => {
    const { client, simulator } = setup({ retry: { limit: 2, backoffMs: 1 } })
    simulator.faults.add({ type: 'status', status: 503, times: 1 })
    const body = await client.getOrderStatus({ orderReference: 'order-paid' })
    expect(body.RETURN_CODE).toBe('0')
    expect(simulator.requests).toBe(2)
  })

  it('validates the query before any request', async () => {
    const { client, simulator } = setup()
    const error = await caught(client.getPaymentRequestStatus({ sendPaymentRequestId: ' ' }))
    expect(error).toMatchObject({ code: 'validation', field: 'sendPaymentRequestId' })
    expect(simulator.requests).toBe(0)
  })

  describe('ProcessQuery: an answer with the order is the outcome, whatever its RETURN_CODE', () => {
    it('the recorded decline (RETURN_CODE 100 with the order) is returned, not thrown', async () => {
      const { client } = setup()
      const body = await client.getOrderStatus({ orderReference: 'PRB473855AF38A4' })
      expect(body).toMatchObject({ RETURN_CODE: '100', STATUS: 'ERROR', RETURN_MESSAGE: '51-Limit Yetersiz' })
      expect(body.TRANSACTIONS.map((row) => row.STATUS_ID)).toEqual([1, 2, 4])
    })

    it('PAYMENT_WAITING (106) is returned, not thrown', async () => {
      const { client } = setup()
      const body = await client.getOrderStatus({ orderReference: 'order-pending' })
      expect(body).toMatchObject({ RETURN_CODE: '106', STATUS: 'PAYMENT_WAITING' })
    })

    it('400 for an unknown reference is returned as the recorded body, not thrown as not_found', async () => {
      const { client } = setup()
      const body = await client.getOrderStatus({ orderReference: 'PRB79D0CB0EC694' })
      expect(body).toEqual({
        RETURN_CODE: '400',
        RETURN_MESSAGE: 'Referans numarası bulunamadı (Not.ProcessQuery)',
        STATUS: 'PROCESS_QUERY',
        TRANSACTIONS: [],
      })
    })

    it('a code without the order is a query error: 100 → provider, 102 → authentication', async () => {
      const { client } = setup()
      const general = await caught(client.getOrderStatus({ orderReference: 'order-general-error' }))
      expect(general).toMatchObject({
        code: 'provider',
        providerCode: '100',
        source: 'esnekpos.process-query',
      })
      expect(general.message).toBe(
        'EsnekPOS refused the query for order order-general-error (RETURN_CODE 100 ERROR: "Beklenmeyen bir hata oluştu"). The payment itself was not changed; retry later or contact EsnekPOS support with this code.',
      )
      const { client: wrongKey } = setup({ merchantKey: 'V3JvbmdLZXlGb3JUZXN0cw==' })
      const refused = await caught(wrongKey.getOrderStatus({ orderReference: 'order-paid' }))
      expect(refused).toMatchObject({ code: 'authentication', providerCode: '102' })
    })

    it('refused credentials (102) or fields (101) are errors even when the body echoes the order', async () => {
      const { client, simulator } = setup()
      for (const [code, status, expected] of [
        ['102', 'AUTHENTICATION_ERROR', 'authentication'],
        ['101', 'FIELD_ERROR', 'validation'],
      ] as const) {
        simulator.faults.add({
          type: 'drift',
          times: 1,
          transform: (body) => ({ ...body, STATUS: status, RETURN_CODE: code, RETURN_MESSAGE: 'x' }),
        })
        const error = await caught(client.getOrderStatus({ orderReference: 'order-paid' }))
        expect(error).toMatchObject({ code: expected, providerCode: code })
      }
    })

    it('an outcome behind an HTTP error status is that HTTP error, never read as the outcome', async () => {
      const { client, simulator } = setup()
      serveFixture(simulator, 'process-query.success.recorded.json', 502)
      const error = await caught(client.getOrderStatus({ orderReference: 'PRB6AB115E04889' }))
      expect(error).toMatchObject({ code: 'provider', status: 502 })
    })
  })

  describe('binding: an answer must be about the order asked for', () => {
    it.each(['ORDER_REF_NO', 'ORDER_REF_NUMBER'])(
      'an answer echoing another order in %s → response_format naming both',
      async (field) => {
        const { client, simulator } = setup()
        simulator.faults.add({
          type: 'drift',
          transform: (body) => ({ ...body, [field]: 'order-refunded' }),
        })
        const error = await caught(client.getOrderStatus({ orderReference: 'order-paid' }))
        expect(error).toMatchObject({
          code: 'response_format',
          source: 'esnekpos.process-query',
          status: 200,
        })
        expect(error.message).toBe(
          `EsnekPOS answered about order "order-refunded" (${field}) when asked about order "order-paid", so the answer was not used. Retry; if it persists, something between durum and EsnekPOS is mixing up answers.`,
        )
      },
    )

    it('the recorded decline served for another reference is refused too', async () => {
      const { client, simulator } = setup()
      serveFixture(simulator, 'process-query.error-100-declined-51.recorded.json')
      const error = await caught(client.getOrderStatus({ orderReference: 'PRB6AB115E04889' }))
      expect(error.code).toBe('response_format')
      expect(error.message).toContain(
        '"PRB473855AF38A4" (ORDER_REF_NO) when asked about order "PRB6AB115E04889"',
      )
    })

    it('a reference with line breaks is echoed escaped in the message', async () => {
      const { client, simulator } = setup()
      simulator.faults.add({
        type: 'drift',
        transform: (body) => ({ ...body, ORDER_REF_NO: 'x\r\nINFO paid' }),
      })
      const error = await caught(client.getOrderStatus({ orderReference: 'order-paid' }))
      expect(error.message).toContain('about order "x\\u{000D}\\u{000A}INFO paid" (ORDER_REF_NO)')
    })
  })
})
