import { DurumError, parseProviderQuery } from '@durum/core'
import { describe, expect, it } from 'vitest'
import { IyzicoPaymentDetailQuerySchema, IyzicoStatusQuerySchema } from './iyzico-queries'

const IYZICO = { provider: 'iyzico', providerLabel: 'iyzico' }

function fieldOf(run: () => unknown): string | undefined {
  try {
    run()
  } catch (error) {
    if (DurumError.isInstance(error) && error.code === 'validation') return error.field
    throw error
  }
  throw new Error('expected a validation error')
}

describe('IyzicoStatusQuerySchema', () => {
  const parse = (query: unknown) => parseProviderQuery(IYZICO, IyzicoStatusQuerySchema, query, 'iyzico.query')

  it.each([
    [{ paymentId: '20885695' }],
    [{ paymentConversationId: 'order-42' }],
    [{ checkoutFormToken: 'f8aee98c-7dad-430e-a20f-70f327f8e64e' }],
    [{ session: { checkoutFormToken: 'ab468ec8-c4ab-4449-b15b-69782f7786c6', paymentId: '29414275' } }],
  ])('accepts %j', (query) => {
    expect(parse(query)).toEqual(query)
  })

  it('trims ids', () => {
    expect(parse({ paymentId: ' 20885695 ' })).toEqual({ paymentId: '20885695' })
  })

  it.each([
    ['an empty paymentId', { paymentId: '' }, 'paymentId'],
    ['a blank paymentConversationId', { paymentConversationId: '   ' }, 'paymentConversationId'],
    ['both ids', { paymentId: '1', paymentConversationId: 'order-42' }, 'paymentConversationId'],
    ['neither id', {}, 'paymentId'],
    ['a numeric paymentId', { paymentId: 20885695 }, 'paymentId'],
    ['a null token', { checkoutFormToken: null }, 'checkoutFormToken'],
    ['a session without paymentId', { session: { checkoutFormToken: 'x' } }, 'session.paymentId'],
    [
      'a session with an empty token',
      { session: { checkoutFormToken: '', paymentId: '1' } },
      'session.checkoutFormToken',
    ],
    ['a misspelt key beside a valid one', { paymentId: '1', paymentid: '1' }, 'paymentid'],
  ])('rejects %s, naming %s', (_, query, field) => {
    expect(fieldOf(() => parse(query))).toBe(field)
  })

  it('rejects something that is not an object', () => {
    expect(fieldOf(() => parse('20885695'))).toBe('query')
  })
})

describe('IyzicoPaymentDetailQuerySchema', () => {
  it('says which id to drop when both are given', () => {
    try {
      parseProviderQuery(
        IYZICO,
        IyzicoPaymentDetailQuerySchema,
        { paymentId: '1', paymentConversationId: '2' },
        'x',
      )
    } catch (error) {
      expect(String(error)).toContain('not both')
      return
    }
    throw new Error('expected a validation error')
  })
})
