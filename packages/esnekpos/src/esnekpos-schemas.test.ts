import { formatTurkishDecimal, parseDecimal, parseJson } from '@durum/core'
import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fixtureText as fixture } from './__test__/esnekpos-test-kit'
import {
  EsnekposEnvelopeSchema,
  EsnekposOrderBodySchema,
  EsnekposPaymentRequestBodySchema,
  parseEsnekposAmount,
} from './esnekpos-schemas'

const attempt = (fields: Record<string, unknown>) =>
  JSON.stringify({ PAYMENTS: [{ PAYMENT_STATUS: 'Ödeme - Başarılı', ...fields }], RETURN_CODE: '0' })

function parseRequest(text: string) {
  return v.parse(EsnekposPaymentRequestBodySchema, parseJson(text))
}

describe('EsnekposPaymentRequestBodySchema', () => {
  it('reads the documented example exactly', () => {
    const body = parseRequest(fixture('send-payment-request-query.success-after-failure.docs.json'))
    expect(body.RETURN_CODE).toBe('0')
    expect(body.PAYMENTS).toHaveLength(2)
    expect(body.PAYMENTS[0]).toEqual({
      REFNO: '203761',
      PAYMENT_STATUS: 'Ödeme - Başarısız',
      DATE: '2024-10-17T16:20:27+03:00',
      PAYMENT_DATE: '2024-10-17T16:18:11+03:00',
      AMOUNT: { amount: '10.56', currency: 'TRY' },
      ORDER_REF_NO: '37b86fc4-adf6-49db-815e-a80cff9d3dc8',
      INSTALLMENT: 1,
      COMMISSION: { amount: '0.16', currency: 'TRY' },
      COMMISSION_RATE: '1.49',
      SUCCESS_TRANSACTION_ID: undefined,
    })
    expect(body.PAYMENTS[1]?.SUCCESS_TRANSACTION_ID).toBe('538224')
  })

  it.each([
    ['"1.250,00"', '1250.00'],
    ['"-151,25"', '151.25'],
    ['"10,56"', '10.56'],
    ['"100"', '100.00'],
    ['12345678.12345678', '12345678.12345678'],
  ])('reads the amount %s as %s (a sign says nothing about the amount: absolute)', (amount, expected) => {
    const body = parseRequest(attempt({}).replace('"PAYMENT_STATUS"', `"AMOUNT":${amount},"PAYMENT_STATUS"`))
    expect(body.PAYMENTS[0]?.AMOUNT).toEqual({ amount: expected, currency: 'TRY' })
  })

  it('reads day and month without a leading zero', () => {
    const body = parseRequest(attempt({ DATE: '7.10.2026 08:50:48', PAYMENT_DATE: '17.1.2026 08:05:00' }))
    expect(body.PAYMENTS[0]?.DATE).toBe('2026-10-07T08:50:48+03:00')
    expect(body.PAYMENTS[0]?.PAYMENT_DATE).toBe('2026-01-17T08:05:00+03:00')
  })

  it.each([null, 0, '0'])('reads SUCCESS_TRANSACTION_ID %j as absent', (value) => {
    expect(parseRequest(attempt({ SUCCESS_TRANSACTION_ID: value })).PAYMENTS[0]?.SUCCESS_TRANSACTION_ID).toBe(
      undefined,
    )
  })

  it('keeps a large numeric id exact', () => {
    const body = parseRequest(
      attempt({}).replace('"PAYMENT_STATUS"', '"SUCCESS_TRANSACTION_ID":90071992547409931,"PAYMENT_STATUS"'),
    )
    expect(body.PAYMENTS[0]?.SUCCESS_TRANSACTION_ID).toBe('90071992547409931')
  })

  it('reads null PAYMENTS as no attempts', () => {
    expect(parseRequest('{"PAYMENTS":null,"RETURN_CODE":"0"}').PAYMENTS).toEqual([])
    expect(parseRequest('{"RETURN_CODE":"0"}').PAYMENTS).toEqual([])
  })

  it.each([
    ['"1.250"', 'an ambiguous thousands-or-decimal point'],
    ['"1,2,3"', 'two commas'],
    ['"1.25,00"', 'a broken thousands group'],
    ['"on TL"', 'words'],
    ['""', 'nothing'],
    ['true', 'a boolean'],
  ])('refuses the amount %s (%s) instead of guessing', (amount) => {
    const result = v.safeParse(
      EsnekposPaymentRequestBodySchema,
      parseJson(attempt({}).replace('"PAYMENT_STATUS"', `"AMOUNT":${amount},"PAYMENT_STATUS"`)),
    )
    expect(result.success).toBe(false)
    expect(result.issues?.[0]?.path?.map((item) => item.key)).toEqual(['PAYMENTS', 0, 'AMOUNT'])
  })

  it.each(['31.02.2024 10:00:00', '2024/10/17 16:20:27', '17.10.24 16:20', 'dün'])(
    'refuses the date %j',
    (date) => {
      const result = v.safeParse(EsnekposPaymentRequestBodySchema, parseJson(attempt({ DATE: date })))
      expect(result.success).toBe(false)
    },
  )
})

const orderFixture = (name: string) => v.parse(EsnekposOrderBodySchema, parseJson(fixture(name)))

