import { DurumError, ValidationError } from '@durum/status-normalizer'
import { describe, expect, it } from 'vitest'
import { toErrorResponse } from './error-response'

describe('toErrorResponse', () => {
  it.each([
    ['not_found', 404],
    ['authentication', 502],
    ['provider', 502],
    ['response_format', 502],
    ['transport', 504],
    ['rate_limited', 429],
  ] as const)('answers %s with %i', (code, status) => {
    const response = toErrorResponse(new DurumError({ code, message: 'm', provider: 'iyzico', status: 500 }))
    expect(response.status).toBe(status)
    expect(response.body.error).toMatchObject({ code, message: 'm', provider: 'iyzico', providerStatus: 500 })
  })

  it('names the field and its URL parameter for validation', () => {
    const response = toErrorResponse(new ValidationError({ field: 'session.paymentId', message: 'empty' }))
    expect(response.status).toBe(400)
    expect(response.body.error).toMatchObject({ field: 'session.paymentId', param: 'sessionPaymentId' })
  })

  it('turns retryAfterMs into whole Retry-After seconds', () => {
    const error = new DurumError({ code: 'rate_limited', message: 'slow down', retryAfterMs: 1500 })
    expect(toErrorResponse(error).headers).toEqual({ 'retry-after': '2' })
  })

  it('hides what a foreign error says', () => {
    const response = toErrorResponse(new Error('secret-ish internals'))
    expect(response.status).toBe(500)
    expect(JSON.stringify(response.body)).not.toContain('secret-ish')
  })
})
