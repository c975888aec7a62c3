import { describe, expect, it } from 'vitest'
import { fixtureText } from './__test__/test-fixtures'
import { mapIyzicoError } from './map-iyzico-error'

const fixture = (name: string) =>
  JSON.parse(fixtureText(name)) as {
    errorCode: string
    errorMessage: string
    errorGroup?: string
  }

const context = {
  source: 'iyzico.payment-detail',
  subject: { en: 'paymentId 20885695', tr: 'paymentId 20885695' },
  status: 200,
}

describe('mapIyzicoError', () => {
  it.each([
    ['error.1000-invalid-signature.sandbox.json', 'authentication'],
    ['error.1001-api-credentials-not-found.json', 'authentication'],
    ['payment-detail.error-5087-payment-not-found.sandbox.json', 'not_found'],
    ['checkout-form.error-5124-token-not-found.docs.json', 'not_found'],
    ['session.error-260016-session-not-found.docs.json', 'not_found'],
    ['payment-detail.error-11-invalid-request.sandbox.json', 'validation'],
    ['checkout-form.error-5132-token-required.docs.json', 'validation'],
    ['error.5010-3ds-required.json', 'provider'],
    ['refund-v2.error-8514-already-in-progress.sandbox.json', 'provider'],
    ['checkout-form.sdk-mock.status-failure-with-payment-fields.json', 'provider'],
  ])('%s → %s', (name, code) => {
    const body = fixture(name)
    const error = mapIyzicoError(body, context)
    expect(error.code).toBe(code)
    expect(error.provider).toBe('iyzico')
    expect(error.source).toBe('iyzico.payment-detail')
    expect(error.status).toBe(200)
    expect(error.providerCode).toBe(body.errorCode)
    expect(error.providerMessage).toBe(body.errorMessage)
    expect(error.message).toContain('paymentId 20885695')
    expect(error.message).toContain(body.errorCode)
    expect(error.retryable).toBe(false)
  })

  it('gives each kind its reason, and its message in both languages, iyzico’s words untouched', () => {
    const error = mapIyzicoError(fixture('payment-detail.error-5087-payment-not-found.sandbox.json'), context)
    expect(error.reason).toBe('iyzico.not_found')
    expect(error.message).toBe(
      'iyzico has no record for paymentId 20885695 (error 5087: "Üye işyerine ait ödeme kaydı bulunamadı"). Check the id, and that it was created in the environment called (sandbox or production).',
    )
    expect(error.inLocale('tr').message).toBe(
      `iyzico'da paymentId 20885695 için kayıt yok (hata 5087: "Üye işyerine ait ödeme kaydı bulunamadı"). Kimliği ve çağrılan ortamda (sandbox ya da production) oluşturulduğunu kontrol edin.`,
    )
    expect(
      [
        'error.1000-invalid-signature.sandbox.json',
        'payment-detail.error-11-invalid-request.sandbox.json',
        'error.5010-3ds-required.json',
      ].map((name) => mapIyzicoError(fixture(name), context).reason),
    ).toEqual(['iyzico.authentication', 'iyzico.invalid_query', 'iyzico.refused'])
    expect(mapIyzicoError({ errorMessage: 'Too many requests' }, context).reason).toBe('iyzico.rate_limited')
  })

  it('maps 5002 to validation', () => {
    expect(
      mapIyzicoError({ errorCode: '5002', errorMessage: 'paymentId gönderilmesi zorunludur' }, context).code,
    ).toBe('validation')
  })

  it('treats another "bulunamadı" answer as not found', () => {
    expect(mapIyzicoError({ errorCode: '5999', errorMessage: 'İşlem bulunamadı' }, context).code).toBe(
      'not_found',
    )
  })

  it('treats HTTP 429 as a rate limit, retryable after the given delay', () => {
    const error = mapIyzicoError({ errorCode: '10000' }, { ...context, status: 429, retryAfterMs: 2000 })
    expect(error.code).toBe('rate_limited')
    expect(error.retryable).toBe(true)
    expect(error.retryAfterMs).toBe(2000)
  })

  it('recognises a rate limit by its words', () => {
    expect(mapIyzicoError({ errorCode: '1', errorMessage: 'Too many requests' }, context).code).toBe(
      'rate_limited',
    )
  })

  it('keeps other codes as provider errors, retryable only on a 5xx', () => {
    expect(mapIyzicoError({ errorCode: '10051' }, context)).toMatchObject({
      code: 'provider',
      retryable: false,
    })
    expect(mapIyzicoError({ errorCode: '10051' }, { ...context, status: 503 })).toMatchObject({
      code: 'provider',
      retryable: true,
    })
  })
})