describe('EsnekposOrderBodySchema', () => {
  it('reads the omnipay ProcessQuery mock, point-decimal amounts included', () => {
    const body = orderFixture('process-query.success.status-id-3.guess-omnipay-mock.json')
    expect(body).toMatchObject({
      RETURN_CODE: '0',
      DATE: '2024-01-15T10:30:00+03:00',
      PAYMENT_DATE: '2024-01-15T10:29:00+03:00',
      REFNO: 'REF-789',
      AMOUNT: { amount: '100.50', currency: 'TRY' },
      ORDER_REF_NUMBER: 'ORDER-123456',
      INSTALLMENT: 1,
      SUCCESS_TRANSACTION_ID: 'TXN-001',
      PAYMENT_WAY: '3D',
    })
    expect(body.TRANSACTIONS).toEqual([
      {
        TRANSACTION_ID: 'TXN-001',
        STATUS_NAME: 'Odeme Basarili',
        STATUS_ID: 3,
        AMOUNT: { amount: '100.50', currency: 'TRY' },
        DATE: '2024-01-15T10:29:00+03:00',
        MERCHANT_AMOUNT_TRANSFER_DETAIL: {
          EXTRACT_ID: 'EXT-001',
          SENDED_AMOUNT: { amount: '99.00', currency: 'TRY' },
          SENDED_DATE: '2024-01-16',
        },
      },
    ])
  })

  it('reads ORDER_REF_NO and numeric ids as other sources describe them', () => {
    const body = v.parse(
      EsnekposOrderBodySchema,
      parseJson(
        '{"RETURN_CODE":"0","ORDER_REF_NO":"order-1","SUCCESS_TRANSACTION_ID":538224,"PHYSICAL_POS_ID":12,' +
          '"TRANSACTIONS":[{"TRANSACTION_ID":538224,"STATUS_NAME":"Ödeme - Başarılı","STATUS_ID":3,"AMOUNT":"1.250,00","DATE":"7.10.2026 08:50:48","MERCHANT_AMOUNT_TRANSFER_DETAIL":null}]}',
      ),
    )
    expect(body).toMatchObject({
      ORDER_REF_NO: 'order-1',
      SUCCESS_TRANSACTION_ID: '538224',
      PHYSICAL_POS_ID: '12',
    })
    expect(body.TRANSACTIONS[0]).toMatchObject({ TRANSACTION_ID: '538224', AMOUNT: { amount: '1250.00' } })
  })

  it('reads the not-found mock envelope', () => {
    const body = v.parse(
      EsnekposEnvelopeSchema,
      parseJson(fixture('process-query.error-99-not-found.guess-omnipay-mock.json')),
    )
    expect(body).toEqual({
      RETURN_CODE: '99',
      RETURN_MESSAGE: 'Islem bulunamadi',
      STATUS: 'FAILURE',
    })
  })

  it('reads the recorded bodies: paid, declined with signed amounts and no row dates, not found', () => {
    const paid = orderFixture('process-query.success.recorded.json')
    expect(paid).toMatchObject({
      RETURN_CODE: '0',
      DATE: '2026-10-07T08:50:48+03:00',
      PAYMENT_DATE: '2026-10-07T08:50:31+03:00',
      REFNO: '403998',
      AMOUNT: { amount: '151.25', currency: 'TRY' },
      ORDER_REF_NO: 'PRB6AB115E04889',
      COMMISSION: { amount: '2.25', currency: 'TRY' },
      COMMISSION_RATE: '1.49',
      SUCCESS_TRANSACTION_ID: '783900',
    })
    const declined = orderFixture('process-query.error-100-declined-51.recorded.json')
    expect(declined.SUCCESS_TRANSACTION_ID).toBeUndefined()
    expect(
      declined.TRANSACTIONS.map((row) => [row.TRANSACTION_ID, row.STATUS_ID, row.AMOUNT?.amount]),
    ).toEqual([
      ['783901', 1, '151.25'],
      ['783902', 2, '151.25'],
      ['783903', 4, '151.25'],
    ])
    const notFound = orderFixture('process-query.error-400-not-found.recorded.json')
    expect(notFound).toEqual({
      RETURN_CODE: '400',
      RETURN_MESSAGE: 'Referans numarası bulunamadı (Not.ProcessQuery)',
      STATUS: 'PROCESS_QUERY',
      TRANSACTIONS: [],
    })
  })

  it('reads a numeric RETURN_CODE as text', () => {
    expect(v.parse(EsnekposEnvelopeSchema, parseJson('{"RETURN_CODE":102}')).RETURN_CODE).toBe('102')
  })
})

describe('parseEsnekposAmount', () => {
  it('reads parseJson numbers and refuses a JS number that may already be rounded', () => {
    expect(parseEsnekposAmount(0.16)).toBe('0.16')
    expect(() => parseEsnekposAmount(0.1 + 0.2)).toThrow(/may already be rounded/)
  })

  it('reads any Turkish-formatted amount back exactly', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.integer({ min: 0, max: 4 }),
        (units, scale) => {
          const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0')
          const sign = units < 0n ? '-' : ''
          const canonical = parseDecimal(
            scale === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`,
          )
          expect(parseEsnekposAmount(formatTurkishDecimal(canonical))).toBe(canonical)
        },
      ),
    )
  })

  it('never passes a float: twenty digits stay exact', () => {
    expect(parseEsnekposAmount('12.345.678.901.234.567,89')).toBe('12345678901234567.89')
  })
})
