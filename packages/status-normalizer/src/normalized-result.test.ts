import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fakePayment, fakeSession } from './__test__/fake-provider'
import { MoneySchema, NormalizedResultSchema } from './normalized-result'

describe('MoneySchema', () => {
  it.each(['1250.00', '0.00', '0.0315', '-151.25', '12345678.12345678'])(
    'accepts the canonical amount %s',
    (amount) => {
      expect(v.is(MoneySchema, { amount, currency: 'TRY' })).toBe(true)
    },
  )

  it.each(['1250', '1250.0', '1.5e3', '01.00', '1,250.00', '', ' 1.00'])('refuses %j', (amount) => {
    expect(v.is(MoneySchema, { amount, currency: 'TRY' })).toBe(false)
  })

  it('refuses a number amount and a currency that is not an ISO code', () => {
    expect(v.is(MoneySchema, { amount: 12.5, currency: 'TRY' })).toBe(false)
    expect(v.is(MoneySchema, { amount: '12.50', currency: 'TL' })).toBe(false)
  })
})

describe('NormalizedResultSchema', () => {
  it('accepts a payment and a session, told apart by kind', () => {
    expect(v.is(NormalizedResultSchema, fakePayment('SUCCEEDED'))).toBe(true)
    const session = fakeSession('ACTIVE')
    expect(v.is(NormalizedResultSchema, session)).toBe(true)
    expect(v.is(NormalizedResultSchema, { ...session, status: 'SUCCEEDED' })).toBe(false)
  })

  it('refuses an unknown status, a time without offset, and a missing kind', () => {
    expect(v.is(NormalizedResultSchema, { ...fakePayment('SUCCEEDED'), status: 'PAID' })).toBe(false)
    expect(
      v.is(NormalizedResultSchema, { ...fakePayment('SUCCEEDED'), checkedAt: '2026-11-23T10:00:00' }),
    ).toBe(false)
    const { kind: _, ...kindless } = fakePayment('SUCCEEDED')
    expect(v.is(NormalizedResultSchema, kindless)).toBe(false)
  })
})
