import { createHmac } from 'node:crypto'
import { constantTimeEqual, DurumError } from '@durum/core'
import { verifyIyzicoWebhook } from '@durum/iyzico'
import { findSecrets } from '@durum/status-normalizer/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

const secretKey = 'sandbox-RELIABILITYwebhookSECRET9x'
const hmac = (message: string, key = secretKey) => createHmac('sha256', key).update(message).digest('hex')

interface SignedPayload {
  format: 'direct' | 'hpp' | 'subscription'
  payload: Record<string, string | number>
  /** The fields iyzico signs, in order; the secret goes where `SECRET` is. */
  signed: readonly string[]
  /** Fields iyzico does not sign. */
  unsigned: readonly string[]
}

// Shapes as on iyzico's webhook page (docs.iyzico.com/en/advanced/webhook), signed as DESIGN.md says.
const payloads: SignedPayload[] = [
  {
    format: 'direct',
    payload: {
      paymentConversationId: 'order-42',
      merchantId: 3397,
      paymentId: 22416010,
      status: 'FAILURE',
      iyziReferenceCode: '1ca31c2f-5b6c-4d8a-9e8d-0c5a9b1f2e3d',
      iyziEventType: 'THREE_DS_AUTH',
      iyziEventTime: 1715081014345,
      iyziPaymentId: 22416010,
    },
    signed: ['SECRET', 'iyziEventType', 'paymentId', 'paymentConversationId', 'status'],
    unsigned: ['merchantId', 'iyziReferenceCode', 'iyziEventTime', 'iyziPaymentId'],
  },
  {
    format: 'hpp',
    payload: {
      paymentConversationId: 'order-43',
      merchantId: 3397,
      token: 'f8aee98c-7dad-430e-a20f-70f327f8e64e',
      status: 'FAILURE',
      iyziReferenceCode: '7d0b5e2a-0a8e-4a47-bd4c-9d7f0b0e5c11',
      iyziEventType: 'CHECKOUT_FORM_AUTH',
      iyziEventTime: 1715081014345,
      iyziPaymentId: 22416011,
    },
    signed: ['SECRET', 'iyziEventType', 'iyziPaymentId', 'token', 'paymentConversationId', 'status'],
    unsigned: ['merchantId', 'iyziReferenceCode', 'iyziEventTime'],
  },
  {
    format: 'subscription',
    payload: {
      orderReferenceCode: '9b0a2c4e-order',
      customerReferenceCode: '5c1d-customer',
      subscriptionReferenceCode: 'a7e3-subscription',
      iyziReferenceCode: 'e1f2-ref',
      iyziEventType: 'subscription.order.failure',
      iyziEventTime: 1614173431549,
      merchantId: 3397,
    },
    signed: [
      'merchantId',
      'SECRET',
      'iyziEventType',
      'subscriptionReferenceCode',
      'orderReferenceCode',
      'customerReferenceCode',
    ],
    unsigned: ['iyziReferenceCode', 'iyziEventTime'],
  },
]

function signatureOf(signed: SignedPayload, payload = signed.payload, key = secretKey): string {
  return hmac(signed.signed.map((field) => (field === 'SECRET' ? key : String(payload[field]))).join(''), key)
}

const verify = (body: string, signature: string | undefined, key = secretKey) =>
  verifyIyzicoWebhook({
    headers: signature === undefined ? {} : { 'X-IYZ-SIGNATURE-V3': signature },
    body,
    secretKey: key,
  })

/** The rejection `promise` ends in: always a DurumError, never carrying the secret. */
async function rejection(promise: Promise<unknown>): Promise<DurumError> {
  const outcome = await promise.then(
    (event) => ({ accepted: event }),
    (error: unknown) => ({ error }),
  )
  if ('accepted' in outcome) throw new Error(`accepted: ${JSON.stringify(outcome.accepted).slice(0, 300)}`)
  const { error } = outcome
  if (!DurumError.isInstance(error)) throw new Error(`untyped rejection: ${String(error)}`, { cause: error })
  expect(findSecrets(error, [secretKey])).toEqual([])
  return error
}

