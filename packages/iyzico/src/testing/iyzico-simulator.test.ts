import { parseJson } from '@durum/core'
import { PAYMENT_STATUSES } from '@durum/status-normalizer'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { IyzicoPaymentDetailSchema } from '../iyzico-schemas'
import { signIyzicoRequest } from '../sign-iyzico-request'
import {
  computeIyzicoResponseSignature,
  paymentDetailSignatureParams,
} from '../verify-iyzico-response-signature'
import { iyzicoErrorScenarios, iyzicoScenarios } from './iyzico-scenarios'
import { createIyzicoSimulator } from './iyzico-simulator'

const apiKey = 'sandbox-simulator-api-key'
const secretKey = 'sandbox-simulator-secret-key'

async function signed(
  path: string,
  body: string | undefined,
  credentials = { apiKey, secretKey },
  method: 'GET' | 'POST' = 'POST',
): Promise<Request> {
  const randomKey = '123456789'
  const { authorization } = await signIyzicoRequest({ ...credentials, randomKey, path, body: body ?? '' })
  return new Request(`https://sandbox-api.iyzipay.com${path}`, {
    method,
    headers: { authorization, 'x-iyzi-rnd': randomKey, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body }),
  })
}

const detail = (query: Record<string, string>) => JSON.stringify({ locale: 'tr', ...query })

