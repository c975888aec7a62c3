import { createStatusNormalizer, type NormalizedPayment, type QueryOf } from '@durum/status-normalizer'
import { describe, expectTypeOf, it } from 'vitest'
import { createEsnekposClient } from './esnekpos-client'
import { esnekpos } from './esnekpos-provider'
import type { EsnekposOrderBody, EsnekposPaymentRequestBody } from './esnekpos-schemas'

const provider = esnekpos({ merchant: 'TEST1234', merchantKey: 'key' })
const durum = createStatusNormalizer({ providers: [provider] })

describe('esnekpos query types', () => {
  it('accepts exactly the two query shapes', () => {
    expectTypeOf<QueryOf<typeof provider>>().toEqualTypeOf<
      | ({ provider: 'esnekpos' } & { sendPaymentRequestId: string })
      | ({ provider: 'esnekpos' } & { orderReference: string })
    >()
  })

  it('types getStatus results as payments', () => {
    expectTypeOf(
      durum.getStatus({ provider: 'esnekpos', sendPaymentRequestId: '2482' }),
    ).resolves.toEqualTypeOf<NormalizedPayment>()
    expectTypeOf(
      durum.getStatus({ provider: 'esnekpos', orderReference: 'order-1' }),
    ).resolves.toEqualTypeOf<NormalizedPayment>()
  })

  it('refuses other shapes at compile time', () => {
    // @ts-expect-error a number is not an id
    void durum.getStatus({ provider: 'esnekpos', sendPaymentRequestId: 2482 })
    // @ts-expect-error an iyzico query is not an esnekpos query
    void durum.getStatus({ provider: 'esnekpos', paymentId: '1' })
    // @ts-expect-error no provider of that name is registered
    void durum.getStatus({ provider: 'iyzico', sendPaymentRequestId: '2482' })
  })

  it('gives the client typed bodies', () => {
    const client = createEsnekposClient()
    expectTypeOf(
      client.getPaymentRequestStatus({ sendPaymentRequestId: '1' }),
    ).resolves.toEqualTypeOf<EsnekposPaymentRequestBody>()
    expectTypeOf(client.getOrderStatus({ orderReference: 'a' })).resolves.toEqualTypeOf<EsnekposOrderBody>()
    type Attempt = EsnekposPaymentRequestBody['PAYMENTS'][number]
    expectTypeOf<Attempt['AMOUNT']>().toEqualTypeOf<{ amount: string; currency: string } | undefined>()
    expectTypeOf<Attempt['SUCCESS_TRANSACTION_ID']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<EsnekposOrderBody['TRANSACTIONS'][number]['STATUS_ID']>().toEqualTypeOf<number | undefined>()
  })
})
