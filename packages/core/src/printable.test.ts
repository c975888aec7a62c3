import { describe, expect, it } from 'vitest'
import { DurumError, ValidationError } from './durum-error'
import { printable } from './printable'

describe('printable', () => {
  it('leaves ordinary Turkish text, punctuation and spaces as they are', () => {
    const text = 'Ödeme İşlemi başarısız: ğüşıöç ĞÜŞİÖÇ — "1.250,00 ₺" (id 20885695)'
    expect(printable(text)).toBe(text)
  })

  it('escapes CR and LF, so an echoed id cannot start a forged log line', () => {
    expect(printable('ORD-1\r\n2026-12-07 INFO payment ORD-1 SUCCEEDED')).toBe(
      'ORD-1\\u{000D}\\u{000A}2026-12-07 INFO payment ORD-1 SUCCEEDED',
    )
  })

  it('escapes every other C0 and C1 control character and DEL', () => {
    expect(printable('a\u0000b\tc\u001bd\u007fe\u0085f\u009fg')).toBe(
      'a\\u{0000}b\\u{0009}c\\u{001B}d\\u{007F}e\\u{0085}f\\u{009F}g',
    )
  })

  it('escapes the bidi and invisible formatting characters used to disguise text', () => {
    expect(printable('\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029')).toBe(
      '\\u{200E}\\u{200F}\\u{202A}\\u{202B}\\u{202C}\\u{202D}\\u{202E}\\u{2066}\\u{2067}\\u{2068}\\u{2069}\\u{2028}\\u{2029}',
    )
    expect(printable('pay\u202egnp.exe')).toBe('pay\\u{202E}gnp.exe')
  })
})

describe('DurumError messages are printable', () => {
  it('escapes a forged line in the message and every provider-derived field', () => {
    const error = new DurumError({
      code: 'provider',
      message: 'No payment ORD-1\nINFO ORD-1 paid',
      providerCode: '10\r51',
      providerMessage: 'Kart\u202e limiti',
      excerpt: '{"a":"\u2028"}',
    })
    expect(error.message).toBe('No payment ORD-1\\u{000A}INFO ORD-1 paid')
    expect(error.providerCode).toBe('10\\u{000D}51')
    expect(error.providerMessage).toBe('Kart\\u{202E} limiti')
    expect(error.excerpt).toBe('{"a":"\\u{2028}"}')
    expect(JSON.stringify(error)).not.toMatch(/\\[nr]|\u2028|\u202e/)
  })

  it('escapes a ValidationError message and field the same way', () => {
    const error = new ValidationError({ field: 'query.paymentId\n', message: 'Bad id "x\r\ny".' })
    expect(error.message).toBe('Bad id "x\\u{000D}\\u{000A}y".')
    expect(error.field).toBe('query.paymentId\\u{000A}')
  })
})
