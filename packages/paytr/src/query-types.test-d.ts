import { createStatusNormalizer } from '@durum/status-normalizer'
import { describe, expectTypeOf, it } from 'vitest'
import type { PaytrPayment } from './normalize-paytr-payment'
import { paytr } from './paytr-provider'

const durum = createStatusNormalizer({ providers: [paytr()] })

describe('getStatus({ provider: "paytr", … })', () => {
  it('takes an order id, with or without its payment window, and answers a PaytrPayment', () => {
    expectTypeOf(
      durum.getStatus({ provider: 'paytr', merchantOid: 'SIP1' }),
    ).resolves.toEqualTypeOf<PaytrPayment>()
    expectTypeOf(
      durum.getStatus({ provider: 'paytr', merchantOid: 'SIP1', payableUntil: '2026-12-07T10:30:00+03:00' }),
    ).resolves.toEqualTypeOf<PaytrPayment>()
  })

  it('refuses other providers’ ids and a misspelt key', () => {
    // @ts-expect-error: PayTR is asked by merchantOid, not by paymentId
    void durum.getStatus({ provider: 'paytr', paymentId: '1' })
    // @ts-expect-error: the key is merchantOid
    void durum.getStatus({ provider: 'paytr', merchantOID: 'SIP1' })
    // @ts-expect-error: an order id is text
    void durum.getStatus({ provider: 'paytr', merchantOid: 42 })
  })
})