/** One character of `text` changed to another. */
const tamper = (text: string) =>
  fc
    .tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.string({ minLength: 1, maxLength: 1 }))
    .filter(([at, char]) => text[at] !== char)
    .map(([at, char]) => text.slice(0, at) + char + text.slice(at + 1))

describe.each(payloads)('iyzico webhook, $format format', (signed) => {
  const body = JSON.stringify(signed.payload)
  const signature = signatureOf(signed)

  it('verifies the genuine notification', async () => {
    const event = await verify(body, signature)
    expect(event.format).toBe(signed.format)
  })

  it('rejects any change to any signed field', async () => {
    const fields = signed.signed.filter((field) => field !== 'SECRET')
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...fields)
          .chain((field) => tamper(String(signed.payload[field])).map((value) => ({ field, value }))),
        async ({ field, value }) => {
          const original = signed.payload[field]
          const altered = {
            ...signed.payload,
            [field]: typeof original === 'number' && /^\d+$/.test(value) ? Number(value) : value,
          }
          const error = await rejection(verify(JSON.stringify(altered), signature))
          expect(['authentication', 'response_format']).toContain(error.code)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('rejects a signature made with any other secret', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }).filter((key) => key !== secretKey),
        async (otherKey) => {
          const error = await rejection(verify(body, signatureOf(signed, signed.payload, otherKey)))
          expect(error.code).toBe('authentication')
        },
      ),
      { numRuns: 100 },
    )
  })

  it('rejects a verification run with the wrong secret', async () => {
    expect((await rejection(verify(body, signature, `${secretKey}x`))).code).toBe('authentication')
  })

  it('rejects any altered signature header', async () => {
    await fc.assert(
      fc.asyncProperty(tamper(signature), async (altered) => {
        // Case and surrounding whitespace are not alterations of a hex digest.
        fc.pre(altered.trim().toLowerCase() !== signature)
        expect((await rejection(verify(body, altered))).code).toBe('authentication')
      }),
      { numRuns: 150 },
    )
    for (const altered of [
      '',
      ' ',
      signature.slice(0, -1),
      `${signature}0`,
      signature.slice(0, 32),
      'z'.repeat(64),
    ]) {
      expect((await rejection(verify(body, altered))).code).toBe('authentication')
    }
  })

  it('rejects a missing header, retired headers and headers of another name', async () => {
    const headerSets = [
      {},
      { 'x-iyz-signature': signature },
      { 'x-iyz-signature-v2': signature },
      { 'x-iyz-signature-v4': signature },
      { 'x-signature': signature },
      { 'X-IYZ-SIGNATURE-V3': undefined },
      { 'X-IYZ-SIGNATURE-V3': [] as string[] },
    ]
    for (const headers of headerSets) {
      const error = await rejection(verifyIyzicoWebhook({ headers, body, secretKey }))
      expect(error.code).toBe('authentication')
    }
  })

  it('accepts a replay unchanged (nothing in the signature expires), so the caller deduplicates', async () => {
    const first = await verify(body, signature)
    const replay = await verify(body, signature)
    // The signed identity is stable: a merchant keys idempotency on it.
    expect(replay.payment.ids).toEqual(first.payment.ids)
    expect(replay.payment.status).toBe(first.payment.status)
  })

  it('a replay with its unsigned fields changed cannot change what the notification says', async () => {
    const genuine = await verify(body, signature)
    for (const field of signed.unsigned) {
      const value = signed.payload[field]
      const altered = { ...signed.payload, [field]: typeof value === 'number' ? value + 1 : `${value}x` }
      const replay = await verify(JSON.stringify(altered), signature)
      expect(replay.payment.status, field).toBe(genuine.payment.status)
      expect(replay.payment.rawStatus, field).toBe(genuine.payment.rawStatus)
      expect(replay.payment.ids, field).toEqual(genuine.payment.ids)
    }
  })

  it('a replay with the status or event rewritten is rejected', async () => {
    const statusField = signed.format === 'subscription' ? 'iyziEventType' : 'status'
    for (const forged of ['SUCCESS', 'subscription.order.success', 'INIT_THREEDS']) {
      if (forged === signed.payload[statusField]) continue
      const altered = JSON.stringify({ ...signed.payload, [statusField]: forged })
      expect((await rejection(verify(altered, signature))).code).toBe('authentication')
    }
  })
})

