import { describe, expect, it } from 'vitest'
import { parseStatusQuery } from './parse-status-query'
import { describeQuery, fieldToParam, queryToParams } from './query-fields'

describe('query fields', () => {
  it.each([
    { provider: 'iyzico', paymentId: '1' },
    { provider: 'iyzico', session: { checkoutFormToken: 'tok', paymentId: '9' } },
    { provider: 'esnekpos', orderReference: 'r-1' },
  ])('queryToParams is undone by parseStatusQuery: %j', (query) => {
    const params = queryToParams(query)
    expect(parseStatusQuery((name) => params.get(name) ?? undefined, ['iyzico', 'esnekpos'])).toEqual(query)
  })

  it('describes a query by its one id, a session by both', () => {
    expect(describeQuery({ provider: 'esnekpos', sendPaymentRequestId: '2482' })).toEqual({
      field: 'sendPaymentRequestId',
      value: '2482',
    })
    expect(
      describeQuery({ provider: 'iyzico', session: { checkoutFormToken: 't', paymentId: '5' } }),
    ).toEqual({
      field: 'session',
      value: 't / 5',
    })
  })

  it('names nested engine fields by their URL parameter', () => {
    expect(fieldToParam('session.checkoutFormToken')).toBe('sessionCheckoutFormToken')
    expect(fieldToParam('paymentId')).toBe('paymentId')
  })
})
