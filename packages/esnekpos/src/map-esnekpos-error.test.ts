import { DurumError, parseJson } from '@durum/core'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { EsnekposEnvelopeSchema } from './esnekpos-schemas'
import { classifyEsnekposFailure, mapEsnekposError } from './map-esnekpos-error'

const context = {
  source: 'esnekpos.send-payment-request-query',
  subject: { en: 'payment request 2482', tr: '2482 numaralı ödeme isteği' },
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
    expect(error.message).toBe(
      'EsnekPOS rejected the merchant credentials while asking about payment request 2482 (RETURN_CODE 102 AUTHENTICATION_ERROR: "Kimlik doğrulama yapılamadı"). Check MERCHANT and MERCHANT_KEY (ESNEKPOS_MERCHANT, ESNEKPOS_MERCHANT_KEY) and that they belong to the environment called (test or production).',
    )
  })

  it('400 → not_found', () => {
    const error = mapEsnekposError(
      { returnCode: '400', returnMessage: 'Referans numarası bulunamadı' },
      context,
    )
    expect(error).toMatchObject({ code: 'not_found', providerCode: '400' })
    expect(error.message).toBe(
      'EsnekPOS has no record for payment request 2482 (RETURN_CODE 400: "Referans numarası bulunamadı"). Check the id, and that it was created in the environment called (test or production).',
    )
  })

  it('101 → validation naming the query field', () => {
    const error = mapEsnekposError({ returnCode: '101', status: 'FIELD_ERROR' }, context)
    expect(error).toMatchObject({ code: 'validation', field: 'sendPaymentRequestId' })
    expect(error.message).toBe(
      "EsnekPOS refused the query for payment request 2482 as invalid (RETURN_CODE 101 FIELD_ERROR). Check the id's format; nothing was changed at EsnekPOS.",
    )
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

  it("a recorded-shape ProcessQuery refusal without the order → provider, with EsnekPOS's words", () => {
    const body = parseJson(
      '{"STATUS":"ERROR","RETURN_CODE":"100","RETURN_MESSAGE":"Beklenmeyen bir hata oluştu","ORDER_REF_NO":null,"SUCCESS_TRANSACTION_ID":0,"TRANSACTIONS":null}',
    )
    const envelope = v.parse(EsnekposEnvelopeSchema, body)
    const error = mapEsnekposError(
      { returnCode: envelope.RETURN_CODE, returnMessage: envelope.RETURN_MESSAGE, status: envelope.STATUS },
      {
        ...context,
        source: 'esnekpos.process-query',
        subject: { en: 'order PRB1', tr: 'PRB1 numaralı sipariş' },
        field: 'orderReference',
      },
    )
    expect(error).toMatchObject({
      code: 'provider',
      providerCode: '100',
      providerMessage: 'Beklenmeyen bir hata oluştu',
    })
    expect(error.message).toBe(
      'EsnekPOS refused the query for order PRB1 (RETURN_CODE 100 ERROR: "Beklenmeyen bir hata oluştu"). The payment itself was not changed; retry later or contact EsnekPOS support with this code.',
    )
  })

  it('escapes line breaks and bidi controls EsnekPOS echoes, so they cannot forge a log line', () => {
    const error = mapEsnekposError(
      { returnCode: '100', status: 'ERROR\r\nFAKE', returnMessage: 'ok\u202Egnp.exe' },
      context,
    )
    expect(error.message).toBe(
      'EsnekPOS refused the query for payment request 2482 (RETURN_CODE 100 ERROR\\u{000D}\\u{000A}FAKE: "ok\\u{202E}gnp.exe"). The payment itself was not changed; retry later or contact EsnekPOS support with this code.',
    )
  })
})
