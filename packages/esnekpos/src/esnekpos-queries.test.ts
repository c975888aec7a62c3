import { DurumError, parseProviderQuery } from '@durum/core'
import { describe, expect, it } from 'vitest'
import { EsnekposStatusQuerySchema } from './esnekpos-queries'

const parse = (query: unknown) =>
  parseProviderQuery(
    { provider: 'esnekpos', providerLabel: 'EsnekPOS' },
    EsnekposStatusQuerySchema,
    query,
    'esnekpos.query',
  )

function fieldOf(query: unknown): string | undefined {
  try {
    parse(query)
  } catch (error) {
    if (DurumError.isInstance(error) && error.code === 'validation') return error.field
    throw error
  }
  return undefined
}

describe('EsnekposStatusQuerySchema', () => {
  it('accepts each query shape, trimmed', () => {
    expect(parse({ sendPaymentRequestId: ' 2482 ' })).toEqual({ sendPaymentRequestId: '2482' })
    expect(parse({ orderReference: '37b86fc4-adf6-49db-815e-a80cff9d3dc8' })).toEqual({
      orderReference: '37b86fc4-adf6-49db-815e-a80cff9d3dc8',
    })
  })

  it.each([
    [{}, 'sendPaymentRequestId'],
    [{ sendPaymentRequestId: '' }, 'sendPaymentRequestId'],
    [{ sendPaymentRequestId: '   ' }, 'sendPaymentRequestId'],
    [{ sendPaymentRequestId: 2482 }, 'sendPaymentRequestId'],
    [{ orderReference: null }, 'orderReference'],
    [{ sendPaymentRequestId: '1', orderReference: 'a' }, 'orderReference'],
    [{ orderReference: 'a', extra: 1 }, 'extra'],
    ['2482', 'query'],
  ])('refuses %j naming %s', (query, field) => {
    expect(fieldOf(query)).toBe(field)
  })

  it('says which field is at fault and that nothing was sent', () => {
    expect(() => parse({})).toThrow(
      'The EsnekPOS query is invalid at `sendPaymentRequestId`: is missing: give one of sendPaymentRequestId or orderReference. Nothing was sent to EsnekPOS.',
    )
  })
})