describe('createIyzicoSimulator', () => {
  it('serves the real body byte for byte, 8-decimal numbers and 0E-8 included', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const response = await simulator.handle(
      await signed('/payment/detail', detail({ paymentId: '20885695' })),
    )
    const text = await response.text()
    expect(response.status).toBe(200)
    expect(text).toContain('"price": 1.00000000')
    expect(text).toContain('"merchantCommissionRate": 0E-8')
    expect(simulator.requests).toBe(1)
  })

  it('answers 1000 to a wrong signature and 1001 to an unknown API key, as iyzico does', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const wrongSecret = await simulator.handle(
      await signed('/payment/detail', detail({ paymentId: '20885695' }), { apiKey, secretKey: 'other' }),
    )
    expect(await wrongSecret.json()).toMatchObject({
      status: 'failure',
      errorCode: '1000',
      errorMessage: 'Geçersiz imza',
    })
    const wrongKey = await simulator.handle(
      await signed('/payment/detail', detail({ paymentId: '20885695' }), { apiKey: 'other', secretKey }),
    )
    expect(await wrongKey.json()).toMatchObject({ errorCode: '1001' })
    const unsigned = await simulator.handle(
      new Request('https://sandbox-api.iyzipay.com/payment/detail', {
        method: 'POST',
        body: detail({ paymentId: '1' }),
      }),
    )
    expect(await unsigned.json()).toMatchObject({ errorCode: '1001' })
  })

  it('rejects a body changed after signing', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const original = await signed('/payment/detail', detail({ paymentId: '20885695' }))
    const tampered = new Request(original, { body: detail({ paymentId: '20885696' }) })
    expect(await (await simulator.handle(tampered)).json()).toMatchObject({ errorCode: '1000' })
  })

  it('checks a reporting GET signed over its path alone, the query string left out', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const response = await simulator.handle(
      await signed(
        '/v2/reporting/payment/details?locale=tr&paymentConversationId=20260611C995',
        undefined,
        undefined,
        'GET',
      ),
    )
    expect(await response.json()).toMatchObject({
      status: 'success',
      payments: [{ paymentRefundStatus: 'TOTALLY_REFUNDED' }],
    })
  })

  it('refuses with 1000 a reporting GET signed over a {} body it did not carry', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const path = '/v2/reporting/payment/details?locale=tr&paymentConversationId=20260611C995'
    const randomKey = '123456789'
    const { authorization } = await signIyzicoRequest({ apiKey, secretKey, randomKey, path, body: '{}' })
    const response = await simulator.handle(
      new Request(`https://sandbox-api.iyzipay.com${path}`, {
        method: 'GET',
        headers: { authorization, 'x-iyzi-rnd': randomKey, 'content-type': 'application/json' },
      }),
    )
    expect(await response.json()).toMatchObject({
      status: 'failure',
      errorCode: '1000',
      errorMessage: 'Geçersiz imza',
    })
  })

  it('serves reporting by paymentId too, and refuses a reporting request with neither id', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const reporting = async (query: string) =>
      (
        await simulator.handle(
          await signed(`/v2/reporting/payment/details?${query}`, undefined, undefined, 'GET'),
        )
      ).json()
    expect(await reporting('locale=tr&paymentId=35790626')).toMatchObject({
      payments: [{ paymentId: 35790626, cancels: [{ refundStatus: 1 }] }],
    })
    expect(await reporting('locale=tr&paymentId=35790701')).toMatchObject({
      payments: [{ paymentId: 35790701, paymentRefundStatus: 'PARTIALLY_REFUNDED' }],
    })
    expect(await reporting('locale=tr&paymentId=404')).toMatchObject({ status: 'success', payments: [] })
    expect(await reporting('locale=tr')).toMatchObject({ status: 'failure', errorCode: '11' })
  })

  it('re-signs bodies that carry a response signature with its own secret', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const response = await simulator.handle(
      await signed('/payment/detail', detail({ paymentId: '35790626' })),
    )
    const body = v.parse(IyzicoPaymentDetailSchema, parseJson(await response.text()))
    expect(body.signature).toBe(
      await computeIyzicoResponseSignature(secretKey, paymentDetailSignatureParams(body)),
    )
  })

  it('answers unknown ids with iyzico’s real not-found bodies and missing ids with its validation bodies', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const answer = async (path: string, body: string) =>
      (await simulator.handle(await signed(path, body))).json()
    expect(await answer('/payment/detail', detail({ paymentId: '404' }))).toMatchObject({ errorCode: '5087' })
    expect(await answer('/payment/detail', detail({}))).toMatchObject({ errorCode: '11' })
    expect(
      await answer('/payment/iyzipos/checkoutform/auth/ecom/detail', detail({ token: 'x' })),
    ).toMatchObject({
      errorCode: '5124',
    })
    expect(await answer('/payment/iyzipos/checkoutform/auth/ecom/detail', detail({}))).toMatchObject({
      errorCode: '5132',
    })
    expect(
      await answer(
        '/v1/pay-with-iyzico/third-party-session/retrieve/session',
        detail({ checkoutFormToken: 'x', paymentId: '1' }),
      ),
    ).toMatchObject({ errorCode: '260016' })
  })

  it('injects the shared faults', async () => {
    const simulator = createIyzicoSimulator({
      apiKey,
      secretKey,
      faults: [{ type: 'rate_limit', retryAfterSeconds: 3, times: 1 }],
    })
    const request = () => signed('/payment/detail', detail({ paymentId: '20885695' }))
    const limited = await simulator.handle(await request())
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('3')
    expect((await simulator.handle(await request())).status).toBe(200)
  })

  it('listens on a real port', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const server = await simulator.listen()
    try {
      const local = await signed('/payment/detail', detail({ paymentId: '20885695' }))
      const response = await fetch(`${server.url}/payment/detail`, {
        method: 'POST',
        headers: local.headers,
        body: await local.text(),
      })
      expect(await response.json()).toMatchObject({ paymentStatus: 'SUCCESS' })
    } finally {
      await server.close()
    }
  })

  it('answers over a real port exactly as through handle: every canned answer, and every refusal', async () => {
    const simulator = createIyzicoSimulator({ apiKey, secretKey })
    const server = await simulator.listen()
    const paths = {
      'payment-detail': '/payment/detail',
      'checkout-form': '/payment/iyzipos/checkoutform/auth/ecom/detail',
      'tokenization-session': '/v1/pay-with-iyzico/third-party-session/retrieve/session',
    } as const
    const requests: (() => Promise<Request>)[] = []
    const canned = [...iyzicoScenarios, ...iyzicoErrorScenarios].flatMap((s) => s.answers)
    for (const { endpoint, key } of canned) {
      const [name = '', first = '', second = ''] = key.split(':')
      if (endpoint === 'reporting-payment-details') {
        const query = `/v2/reporting/payment/details?locale=tr&${name}=${first}`
        requests.push(() => signed(query, undefined, undefined, 'GET'))
      } else {
        const fields =
          endpoint === 'tokenization-session'
            ? { checkoutFormToken: first, paymentId: second }
            : { [name]: first }
        requests.push(() => signed(paths[endpoint], detail(fields)))
      }
    }
    const body = detail({ paymentId: '20885695' })
    requests.push(
      () => signed('/payment/detail', body, { apiKey, secretKey: 'other' }),
      () => signed('/payment/detail', body, { apiKey: 'other', secretKey }),
      async () => new Request(await signed('/payment/detail', body), { body: detail({ paymentId: '1' }) }),
      () => signed('/payment/detail', '{not json'),
      () => signed('/payment/detail', detail({})),
      () => signed('/nowhere', body),
    )
    // A refusal carries the time it was made.
    const answerOf = async (response: Response) => ({
      status: response.status,
      type: response.headers.get('content-type'),
      body: (await response.text()).replace(/"systemTime":\d+/, '"systemTime":0'),
    })
    try {
      for (const request of requests) {
        const local = await request()
        const url = new URL(local.url)
        const overHttp = await fetch(`${server.url}${url.pathname}${url.search}`, {
          method: local.method,
          headers: local.headers,
          ...(local.method === 'GET' ? {} : { body: await local.clone().text() }),
        })
        expect(await answerOf(overHttp), local.url).toEqual(await answerOf(await simulator.handle(local)))
      }
      // The canned answers reach every route the simulator serves.
      expect(new Set(canned.map((answer) => answer.endpoint))).toEqual(
        new Set(['payment-detail', 'checkout-form', 'tokenization-session', 'reporting-payment-details']),
      )
    } finally {
      await server.close()
    }
  })

  it('seeds a scenario for every status the mapping documents', () => {
    const reached = new Set(iyzicoScenarios.map((scenario) => scenario.expect.status))
    // Every payment status, and both session states (a session's UNKNOWN is the payment one).
    for (const status of [...PAYMENT_STATUSES, 'ACTIVE', 'INACTIVE']) {
      expect(reached.has(status as never), status).toBe(true)
    }
    const names = [...iyzicoScenarios, ...iyzicoErrorScenarios].map((scenario) => scenario.name)
    expect(new Set(names).size).toBe(names.length)
  })
})
