import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixtureText } from './__test__/test-fixtures'
import { parseIyzicoWebhookPayload } from './iyzico-webhook-schemas'
import { normalizeIyzicoWebhook } from './map-iyzico-webhook'

const subscription = (eventType: string) =>
  parseIyzicoWebhookPayload(
    `{"orderReferenceCode":"9b0a2c4e-order","customerReferenceCode":"5c1d-customer","subscriptionReferenceCode":"a7e3-subscription","iyziEventType":"${eventType}","merchantId":3397}`,
  )

describe('normalizeIyzicoWebhook', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('does not call a direct SUCCESS notification paid, and says how to confirm it', () => {
    const payload = parseIyzicoWebhookPayload(fixtureText('webhook.direct.api-auth-success.docs.json'))
    expect(normalizeIyzicoWebhook(payload)).toEqual({
      kind: 'payment',
      provider: 'iyzico',
      source: 'iyzico.webhook',
      status: 'UNKNOWN',
      rawStatus: 'SUCCESS',
      explanation:
        "iyzico's signed notification says SUCCESS, but a notification carries no fraud verdict or phase: confirm with getStatus({ provider: 'iyzico', paymentId: '28157248' }) before shipping.",
      reason: 'iyzico.webhook_unconfirmed',
      ids: { paymentId: '28157248', merchantReference: 'conversationId' },
      checkedAt: '2025-12-26T09:32:58.396+03:00',
      raw: {
        merchantId: '3404590',
        iyziReferenceCode: '97f61d20-…',
        iyziEventType: 'API_AUTH',
        iyziEventTime: 1766730778396,
        paymentId: '28157248',
        paymentConversationId: 'conversationId',
        status: 'SUCCESS',
        iyziPaymentId: '28157248',
      },
    })
  })

  it('explains a notification in Turkish when asked, with the same reason', () => {
    const payload = parseIyzicoWebhookPayload(fixtureText('webhook.direct.api-auth-success.docs.json'))
    expect(normalizeIyzicoWebhook(payload, 'tr')).toMatchObject({
      status: 'UNKNOWN',
      reason: 'iyzico.webhook_unconfirmed',
      explanation:
        "iyzico'nun imzalı bildirimi SUCCESS diyor, ancak bildirim sahtecilik kararı ya da phase taşımaz: ürünü göndermeden önce getStatus({ provider: 'iyzico', paymentId: '28157248' }) ile doğrulayın.",
    })
  })

  it("maps an HPP notification's status as a query would, with the token among its ids", () => {
    const payload = parseIyzicoWebhookPayload(
      fixtureText('webhook.hpp.bank-transfer-init.shape-assumed.json'),
    )
    expect(normalizeIyzicoWebhook(payload)).toMatchObject({
      status: 'PENDING',
      rawStatus: 'INIT_BANK_TRANSFER',
      explanation:
        'The customer chose to pay by bank transfer (INIT_BANK_TRANSFER); iyzico is waiting for the money to arrive: do not ship.',
      ids: { paymentId: '28157249', merchantReference: 'conversationId', token: '9895e0e6-…' },
    })
  })

  it('reads a failed subscription order as FAILED, declined', () => {
    expect(normalizeIyzicoWebhook(subscription('subscription.order.failure'))).toMatchObject({
      status: 'FAILED',
      rawStatus: 'subscription.order.failure',
      failure: { category: 'declined' },
      explanation: 'iyzico notifies that this subscription order could not be charged.',
      ids: { merchantReference: '9b0a2c4e-order' },
    })
  })

  it('leaves any other subscription event UNKNOWN, naming the event and the order', () => {
    expect(normalizeIyzicoWebhook(subscription('subscription.order.success'))).toMatchObject({
      status: 'UNKNOWN',
      rawStatus: 'subscription.order.success',
      explanation:
        'iyzico notifies subscription.order.success for order 9b0a2c4e-order; a notification carries no fraud verdict, so confirm the charge with iyzico before relying on it.',
    })
  })

  it('dates a notification without iyziEventTime when it is read', () => {
    vi.useFakeTimers({ now: Date.parse('2026-06-11T20:29:31.000Z') })
    expect(normalizeIyzicoWebhook(subscription('subscription.order.success')).checkedAt).toBe(
      '2026-06-11T23:29:31.000+03:00',
    )
  })
})
