import { createHmac } from 'node:crypto'
import { inspect } from 'node:util'
import { constantTimeEqual, DurumError } from '@durum/core'
import { NormalizedPaymentSchema } from '@durum/status-normalizer'
import * as v from 'valibot'
import { describe, expect, it, vi } from 'vitest'
import { verifyIyzicoWebhook } from './verify-iyzico-webhook'

// The real comparison, watched: the signature must be compared without an early exit.
vi.mock('@durum/core', async (importOriginal) => {
  const original = await importOriginal<typeof import('@durum/core')>()
  return { ...original, constantTimeEqual: vi.fn(original.constantTimeEqual) }
})

const secretKey = 'sandbox-wbwpzKIiplZxI3hh5ALI4FJyAcZKL6kq'
const hmac = (message: string, key = secretKey) => createHmac('sha256', key).update(message).digest('hex')

// Payload shapes as on iyzico's webhook page (docs.iyzico.com/en/advanced/webhook); ids are numbers there.
const direct = (status: string) =>
  `{"paymentConversationId":"order-42","merchantId":3397,"paymentId":22416010,"status":"${status}","iyziReferenceCode":"1ca31c2f-5b6c-4d8a-9e8d-0c5a9b1f2e3d","iyziEventType":"THREE_DS_AUTH","iyziEventTime":1715081014345,"iyziPaymentId":22416010}`
const directSignature = (status: string) => hmac(`${secretKey}THREE_DS_AUTH22416010order-42${status}`)

const hpp =
  '{"paymentConversationId":"order-43","merchantId":3397,"token":"f8aee98c-7dad-430e-a20f-70f327f8e64e","status":"SUCCESS","iyziReferenceCode":"7d0b5e2a-0a8e-4a47-bd4c-9d7f0b0e5c11","iyziEventType":"CHECKOUT_FORM_AUTH","iyziEventTime":1715081014345,"iyziPaymentId":22416011}'
const hppSignature = hmac(
  `${secretKey}CHECKOUT_FORM_AUTH22416011f8aee98c-7dad-430e-a20f-70f327f8e64eorder-43SUCCESS`,
)

const subscription = (eventType: string) =>
  `{"orderReferenceCode":"9b0a2c4e-order","customerReferenceCode":"5c1d-customer","subscriptionReferenceCode":"a7e3-subscription","iyziReferenceCode":"e1f2-ref","iyziEventType":"${eventType}","iyziEventTime":1614173431549,"merchantId":3397}`
const subscriptionSignature = (eventType: string) =>
  hmac(`3397${secretKey}${eventType}a7e3-subscription9b0a2c4e-order5c1d-customer`)

async function rejection(promise: Promise<unknown>): Promise<DurumError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the webhook to be rejected')
    },
    (caught: unknown) => caught,
  )
  if (!DurumError.isInstance(error)) throw error
  expect(error.message).not.toContain(secretKey)
  return error
}

