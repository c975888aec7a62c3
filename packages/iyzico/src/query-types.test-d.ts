import type { NormalizedPayment, NormalizedSession } from '@durum/status-normalizer'
import { createStatusNormalizer } from '@durum/status-normalizer'
import { describe, expectTypeOf, it } from 'vitest'
import { createIyzicoClient } from './iyzico-client'
import { iyzico } from './iyzico-provider'

const durum = createStatusNormalizer({ providers: [iyzico({ apiKey: 'k', secretKey: 's' })] })

describe('getStatus accepts only valid iyzico query shapes', () => {
  it('types the result by the query', () => {
    expectTypeOf(
      durum.getStatus({ provider: 'iyzico', paymentId: '1' }),
    ).resolves.toEqualTypeOf<NormalizedPayment>()
    expectTypeOf(
      durum.getStatus({ provider: 'iyzico', paymentConversationId: 'order-42' }),
    ).resolves.toEqualTypeOf<NormalizedPayment>()
    expectTypeOf(
      durum.getStatus({ provider: 'iyzico', checkoutFormToken: 't' }),
    ).resolves.toEqualTypeOf<NormalizedPayment>()
    expectTypeOf(
      durum.getStatus({ provider: 'iyzico', session: { checkoutFormToken: 't', paymentId: '1' } }),
    ).resolves.toEqualTypeOf<NormalizedSession>()
  })

  it('rejects other shapes', () => {
    // @ts-expect-error: a paymentId is a string
    void durum.getStatus({ provider: 'iyzico', paymentId: 1 })
    // @ts-expect-error: an unknown key
    void durum.getStatus({ provider: 'iyzico', orderId: '1' })
    // @ts-expect-error: a session needs its paymentId
    void durum.getStatus({ provider: 'iyzico', session: { checkoutFormToken: 't' } })
    // @ts-expect-error: not a registered provider
    void durum.getStatus({ provider: 'esnekpos', paymentId: '1' })
  })

  it('types the client bodies', () => {
    const client = createIyzicoClient()
    expectTypeOf(client.getPaymentDetail({ paymentId: '1' }))
      .resolves.toHaveProperty('price')
      .toEqualTypeOf<string | null | undefined>()
    // @ts-expect-error: exactly one of paymentId and paymentConversationId
    void client.getPaymentDetail({ token: 't' })
    expectTypeOf(client.getReportingPaymentDetails({ paymentId: '1' })).resolves.toHaveProperty('payments')
    // @ts-expect-error: reporting is asked by paymentId or paymentConversationId
    void client.getReportingPaymentDetails({ token: 't' })
  })
})
