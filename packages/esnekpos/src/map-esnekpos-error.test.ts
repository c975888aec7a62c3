import { readFileSync } from 'node:fs'
import { DurumError, parseJson } from '@durum/core'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { EsnekposEnvelopeSchema } from './esnekpos-schemas'
import { classifyEsnekposFailure, mapEsnekposError } from './map-esnekpos-error'

const context = {
  source: 'esnekpos.send-payment-request-query',
  subject: 'SEND_PAYMENT_REQUEST_ID 2482',
  field: 'sendPaymentRequestId',
  status: 200,
}

describe('classifyEsnekposFailure', () => {
  it.each([
    ['102', 'authentication'],
    ['400', 'not_found'],
    ['101', 'validation'],
    ['100', 'provider'],
    ['103', 'provider'],
    ['300', 'provider'],
    ['500', 'provider'],
    ['99', 'provider'],
  ])('RETURN_CODE %s → %s', (code, expected) => {
    expect(classifyEsnekposFailure(code)).toBe(expected)
  })
})

describe('mapEsnekposError', () => {
  it('102 → authentication, telling which settings to check', () => {
    const error = mapEsnekposError(
      { returnCode: '102', status: 'AUTHENTICATION_ERROR', returnMessage: 'Kimlik doğrulama yapılamadı' },
      context,
    )
    expect(DurumError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({
      code: 'authentication',
      provider: 'esnekpos',
      source: context.source,
      status: 200,
      providerCode: '102',
      providerMessage: 'Kimlik doğrulama yapılamadı',
      retryable: false,
    })
    expect(error.message).toContain('SEND_PAYMENT_REQUEST_ID 2482')
    expect(error.message).toContain('ESNEKPOS_MERCHANT_KEY')
  })

  it('400 → not_found', () => {
    const error = mapEsnekposError(
      { returnCode: '400', returnMessage: 'Referans numarası bulunamadı' },
      context,
    )
    expect(error).toMatchObject({ code: 'not_found', providerCode: '400' })
    expect(error.message).toContain('Referans numarası bulunamadı')
  })

  it('101 → validation naming the query field', () => {
    expect(mapEsnekposError({ returnCode: '101', status: 'FIELD_ERROR' }, context)).toMatchObject({
      code: 'validation',
      field: 'sendPaymentRequestId',
    })
  })

  it('others → provider with the code and message kept, retryable only behind a 5xx', () => {
    expect(mapEsnekposError({ returnCode: '100', returnMessage: 'Genel hata' }, context)).toMatchObject({
      code: 'provider',
      providerCode: '100',
      providerMessage: 'Genel hata',
      retryable: false,
    })
    expect(mapEsnekposError({ returnCode: '100' }, { ...context, status: 503 }).retryable).toBe(true)
  })

  it.each([
    ['process-query.error-99-not-found.omnipay-mock.json', 'Islem bulunamadi'],
    ['payment-3d.error-99-card-declined.omnipay-mock.json', 'Card declined'],
  ])(
    "maps the omnipay mock %s to a provider error (RETURN_CODE 99 is not in EsnekPOS's table)",
    (name, message) => {
      const text = readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8')
      const envelope = v.parse(EsnekposEnvelopeSchema, parseJson(text))
      const error = mapEsnekposError(
        { returnCode: envelope.RETURN_CODE, returnMessage: envelope.RETURN_MESSAGE, status: envelope.STATUS },
        {
          ...context,
          source: 'esnekpos.process-query',
          subject: 'ORDER_REF_NUMBER ORDER-999999',
          field: 'orderReference',
        },
      )
      expect(error).toMatchObject({ code: 'provider', providerCode: '99', providerMessage: message })
      expect(error.message).toContain(`RETURN_CODE 99 FAILURE: "${message}"`)
    },
  )
})
