import { describe, expect, it } from 'vitest'
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
