import { DurumError } from '@durum/status-normalizer'
import { describe, expect, it } from 'vitest'
import { parseStatusQuery } from './parse-status-query'

const providers = ['iyzico', 'esnekpos', 'paytr']
const parse = (params: Record<string, string>) =>
  parseStatusQuery((name) => new URLSearchParams(params).get(name) ?? undefined, providers)

function fieldOf(params: Record<string, string>): string | undefined {
  try {
    parse(params)
  } catch (error) {
    if (DurumError.isInstance(error) && error.code === 'validation') return error.field
    throw error
  }
  throw new Error('expected a validation error')
}

describe('parseStatusQuery', () => {
  it.each([
    [
      { provider: 'iyzico', paymentId: '20885695' },
      { provider: 'iyzico', paymentId: '20885695' },
    ],
    [
      { provider: 'iyzico', paymentConversationId: 'order-42' },
      { provider: 'iyzico', paymentConversationId: 'order-42' },
    ],
    [
      { provider: 'iyzico', checkoutFormToken: ' tok ' },
      { provider: 'iyzico', checkoutFormToken: 'tok' },
    ],
    [
      { provider: 'iyzico', sessionCheckoutFormToken: 'tok', sessionPaymentId: '9' },
      { provider: 'iyzico', session: { checkoutFormToken: 'tok', paymentId: '9' } },
    ],
    [
      { provider: 'esnekpos', sendPaymentRequestId: '2482' },
      { provider: 'esnekpos', sendPaymentRequestId: '2482' },
    ],
    [
      { provider: 'esnekpos', orderReference: 'ref-1' },
      { provider: 'esnekpos', orderReference: 'ref-1' },
    ],
  ])('reads the API shape %j', (params, query) => {
    expect(parse(params)).toEqual(query)
  })

  it('reads a PayTR order with and without its payment window', () => {
    expect(parse({ provider: 'paytr', merchantOid: 'PAYTR0001PAID' })).toEqual({
      provider: 'paytr',
      merchantOid: 'PAYTR0001PAID',
    })
    expect(
      parse({
        provider: 'paytr',
        by: 'merchantOid',
        value: 'o-1',
        payableUntil: '2026-12-07T10:30:00+03:00',
      }),
    ).toEqual({ provider: 'paytr', merchantOid: 'o-1', payableUntil: '2026-12-07T10:30:00+03:00' })
  })

  it('reads the form shape, including the two-part session query', () => {
    expect(parse({ provider: 'esnekpos', by: 'orderReference', value: 'r1' })).toEqual({
      provider: 'esnekpos',
      orderReference: 'r1',
    })
    expect(parse({ provider: 'iyzico', by: 'session', value: 'tok', sessionPaymentId: '7' })).toEqual({
      provider: 'iyzico',
      session: { checkoutFormToken: 'tok', paymentId: '7' },
    })
  })

  it.each([
    [{}, 'provider'],
    [{ provider: 'paypal', paymentId: '1' }, 'provider'],
    [{ provider: 'iyzico' }, 'paymentId'],
    [{ provider: 'esnekpos' }, 'sendPaymentRequestId'],
    [{ provider: 'iyzico', paymentId: '  ' }, 'paymentId'],
    [{ provider: 'iyzico', paymentId: '1', checkoutFormToken: 't' }, 'checkoutFormToken'],
    [{ provider: 'esnekpos', paymentId: '1' }, 'paymentId'],
    [{ provider: 'iyzico', orderReference: '1' }, 'orderReference'],
    [{ provider: 'iyzico', sessionCheckoutFormToken: 'tok' }, 'sessionPaymentId'],
    [{ provider: 'iyzico', by: 'orderReference', value: '1' }, 'by'],
    [{ provider: 'iyzico', by: 'paymentId', value: '' }, 'value'],
    [{ provider: 'iyzico', by: 'session', value: 'tok' }, 'sessionPaymentId'],
    [{ provider: 'iyzico', paymentId: '1', payableUntil: '2026-12-07T10:30:00+03:00' }, 'payableUntil'],
  ])('names the field at fault in %j', (params, field) => {
    expect(fieldOf(params)).toBe(field)
  })
})