describe('verifyIyzicoWebhook', () => {
  // The direct format's documented statuses (iyzico's webhook page), each with the table's sentence.
  it.each([
    ['FAILURE', 'FAILED', undefined, 'iyzico reports the payment failed: it will not be paid.'],
    [
      'INIT_THREEDS',
      'REQUIRES_ACTION',
      'customer_3ds',
      "3-D Secure was started (INIT_THREEDS) and the customer has not finished the bank's verification step yet.",
    ],
    [
      'CALLBACK_THREEDS',
      'REQUIRES_ACTION',
      'merchant_complete_3ds',
      'The bank sent the customer back from 3-D Secure (CALLBACK_THREEDS), but the merchant has not completed the payment yet: call POST /payment/3dsecure/auth, which iyzico refuses unless 3-D Secure passed.',
    ],
    [
      'BKM_POS_SELECTED',
      'PENDING',
      undefined,
      'The customer chose a card in BKM Express (BKM_POS_SELECTED); the payment itself has not been made yet: do not ship.',
    ],
    [
      'INIT_APM',
      'PENDING',
      undefined,
      'The customer started paying with an alternative payment method (INIT_APM); iyzico has not received the money yet: do not ship.',
    ],
    [
      'INIT_CONTACTLESS',
      'PENDING',
      undefined,
      'A contactless in-store payment was started (INIT_CONTACTLESS) and has not completed yet: do not ship.',
    ],
  ])('reads a direct-format %s notification as %s', async (status, normalized, nextAction, explanation) => {
    const event = await verifyIyzicoWebhook({
      headers: new Headers({ 'X-IYZ-SIGNATURE-V3': directSignature(status) }),
      body: direct(status),
      secretKey,
    })
    expect(event.format).toBe('direct')
    expect(event.payment.status).toBe(normalized)
    expect(event.payment.nextAction).toBe(nextAction)
    expect(event.payment.explanation).toBe(explanation)
    expect(event.payment.signed).toBe(true)
    expect(event.payment.ids).toEqual({ paymentId: '22416010', merchantReference: 'order-42' })
    expect(v.safeParse(NormalizedPaymentSchema, event.payment).issues).toBeUndefined()
  })

  it('explains in Turkish when asked, and refuses a locale it does not write', async () => {
    const verify = (locale: string) =>
      verifyIyzicoWebhook({
        headers: new Headers({ 'X-IYZ-SIGNATURE-V3': directSignature('INIT_CONTACTLESS') }),
        body: direct('INIT_CONTACTLESS'),
        secretKey,
        locale: locale as 'tr',
      })
    expect((await verify('tr')).payment).toMatchObject({
      reason: 'iyzico.init_contactless',
      explanation:
        'Mağazada temassız bir ödeme başlatıldı (INIT_CONTACTLESS) ve henüz tamamlanmadı: ürünü göndermeyin.',
    })
    await expect(
      verifyIyzicoWebhook({ headers: new Headers(), body: direct('SUCCESS'), secretKey, locale: 'tr' }),
    ).rejects.toMatchObject({
      code: 'authentication',
      reason: 'iyzico.webhook_unsigned',
      message:
        "iyzico webhook'unda X-IYZ-SIGNATURE-V3 başlığı yok; güvenilemeyeceği için reddedildi. iyzico hesabınız için webhook imzalarını açın.",
    })
    await expect(verify('de')).rejects.toMatchObject({
      code: 'validation',
      field: 'locale',
      message: "verifyIyzicoWebhook's locale must be 'en' or 'tr'.",
    })
  })

  // The statuses only hosted pages send (iyzico's webhook page, HPP format).
  it.each([
    [
      'INIT_BANK_TRANSFER',
      'The customer chose to pay by bank transfer (INIT_BANK_TRANSFER); iyzico is waiting for the money to arrive: do not ship.',
    ],
    [
      'INIT_CREDIT',
      'The customer started a shopping-credit application (INIT_CREDIT); nothing has been paid yet: do not ship.',
    ],
    [
      'PENDING_CREDIT',
      "The customer's shopping-credit application is waiting for the lender's decision (PENDING_CREDIT); nothing has been paid yet: do not ship.",
    ],
  ])('reads an HPP-format %s notification as PENDING', async (status, explanation) => {
    const body = hpp.replace('"status":"SUCCESS"', `"status":"${status}"`)
    const signature = hmac(
      `${secretKey}CHECKOUT_FORM_AUTH22416011f8aee98c-7dad-430e-a20f-70f327f8e64eorder-43${status}`,
    )
    const event = await verifyIyzicoWebhook({ headers: { 'x-iyz-signature-v3': signature }, body, secretKey })
    expect(event.format).toBe('hpp')
    expect(event.payment).toMatchObject({ status: 'PENDING', rawStatus: status, explanation, signed: true })
  })

  it('never lets the secret key out, even when a notification echoes it', async () => {
    const echoed = `order-${secretKey}`
    const body = direct('FAILURE').replace('"order-42"', JSON.stringify(echoed))
    const signature = hmac(`${secretKey}THREE_DS_AUTH22416010${echoed}FAILURE`)
    const event = await verifyIyzicoWebhook({ headers: { 'x-iyz-signature-v3': signature }, body, secretKey })
    expect(event.payment.status).toBe('FAILED')
    expect(event.payment.ids.merchantReference).toBe('order-[REDACTED]')
    expect(JSON.stringify(event)).not.toContain(secretKey)
    expect(inspect(event, { depth: 10 })).not.toContain(secretKey)
  })

  it('escapes control and bidi characters a notification carries in the text it echoes', async () => {
    const body = direct('SUCCESS').replace('"paymentId":22416010', '"paymentId":"22416010\\n\\u202E"')
    const signature = hmac(`${secretKey}THREE_DS_AUTH22416010\n\u202Eorder-42SUCCESS`)
    const event = await verifyIyzicoWebhook({ headers: { 'x-iyz-signature-v3': signature }, body, secretKey })
    expect(event.payment.explanation).toBe(
      "iyzico's signed notification says SUCCESS, but a notification carries no fraud verdict or phase: confirm with getStatus({ provider: 'iyzico', paymentId: '22416010\\u{000A}\\u{202E}' }) before shipping.",
    )
  })

  it('does not call a SUCCESS notification paid: it has no fraud verdict, and says how to confirm', async () => {
    const event = await verifyIyzicoWebhook({
      headers: { 'x-iyz-signature-v3': directSignature('SUCCESS') },
      body: direct('SUCCESS'),
      secretKey,
    })
    expect(event.payment.status).toBe('UNKNOWN')
    expect(event.payment.explanation).toContain("getStatus({ provider: 'iyzico', paymentId: '22416010' })")
    expect(event.payment.checkedAt).toBe('2024-05-07T14:23:34.345+03:00')
  })

  it('reads the HPP (checkout form) format, signed over iyziPaymentId and token', async () => {
    const event = await verifyIyzicoWebhook({
      headers: { 'X-Iyz-Signature-V3': [hppSignature.toUpperCase()] },
      body: new TextEncoder().encode(hpp),
      secretKey,
    })
    expect(event.format).toBe('hpp')
    expect(event.payload).toMatchObject({
      iyziPaymentId: '22416011',
      token: 'f8aee98c-7dad-430e-a20f-70f327f8e64e',
    })
    expect(event.payment.ids).toEqual({
      paymentId: '22416011',
      merchantReference: 'order-43',
      token: 'f8aee98c-7dad-430e-a20f-70f327f8e64e',
    })
  })

  it.each([
    ['subscription.order.success', 'UNKNOWN'],
    ['subscription.order.failure', 'FAILED'],
  ])(
    'reads the subscription format (%s → %s), signed with the merchant id first',
    async (eventType, status) => {
      const event = await verifyIyzicoWebhook({
        headers: { 'x-iyz-signature-v3': subscriptionSignature(eventType) },
        body: subscription(eventType),
        secretKey,
      })
      expect(event.format).toBe('subscription')
      expect(event.payment.status).toBe(status)
      expect(event.payment.ids.merchantReference).toBe('9b0a2c4e-order')
    },
  )

  it('keeps a long numeric paymentId exact in the signed text', async () => {
    const body = direct('FAILURE').replaceAll('22416010', '12345678901234567890')
    const signature = hmac(`${secretKey}THREE_DS_AUTH12345678901234567890order-42FAILURE`)
    const event = await verifyIyzicoWebhook({ headers: { 'x-iyz-signature-v3': signature }, body, secretKey })
    expect(event.payment.ids.paymentId).toBe('12345678901234567890')
  })

  it('rejects a tampered body', async () => {
    const error = await rejection(
      verifyIyzicoWebhook({
        headers: { 'x-iyz-signature-v3': directSignature('FAILURE') },
        body: direct('SUCCESS'),
        secretKey,
      }),
    )
    expect(error.code).toBe('authentication')
    expect(error.message).toBe(
      'The iyzico webhook signature (X-IYZ-SIGNATURE-V3) does not match its body: the body was altered, or it was signed with another secret key. It was rejected.',
    )
  })

  it('compares the signature in constant time, against the one computed for the body', async () => {
    const compared = vi.mocked(constantTimeEqual)
    compared.mockClear()
    const sent = directSignature('FAILURE')
    await rejection(
      verifyIyzicoWebhook({ headers: { 'x-iyz-signature-v3': sent }, body: direct('SUCCESS'), secretKey }),
    )
    expect(compared.mock.calls).toEqual([[directSignature('SUCCESS'), sent]])
    expect(compared.mock.results).toEqual([{ type: 'return', value: false }])
  })

  it('rejects a signature made with another secret', async () => {
    const forged = hmac(`other-secretTHREE_DS_AUTH22416010order-42SUCCESS`, 'other-secret')
    const error = await rejection(
      verifyIyzicoWebhook({ headers: { 'x-iyz-signature-v3': forged }, body: direct('SUCCESS'), secretKey }),
    )
    expect(error.code).toBe('authentication')
  })

  it('rejects a missing header, and says so when only the retired headers are there', async () => {
    const missing = await rejection(verifyIyzicoWebhook({ headers: {}, body: direct('SUCCESS'), secretKey }))
    expect(missing.code).toBe('authentication')
    expect(missing.message).toBe(
      'The iyzico webhook has no X-IYZ-SIGNATURE-V3 header, so it cannot be trusted and was rejected. Enable webhook signatures for your iyzico account.',
    )
    const retired = await rejection(
      verifyIyzicoWebhook({ headers: { 'x-iyz-signature-v2': 'abc' }, body: direct('SUCCESS'), secretKey }),
    )
    expect(retired).toMatchObject({
      code: 'authentication',
      message:
        'The iyzico webhook is signed only with the retired X-Iyz-Signature / -V2 header: enable X-IYZ-SIGNATURE-V3 for your account (entegrasyon@iyzico.com). It was rejected.',
    })
  })

  it.each([
    ['not JSON', 'paymentId=1&status=SUCCESS'],
    ['a JSON array', '[]'],
    ['a direct payload without paymentId', direct('SUCCESS').replace('"paymentId":22416010,', '')],
    ['an HPP payload without iyziPaymentId', hpp.replace(',"iyziPaymentId":22416011', '')],
    ['an empty status', direct('')],
  ])('rejects a malformed payload: %s', async (_, body) => {
    const error = await rejection(
      verifyIyzicoWebhook({ headers: { 'x-iyz-signature-v3': directSignature('SUCCESS') }, body, secretKey }),
    )
    expect(error.code).toBe('response_format')
  })

  it('refuses to run without a secret key', async () => {
    const error = await rejection(
      verifyIyzicoWebhook({ headers: { 'x-iyz-signature-v3': 'x' }, body: direct('SUCCESS'), secretKey: '' }),
    )
    expect(error).toMatchObject({ code: 'validation', field: 'secretKey' })
  })
})
