import { DurumError } from '@durum/status-normalizer'
import { describe, expect, it } from 'vitest'
import { type BatchInputDefaults, parseBatchInput } from './parse-batch-input'

const providers = ['iyzico', 'esnekpos']
const parse = (text: string, defaults: BatchInputDefaults = {}, max = 100) =>
  parseBatchInput(text, defaults, providers, max)

function fieldOf(text: string, defaults: BatchInputDefaults = {}, max = 100): string | undefined {
  try {
    parse(text, defaults, max)
  } catch (error) {
    if (DurumError.isInstance(error)) return error.field
    throw error
  }
  throw new Error('expected a validation error')
}

describe('parseBatchInput', () => {
  it('reads pasted ids of one kind, one per line, trimmed, blank lines skipped', () => {
    expect(parse(' 1 \r\n2\n\n3\r', { provider: 'iyzico', by: 'paymentId' })).toEqual(
      ['1', '2', '3'].map((paymentId) => ({ provider: 'iyzico', paymentId })),
    )
  })

  it('never splits a line at a space, comma or semicolon: a line is one id', () => {
    expect(parse('order 42\nA;B', { provider: 'esnekpos', by: 'orderReference' })).toEqual([
      { provider: 'esnekpos', orderReference: 'order 42' },
      { provider: 'esnekpos', orderReference: 'A;B' },
    ])
  })

  it('reads a CSV with a header, one query per row, mixing providers and shapes', () => {
    const csv = [
      'provider,paymentId,sendPaymentRequestId,sessionCheckoutFormToken,sessionPaymentId',
      'iyzico,11,,,',
      'esnekpos,,2482,,',
      'iyzico,,,tok,12',
    ].join('\n')
    expect(parse(csv)).toEqual([
      { provider: 'iyzico', paymentId: '11' },
      { provider: 'esnekpos', sendPaymentRequestId: '2482' },
      { provider: 'iyzico', session: { checkoutFormToken: 'tok', paymentId: '12' } },
    ])
  })

  it('takes the provider of a CSV without a provider column from the defaults', () => {
    expect(parse('orderReference\nr-1\nr-2', { provider: 'esnekpos' })).toEqual([
      { provider: 'esnekpos', orderReference: 'r-1' },
      { provider: 'esnekpos', orderReference: 'r-2' },
    ])
  })

  it('names what is wrong', () => {
    expect(fieldOf('', { provider: 'iyzico', by: 'paymentId' })).toBe('queries')
    expect(fieldOf('1\n2\n3', { provider: 'iyzico', by: 'paymentId' }, 2)).toBe('queries')
    expect(fieldOf('1\n2', { by: 'paymentId' })).toBe('provider')
    expect(fieldOf('1\n2', { provider: 'esnekpos', by: 'paymentId' })).toBe('by')
    expect(fieldOf('1\n2', { provider: 'iyzico', by: 'session' })).toBe('by')
    expect(fieldOf('provider,paymentId\niyzico,1\niyzico,')).toBe('line 3: paymentId')
  })
})