describe('iyzico webhook, malformed payloads', () => {
  const direct = payloads[0] as SignedPayload

  it('any body at all is a typed rejection or a verified event, never an untyped throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((value) => JSON.stringify(value)),
          fc
            .dictionary(
              fc.constantFrom(...Object.keys(direct.payload), 'token', 'subscriptionReferenceCode'),
              fc.jsonValue(),
            )
            .map((value) => JSON.stringify(value)),
        ),
        fc.option(fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 }), {
          nil: undefined,
        }),
        async (body, signature) => {
          await rejection(verify(body, signature ?? signatureOf(direct)))
        },
      ),
      { numRuns: 300 },
    )
  })

  it.each([
    ['not JSON', 'paymentId=1&status=SUCCESS'],
    ['empty', ''],
    ['JSON null', 'null'],
    ['a JSON array', '[1,2,3]'],
    ['truncated', JSON.stringify(direct.payload).slice(0, 40)],
    [
      'a prototype-pollution attempt',
      '{"__proto__":{"status":"SUCCESS"},"constructor":{"prototype":{"x":1}}}',
    ],
    ['deeply nested', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['a 2 MB signed field', JSON.stringify({ ...direct.payload, status: 'x'.repeat(2 * 1024 * 1024) })],
  ])('rejects %s with a typed error', async (_, body) => {
    const error = await rejection(verify(body, signatureOf(direct)))
    expect(['authentication', 'response_format']).toContain(error.code)
    expect(({} as Record<string, unknown>).status).toBeUndefined()
  })

  it('rejects bytes that are not UTF-8 with a typed error', async () => {
    const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d])
    const error = await rejection(
      verifyIyzicoWebhook({ headers: { 'x-iyz-signature-v3': signatureOf(direct) }, body: bytes, secretKey }),
    )
    expect(error.code).toBe('response_format')
  })

  it('verifies the same notification given as bytes, a Headers object or a header array', async () => {
    const body = JSON.stringify(direct.payload)
    const signature = signatureOf(direct)
    const asText = await verifyIyzicoWebhook({
      headers: { 'x-iyz-signature-v3': signature },
      body,
      secretKey,
    })
    const fromHeaders = await verifyIyzicoWebhook({
      headers: new Headers({ 'X-Iyz-Signature-V3': signature }),
      body,
      secretKey,
    })
    const fromBytes = await verifyIyzicoWebhook({
      headers: { 'x-iyz-signature-v3': [signature] },
      body: new TextEncoder().encode(body),
      secretKey,
    })
    expect(asText.payment.signed).toBe(true)
    expect(fromHeaders).toEqual(asText)
    expect(fromBytes).toEqual(asText)
  })
})

describe('constant-time comparison', () => {
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number
  const time = (a: string, b: string) => {
    const started = performance.now()
    constantTimeEqual(a, b)
    return performance.now() - started
  }

  it('takes as long whether the first or the last character differs', () => {
    const length = 400_000
    const base = 'a'.repeat(length)
    const firstDiffers = `b${base.slice(1)}`
    const lastDiffers = `${base.slice(0, -1)}b`
    // Warm up, then interleave the two cases so machine load hits both alike.
    for (let i = 0; i < 5; i++) {
      time(base, firstDiffers)
      time(base, lastDiffers)
    }
    const first: number[] = []
    const last: number[] = []
    for (let i = 0; i < 25; i++) {
      first.push(time(base, firstDiffers))
      last.push(time(base, lastDiffers))
    }
    // An early exit would make the first case ~length times faster; allow generous noise.
    const ratio = median(first) / median(last)
    expect(ratio).toBeGreaterThan(0.33)
    expect(ratio).toBeLessThan(3)
  })
})
