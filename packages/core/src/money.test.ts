import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { DurumError } from './durum-error'
import { money } from './money'
import { decimalSchema, idSchema, integerSchema, turkishDecimalSchema } from './money-schemas'
import { JsonNumber, parseJson } from './parse-json'

describe('money', () => {
  it('canonicalises the amount and keeps the currency', () => {
    expect(money('1.00000000', 'TRY')).toEqual({ amount: '1.00', currency: 'TRY' })
    expect(money('0E-8', 'USD')).toEqual({ amount: '0.00', currency: 'USD' })
  })

  it('refuses an amount that is not a decimal', () => {
    expect(() => money('1,5', 'TRY')).toThrow(DurumError)
  })
})

describe('decimalSchema', () => {
  it('reads JSON numbers and decimal text exactly', () => {
    const body = parseJson('{"price": 12345678.12345678, "rate": 0E-8}') as Record<string, unknown>
    expect(v.parse(decimalSchema, body.price)).toBe('12345678.12345678')
    expect(v.parse(decimalSchema, body.rate)).toBe('0.00')
    expect(v.parse(decimalSchema, '0.03150000')).toBe('0.0315')
  })

  it('reports a clear issue', () => {
    const result = v.safeParse(decimalSchema, '1,5')
    expect(result.success).toBe(false)
    expect(result.issues?.[0]?.message).toBe(
      '"1,5" is not a decimal amount; durum reads amounts exactly and does not guess.',
    )
  })

  it('reads the exact JS numbers parseJson makes, and refuses those that may already be rounded', () => {
    expect(v.parse(decimalSchema, 1.5)).toBe('1.50')
    expect(v.parse(decimalSchema, 0.0000001)).toBe('0.0000001')
    expect(v.parse(decimalSchema, 123456789012345)).toBe('123456789012345.00')
    const rounded = v.safeParse(decimalSchema, 0.1 + 0.2)
    expect(rounded.success).toBe(false)
    expect(rounded.issues?.[0]?.message).toBe(
      '"0.30000000000000004" has more digits than a JS number holds exactly, so it may already be rounded; read bodies with parseJson.',
    )
    expect(v.safeParse(decimalSchema, 2 ** 60).success).toBe(false)
    expect(v.safeParse(decimalSchema, Number.NaN).success).toBe(false)
  })
})

describe('turkishDecimalSchema', () => {
  it('reads strings as Turkish and JSON numbers as plain decimals', () => {
    expect(v.parse(turkishDecimalSchema, '1.250,00')).toBe('1250.00')
    expect(v.parse(turkishDecimalSchema, new JsonNumber('0.16'))).toBe('0.16')
  })

  it('refuses ambiguous text', () => {
    const result = v.safeParse(turkishDecimalSchema, '1.250')
    expect(result.success).toBe(false)
    expect(result.issues?.[0]?.message).toBe(
      '"1.250" is not an unambiguous Turkish amount (like "1.250,00"); durum reads amounts exactly and does not guess.',
    )
  })
})

describe('integerSchema', () => {
  it.each([
    [new JsonNumber('3'), 3],
    ['12', 12],
    ['007', 7],
    ['999999999999999', 999999999999999],
    ['9007199254740991', 9007199254740991],
    ['-4', -4],
    ['3.00', 3],
    [new JsonNumber('1.0'), 1],
    [new JsonNumber('-1'), -1],
    [new JsonNumber('9007199254740991'), 9007199254740991],
  ])('%j → %d', (input, expected) => {
    expect(v.parse(integerSchema, input)).toBe(expected)
  })

  it('reads a JS integer', () => {
    expect(v.parse(integerSchema, 3)).toBe(3)
  })

  it.each([
    new JsonNumber('1.5'),
    new JsonNumber('9007199254740993'),
    '9007199254740993',
    ' 1',
    '1 ',
    'x',
    '',
    1.5,
    2 ** 60,
  ])('refuses %j', (input) => {
    expect(v.safeParse(integerSchema, input).success).toBe(false)
  })
})

describe('idSchema', () => {
  it('keeps the exact digits of numeric ids and strings as they are', () => {
    const body = parseJson('{"id": 123456789012345678901}') as Record<string, unknown>
    expect(v.parse(idSchema, body.id)).toBe('123456789012345678901')
    expect(v.parse(idSchema, '20885695')).toBe('20885695')
    expect(v.parse(idSchema, 'f8aee98c-1')).toBe('f8aee98c-1')
  })

  it('reads a JS integer id', () => {
    expect(v.parse(idSchema, 20885695)).toBe('20885695')
  })

  it.each([new JsonNumber('1.5'), new JsonNumber('1e3'), '', '  ', 1.5, 0.1 + 0.2])('refuses %j', (input) => {
    expect(v.safeParse(idSchema, input).success).toBe(false)
  })
})
