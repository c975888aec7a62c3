import { inspect } from 'node:util'
import { describe, expect, it, vi } from 'vitest'
import { DurumError, type DurumErrorCode, ValidationError } from './durum-error'
import { createRedactor } from './redact'

const SECRET = 'sandbox-4oK26hK8MOXrIV1bzTRVPA=='

describe('DurumError.isInstance', () => {
  it('recognises an error from another copy of @durum/core, which instanceof does not', async () => {
    vi.resetModules()
    const copy = await import('./durum-error')
    vi.resetModules()
    expect(copy.DurumError).not.toBe(DurumError)
    const fromCopy = new copy.DurumError({ code: 'transport', message: 'The connection was reset.' })
    expect(fromCopy instanceof DurumError).toBe(false)
    expect(DurumError.isInstance(fromCopy)).toBe(true)
    expect(copy.DurumError.isInstance(new DurumError({ code: 'transport', message: 'x' }))).toBe(true)
  })

  it('recognises the marker under its registered symbol, and nothing without it', () => {
    expect(DurumError.isInstance({ [Symbol.for('@durum/core/DurumError')]: true })).toBe(true)
    expect(DurumError.isInstance({ '@durum/core/DurumError': true })).toBe(false)
    expect(DurumError.isInstance({ [Symbol('@durum/core/DurumError')]: true })).toBe(false)
    expect(
      DurumError.isInstance(Object.assign(new Error('x'), { code: 'transport', name: 'DurumError' })),
    ).toBe(false)
    expect(DurumError.isInstance(null)).toBe(false)
    expect(DurumError.isInstance('DurumError')).toBe(false)
  })

  it('recognises a ValidationError, which is also a DurumError', () => {
    const error = new ValidationError({ field: 'paymentId', message: 'paymentId must be digits.' })
    expect(DurumError.isInstance(error)).toBe(true)
    expect(error).toBeInstanceOf(DurumError)
    expect(error).toBeInstanceOf(Error)
  })
})

describe('codes and retryable', () => {
  it.each<[DurumErrorCode, boolean]>([
    ['validation', false],
    ['authentication', false],
    ['not_found', false],
    ['rate_limited', true],
    ['provider', false],
    ['transport', true],
    ['response_format', false],
  ])('a %s error is retryable: %s, unless told otherwise', (code, retryable) => {
    expect(new DurumError({ code, message: 'm' })).toMatchObject({ code, retryable, name: 'DurumError' })
    expect(new DurumError({ code, message: 'm', retryable: !retryable }).retryable).toBe(!retryable)
  })

  it('makes a ValidationError a validation error with its field, never retryable', () => {
    const error = new ValidationError({
      field: 'session.paymentId',
      message: 'session.paymentId is missing.',
    })
    expect(error).toMatchObject({
      name: 'ValidationError',
      code: 'validation',
      field: 'session.paymentId',
      retryable: false,
      message: 'session.paymentId is missing.',
    })
  })

  it('keeps every field it was given', () => {
    const fields = {
      provider: 'iyzico',
      source: 'iyzico.payment-detail',
      status: 429,
      retryAfterMs: 2000,
      providerCode: '10',
      providerMessage: 'Too many requests',
    }
    const error = new DurumError({ code: 'rate_limited', message: 'iyzico asked to wait.', ...fields })
    expect(error).toMatchObject({ ...fields, field: undefined, excerpt: undefined })
  })
})

describe('printable text', () => {
  it('escapes line breaks and bidi overrides in the message, so a log line cannot be forged', () => {
    const error = new DurumError({ code: 'provider', message: 'iyzico said: ok\r\n[INFO] paid \u202Edias' })
    expect(error.message).toBe('iyzico said: ok\\u{000D}\\u{000A}[INFO] paid \\u{202E}dias')
  })

  it('escapes provider-derived fields the same way, Turkish letters untouched', () => {
    const error = new DurumError({
      code: 'response_format',
      message: 'Ödeme bulunamadı.',
      providerCode: '5087\n',
      providerMessage: 'Ödeme\u200Bbulunamadı',
      field: 'items.0\tprice',
      excerpt: '{"a":\u0000}',
    })
    expect(error.message).toBe('Ödeme bulunamadı.')
    expect(error.providerCode).toBe('5087\\u{000A}')
    expect(error.providerMessage).toBe('Ödeme\\u{200B}bulunamadı')
    expect(error.field).toBe('items.0\\u{0009}price')
    expect(error.excerpt).toBe('{"a":\\u{0000}}')
  })
})

