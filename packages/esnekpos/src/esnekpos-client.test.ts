import { readFileSync } from 'node:fs'
import { inspect } from 'node:util'
import { DurumError, type RequestEvent, type ResponseEvent } from '@durum/core'
import { describe, expect, it } from 'vitest'
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

/** Everything a merchant could print or log about an outcome. */
function everywhere(value: unknown): string {
  const parts = [inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value) ?? '']
  let cause = value instanceof Error ? value.cause : undefined
  while (cause !== undefined) {
    parts.push(inspect(cause, { depth: 10 }))
    cause = cause instanceof Error ? cause.cause : undefined
  }
  return parts.join('\n')
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

  it.each([
    ['process-query.error-99-not-found.omnipay-mock.json', 'Islem bulunamadi'],
    ['payment-3d.error-99-card-declined.omnipay-mock.json', 'Card declined'],
  ])('reads the omnipay error mock %s, as sent, as a provider error', async (name, message) => {
    const { client, simulator } = setup()
    const text = readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8')
    simulator.faults.add({ type: 'status', status: 200, body: text, contentType: 'application/json' })
    const error = await caught(client.getOrderStatus({ orderReference: 'ORDER-999999' }))
    expect(error).toMatchObject({
      code: 'provider',
      providerCode: '99',
      providerMessage: message,
      retryable: false,
    })
    expect(error.message).toContain('order ORDER-999999')
  })
})
