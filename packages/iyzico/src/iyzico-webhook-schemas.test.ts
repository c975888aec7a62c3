import { DurumError } from '@durum/core'
import { describe, expect, it } from 'vitest'
import { fixtureText } from './__test__/test-fixtures'
import { parseIyzicoWebhookPayload } from './iyzico-webhook-schemas'

function refusal(body: string): DurumError {
  try {
    parseIyzicoWebhookPayload(body)
  } catch (error) {
    if (DurumError.isInstance(error)) return error
    throw error
  }
  throw new Error('expected the webhook body to be refused')
}

const subscription =
  '{"orderReferenceCode":"9b0a2c4e-order","customerReferenceCode":"5c1d-customer","subscriptionReferenceCode":"a7e3-subscription","iyziReferenceCode":"e1f2-ref","iyziEventType":"subscription.order.success","iyziEventTime":1614173431549,"merchantId":3397}'

describe('parseIyzicoWebhookPayload', () => {
  it("reads iyzico's documented direct notification, numeric ids as exact text", () => {
    expect(parseIyzicoWebhookPayload(fixtureText('webhook.direct.api-auth-success.docs.json'))).toEqual({
      format: 'direct',
      paymentConversationId: 'conversationId',
      merchantId: '3404590',
      paymentId: '28157248',
      status: 'SUCCESS',
      iyziReferenceCode: '97f61d20-…',
      iyziEventType: 'API_AUTH',
      iyziEventTime: 1766730778396,
      iyziPaymentId: '28157248',
    })
  })

  it('reads a hosted-page notification as the HPP format, by its token', () => {
    expect(
      parseIyzicoWebhookPayload(fixtureText('webhook.hpp.bank-transfer-init.shape-assumed.json')),
    ).toEqual({
      format: 'hpp',
      paymentConversationId: 'conversationId',
      merchantId: '3404590',
      token: '9895e0e6-…',
      status: 'INIT_BANK_TRANSFER',
      iyziReferenceCode: '97f61d20-…',
      iyziEventType: 'BANK_TRANSFER_AUTH',
      iyziEventTime: 1766730778396,
      iyziPaymentId: '28157249',
    })
  })

  it('reads a subscription notification by its subscriptionReferenceCode', () => {
    expect(parseIyzicoWebhookPayload(subscription)).toEqual({
      format: 'subscription',
      orderReferenceCode: '9b0a2c4e-order',
      customerReferenceCode: '5c1d-customer',
      subscriptionReferenceCode: 'a7e3-subscription',
      iyziReferenceCode: 'e1f2-ref',
      iyziEventType: 'subscription.order.success',
      iyziEventTime: 1614173431549,
      merchantId: '3397',
    })
  })

  it.each([
    [
      'a form post',
      'paymentId=1&status=SUCCESS',
      'The iyzico webhook body is not JSON: it was not sent by iyzico, or was cut off.',
    ],
    [
      'an empty status',
      '{"paymentConversationId":"o","paymentId":1,"status":"","iyziEventType":"API_AUTH"}',
      'The iyzico webhook body does not match its direct format (at status: Expected a non-empty string but received an empty one); it was rejected.',
    ],
    [
      'a fractional paymentId',
      '{"paymentConversationId":"o","paymentId":1.5,"status":"SUCCESS","iyziEventType":"API_AUTH"}',
      'The iyzico webhook body does not match its direct format (at paymentId: "1.5" is not an integer id.); it was rejected.',
    ],
    [
      'an HPP body without iyziPaymentId',
      '{"token":"t","paymentConversationId":"o","status":"SUCCESS","iyziEventType":"CHECKOUT_FORM_AUTH"}',
      'The iyzico webhook body does not match its hpp format (at iyziPaymentId: Invalid key: Expected "iyziPaymentId" but received undefined); it was rejected.',
    ],
    [
      'a subscription body without merchantId',
      subscription.replace(',"merchantId":3397', ''),
      'The iyzico webhook body does not match its subscription format (at merchantId: Invalid key: Expected "merchantId" but received undefined); it was rejected.',
    ],
  ])('refuses %s as response_format, naming the field', (_, body, message) => {
    expect(refusal(body)).toMatchObject({
      code: 'response_format',
      provider: 'iyzico',
      source: 'iyzico.webhook',
      retryable: false,
      message,
    })
  })
})
