import { afterEach, describe, expect, it, vi } from 'vitest'
import { failure, fixtureText, serveFixture, store } from './__test__/paytr-test-kit'
import { createPaytrClient } from './paytr-client'
import { paytrStatusToken } from './sign-paytr-request'
import { createPaytrSimulator } from './testing/paytr-simulator'

interface Received {
  method: string
  url: string
  contentType: string | null
  body: string
}

/** The simulator behind a fetch that records exactly what PayTR would receive. */
function recorded() {
  const simulator = createPaytrSimulator(store)
  const received: Received[] = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init)
    received.push({
      method: request.method,
      url: request.url,
      contentType: request.headers.get('content-type'),
      body: await request.clone().text(),
    })
    return simulator.fetch(request)
  }
  return { simulator, fetch, received }
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('createPaytrClient', () => {
  it('posts exactly merchant_id, merchant_oid and paytr_token as a form, never the key or the salt', async () => {
    const { fetch, received } = recorded()
    await createPaytrClient({ ...store, fetch }).getPaymentStatus({ merchantOid: 'PAYTR0001PAID' })
    const token = await paytrStatusToken({ ...store, merchantOid: 'PAYTR0001PAID' })
    expect(received).toEqual([
      {
        method: 'POST',
        url: 'https://www.paytr.com/odeme/durum-sorgu',
        contentType: 'application/x-www-form-urlencoded',
        body: new URLSearchParams({
          merchant_id: '123456',
          merchant_oid: 'PAYTR0001PAID',
          paytr_token: token,
        }).toString(),
      },
    ])
    expect(received[0]?.body).not.toContain(store.merchantKey)
    expect(received[0]?.body).not.toContain(store.merchantSalt)
  })

  it('returns PayTR’s body typed: exact amounts, TRY, its returns', async () => {
    const { fetch } = recorded()
    const body = await createPaytrClient({ ...store, fetch }).getPaymentStatus({
      merchantOid: 'PAYTR0004PARTIAL',
    })
    expect(
      body.status === 'success' ? [body.payment_total, body.currency, body.returns.length] : body,
    ).toEqual(['10.80', 'TRY', 1])
  })

  it('encodes an order id with form-special characters, and signs it as sent', async () => {
    const { fetch, received } = recorded()
    const body = await createPaytrClient({ ...store, fetch }).getPaymentStatus({ merchantOid: 'SİP 1&2=+' })
    expect(body).toEqual({ status: 'error', err_no: '004', err_msg: 'merchant_oid ile islem bulunamadi' })
    expect(new URLSearchParams(received[0]?.body).get('merchant_oid')).toBe('SİP 1&2=+')
  })

  it('reads the credentials from PAYTR_MERCHANT_ID/KEY/SALT at the first request, not at creation', async () => {
    const { fetch } = recorded()
    const client = createPaytrClient({ fetch })
    vi.stubEnv('PAYTR_MERCHANT_ID', store.merchantId)
    vi.stubEnv('PAYTR_MERCHANT_KEY', store.merchantKey)
    vi.stubEnv('PAYTR_MERCHANT_SALT', store.merchantSalt)
    const body = await client.getPaymentStatus({ merchantOid: 'PAYTR0001PAID' })
    expect(body.status).toBe('success')
  })

  it('names the missing credential, and sends nothing', async () => {
    const { fetch, received } = recorded()
    vi.stubEnv('PAYTR_MERCHANT_SALT', '')
    const error = await failure(
      createPaytrClient({ fetch, merchantId: '1', merchantKey: 'k'.repeat(16) }).getPaymentStatus({
        merchantOid: 'PAYTR0001PAID',
      }),
    )
    expect(error.code).toBe('validation')
    expect(error.message).toBe(
      'No PayTR merchant salt: pass merchantSalt to paytr() or createPaytrClient(), or set PAYTR_MERCHANT_SALT.',
    )
    expect(received).toEqual([])
  })

  it.each([
    ['durum-sorgu.error-001-invalid-request.docs.json', 'validation', 'paytr.invalid_request'],
    ['durum-sorgu.error-002-invalid-merchant-oid.docs.json', 'validation', 'paytr.invalid_merchant_oid'],
    ['durum-sorgu.error-003-invalid-token.docs.json', 'authentication', 'paytr.authentication'],
  ])('turns the documented refusal %s into %s', async (fixture, code, reason) => {
    const { simulator, fetch } = recorded()
    serveFixture(simulator, fixture)
    const error = await failure(
      createPaytrClient({ ...store, fetch }).getPaymentStatus({ merchantOid: 'SIP1' }),
    )
    expect([error.code, error.reason, error.source, error.providerCode]).toEqual([
      code,
      reason,
      'paytr.durum-sorgu',
      JSON.parse(fixtureText(fixture)).err_no,
    ])
  })

  it('refuses an answer that names another order', async () => {
    const { simulator, fetch } = recorded()
    simulator.faults.add({ type: 'drift', transform: (body) => ({ ...body, merchant_oid: 'ANOTHER1' }) })
    const error = await failure(
      createPaytrClient({ ...store, fetch }).getPaymentStatus({ merchantOid: 'PAYTR0001PAID' }),
    )
    expect(error.code).toBe('response_format')
    expect(error.message).toBe(
      'PayTR answered about order "ANOTHER1" (merchant_oid) when asked about order "PAYTR0001PAID", so the answer was not used. Retry; if it persists, something between durum and PayTR is mixing up answers.',
    )
  })

  it('takes an answer that names the order asked', async () => {
    const { simulator, fetch } = recorded()
    simulator.faults.add({ type: 'drift', transform: (body) => ({ ...body, merchant_oid: 'PAYTR0001PAID' }) })
    const body = await createPaytrClient({ ...store, fetch }).getPaymentStatus({
      merchantOid: 'PAYTR0001PAID',
    })
    expect(body.status === 'success' ? body.merchant_oid : body.status).toBe('PAYTR0001PAID')
  })

  it('validates the query at its door, before anything is sent', async () => {
    const { fetch, received } = recorded()
    const error = await failure(
      createPaytrClient({ ...store, fetch }).getPaymentStatus({ merchantOid: '   ' } as {
        merchantOid: string
      }),
    )
    expect([error.code, error.field]).toEqual(['validation', 'merchantOid'])
    expect(received).toEqual([])
  })
})