describe('toJSON and inspect', () => {
  it('gives a plain view of the set fields, without the cause', () => {
    const error = new DurumError({
      code: 'transport',
      message: 'iyzico did not answer within 10000 ms.',
      provider: 'iyzico',
      source: 'iyzico.payment-detail',
      cause: new Error(`socket closed while sending secretKey=${SECRET}`),
    })
    expect(error.toJSON()).toEqual({
      name: 'DurumError',
      code: 'transport',
      reason: 'iyzico.transport',
      message: 'iyzico did not answer within 10000 ms.',
      provider: 'iyzico',
      source: 'iyzico.payment-detail',
      retryable: true,
    })
    expect(JSON.stringify({ error })).not.toContain(SECRET)
  })

  it('carries no secret when inspected, the cause redacted as durum builds it', () => {
    const redactor = createRedactor({ secrets: () => [SECRET] })
    const error = new DurumError({
      code: 'transport',
      message: 'The request to iyzico failed.',
      provider: 'iyzico',
      cause: redactor.value(new Error(`connect failed for ${SECRET}`)),
    })
    const shown = inspect(error, { depth: 10 })
    expect(shown).toContain("code: 'transport'")
    expect(shown).toContain('The request to iyzico failed.')
    expect(shown).not.toContain(SECRET)
  })
})

describe('reason and locale', () => {
  it('defaults the reason to <provider>.<code>, or core.<code> without a provider', () => {
    expect(new DurumError({ code: 'authentication', provider: 'iyzico', message: 'm' }).reason).toBe(
      'iyzico.authentication',
    )
    expect(new ValidationError({ field: 'options', message: 'm' }).reason).toBe('core.validation')
    expect(new DurumError({ code: 'transport', reason: 'core.timeout', message: 'm' }).reason).toBe(
      'core.timeout',
    )
  })

  it('reads a message given in every locale in the locale named, English by default', () => {
    const message = { en: 'The request timed out.', tr: 'İstek zaman aşımına uğradı.' }
    expect(new DurumError({ code: 'transport', message }).message).toBe('The request timed out.')
    expect(new DurumError({ code: 'transport', message, locale: 'tr' }).message).toBe(
      'İstek zaman aşımına uğradı.',
    )
  })

  it('inLocale gives a copy in the other locale, same class and fields, leaving the original as it was', () => {
    const cause = new Error('reset')
    const original = new ValidationError({
      field: 'paymentId',
      provider: 'iyzico',
      reason: 'iyzico.payment_id_digits',
      message: { en: 'paymentId must be digits.', tr: 'paymentId yalnızca rakamlardan oluşmalı.' },
      cause,
    })
    const turkish = original.inLocale('tr')
    expect(turkish).not.toBe(original)
    expect(turkish).toBeInstanceOf(ValidationError)
    expect(DurumError.isInstance(turkish)).toBe(true)
    expect(turkish).toMatchObject({
      name: 'ValidationError',
      code: 'validation',
      reason: 'iyzico.payment_id_digits',
      field: 'paymentId',
      provider: 'iyzico',
      message: 'paymentId yalnızca rakamlardan oluşmalı.',
    })
    expect(turkish.cause).toBe(cause)
    expect(turkish.stack?.split('\n')[0]).toBe('ValidationError: paymentId yalnızca rakamlardan oluşmalı.')
    expect(original.message).toBe('paymentId must be digits.')
    expect(turkish.inLocale('en').message).toBe('paymentId must be digits.')
  })

  it('inLocale keeps an error written in one language as it is', () => {
    const error = new DurumError({ code: 'provider', message: 'Only English.' })
    expect(error.inLocale('tr')).toBe(error)
    const english = new DurumError({ code: 'provider', message: { en: 'a', tr: 'b' } })
    expect(english.inLocale('en')).toBe(english)
  })

  it('escapes both languages of a message for printing', () => {
    const error = new DurumError({ code: 'provider', message: { en: 'bad\u001b[31m', tr: 'kötü\u001b[31m' } })
    expect(error.message).toBe('bad\\u{001B}[31m')
    expect(error.inLocale('tr').message).toBe('kötü\\u{001B}[31m')
  })

  it('puts the reason into toJSON', () => {
    expect(new DurumError({ code: 'not_found', provider: 'esnekpos', message: 'm' }).toJSON()).toMatchObject({
      code: 'not_found',
      reason: 'esnekpos.not_found',
    })
  })
})
