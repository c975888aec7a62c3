import { parseJson, toPlainJson } from '@durum/core'
import { NormalizedPaymentSchema } from '@durum/status-normalizer'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fixtureText as fixture } from './__test__/esnekpos-test-kit'
import { EsnekposOrderBodySchema, EsnekposPaymentRequestBodySchema } from './esnekpos-schemas'
import { normalizeEsnekposOrder, normalizeEsnekposPaymentRequest } from './normalize-esnekpos-payment'

const checkedAt = '2026-11-23T15:00:00+03:00'

function paymentRequest(text: string) {
  const parsed = parseJson(text)
  const result = normalizeEsnekposPaymentRequest(v.parse(EsnekposPaymentRequestBodySchema, parsed), {
    raw: toPlainJson(parsed),
    checkedAt,
  })
  expect(v.safeParse(NormalizedPaymentSchema, result).issues).toBeUndefined()
  return result
}

function order(text: string) {
  const parsed = parseJson(text)
  const result = normalizeEsnekposOrder(v.parse(EsnekposOrderBodySchema, parsed), {
    raw: toPlainJson(parsed),
    checkedAt,
  })
  expect(v.safeParse(NormalizedPaymentSchema, result).issues).toBeUndefined()
  return result
}

describe('normalizeEsnekposPaymentRequest', () => {
  it('normalizes the documented example: the second, successful attempt drives the result', () => {
    const result = paymentRequest(fixture('send-payment-request-query.success-after-failure.docs.json'))
    expect(result).toMatchObject({
      kind: 'payment',
      provider: 'esnekpos',
      source: 'esnekpos.send-payment-request-query',
      status: 'SUCCEEDED',
      rawStatus: 'Ödeme - Başarılı',
      ids: {
        paymentId: '203762',
        merchantReference: '1ff755d2-8b74-4317-a721-295947d0fb5b',
        transactionIds: ['538224'],
      },
      amount: { amount: '10.56', currency: 'TRY' },
      paidAmount: { amount: '10.56', currency: 'TRY' },
      installment: 1,
      occurredAt: '2024-10-17T16:20:06+03:00',
      checkedAt,
    })
    expect(result.failure).toBeUndefined()
    expect(result.attempts).toEqual([
      {
        reference: '203761',
        status: 'FAILED',
        rawStatus: 'Ödeme - Başarısız',
        amount: { amount: '10.56', currency: 'TRY' },
        createdAt: '2024-10-17T16:18:11+03:00',
        updatedAt: '2024-10-17T16:20:27+03:00',
        failure: { message: 'Ödeme - Başarısız', category: 'other' },
      },
      {
        reference: '203762',
        status: 'SUCCEEDED',
        rawStatus: 'Ödeme - Başarılı',
        amount: { amount: '10.56', currency: 'TRY' },
        createdAt: '2024-10-17T16:20:06+03:00',
        updatedAt: '2024-10-17T16:20:27+03:00',
        transactionId: '538224',
      },
    ])
    expect(result.raw).toMatchObject({ PAYMENTS: [{ COMMISSION: 0.16 }, { SUCCESS_TRANSACTION_ID: 538224 }] })
  })

  it('only the failed attempt of the example → PENDING with its failure, never paid', () => {
    const text = fixture('send-payment-request-query.success-after-failure.docs.json')
    const body = JSON.parse(text) as { PAYMENTS: unknown[] }
    const result = paymentRequest(JSON.stringify({ ...body, PAYMENTS: body.PAYMENTS.slice(0, 1) }))
    expect(result).toMatchObject({
      status: 'PENDING',
      failure: { message: 'Ödeme - Başarısız' },
      ids: { paymentId: '203761', merchantReference: '37b86fc4-adf6-49db-815e-a80cff9d3dc8' },
      amount: { amount: '10.56', currency: 'TRY' },
    })
    expect(result.paidAmount).toBeUndefined()
    expect(result.ids.transactionIds).toBeUndefined()
  })

  it('no attempts → PENDING with no amount', () => {
    const result = paymentRequest(
      '{"PAYMENTS":[],"RETURN_CODE":"0","RETURN_MESSAGE":"SUCCESS","STATUS":"SUCCESS"}',
    )
    expect(result).toMatchObject({ status: 'PENDING', rawStatus: 'PAYMENTS: []', ids: {}, attempts: [] })
    expect(result.amount).toBeUndefined()
  })
})

describe('normalizeEsnekposOrder', () => {
  it('normalizes the omnipay ProcessQuery mock ("Odeme Basarili", STATUS_ID 3)', () => {
    const result = order(fixture('process-query.success.status-id-3.guess-omnipay-mock.json'))
    expect(result).toMatchObject({
      source: 'esnekpos.process-query',
      status: 'SUCCEEDED',
      rawStatus: 'Odeme Basarili (STATUS_ID 3)',
      ids: { paymentId: 'REF-789', merchantReference: 'ORDER-123456', transactionIds: ['TXN-001'] },
      amount: { amount: '100.50', currency: 'TRY' },
      paidAmount: { amount: '100.50', currency: 'TRY' },
      installment: 1,
      occurredAt: '2024-01-15T10:29:00+03:00',
      attempts: [
        {
          reference: 'TXN-001',
          transactionId: 'TXN-001',
          status: 'SUCCEEDED',
          rawStatus: 'Odeme Basarili (STATUS_ID 3)',
          amount: { amount: '100.50', currency: 'TRY' },
          createdAt: '2024-01-15T10:29:00+03:00',
        },
      ],
    })
  })

  it('a partial refund in the history → PARTIALLY_REFUNDED with the refunded amount', () => {
    const result = order(
      JSON.stringify({
        RETURN_CODE: '0',
        RETURN_MESSAGE: 'SUCCESS',
        STATUS: 'SUCCESS',
        ORDER_REF_NO: 'order-7',
        REFNO: '203770',
        AMOUNT: '1.250,00',
        INSTALLMENT: '3',
        SUCCESS_TRANSACTION_ID: 538230,
        DATE: '7.10.2026 08:50:48',
        PAYMENT_DATE: '7.10.2026 08:50:48',
        TRANSACTIONS: [
          {
            TRANSACTION_ID: 538230,
            STATUS_NAME: 'Ödeme - Başarılı',
            STATUS_ID: 3,
            AMOUNT: '1.250,00',
            DATE: '7.10.2026 08:50:48',
          },
          {
            TRANSACTION_ID: 538231,
            STATUS_NAME: 'İade - Başarılı',
            STATUS_ID: 7,
            AMOUNT: '-151,25',
            DATE: '9.10.2026 11:00:00',
          },
        ],
      }),
    )
    expect(result).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      amount: { amount: '1250.00', currency: 'TRY' },
      paidAmount: { amount: '1250.00', currency: 'TRY' },
      refundedAmount: { amount: '151.25', currency: 'TRY' },
      installment: 3,
      occurredAt: '2026-10-09T11:00:00+03:00',
      ids: { paymentId: '203770', merchantReference: 'order-7', transactionIds: ['538230'] },
    })
  })

  it('a refund row with only TRANSACTION_ID and STATUS_ID, after the recorded payment → REFUNDED', () => {
    const paid = JSON.parse(fixture('process-query.success.recorded.json')) as { TRANSACTIONS: unknown[] }
    const result = order(
      JSON.stringify({ ...paid, TRANSACTIONS: [...paid.TRANSACTIONS, { TRANSACTION_ID: 9, STATUS_ID: 7 }] }),
    )
    expect(result).toMatchObject({
      status: 'REFUNDED',
      rawStatus: 'STATUS_ID 7',
      explanation:
        'Transaction 9 reads "STATUS_ID 7": the payment was refunded (without amounts to compare, it is not reported as partial).',
    })
    expect(result.attempts?.[1]).toEqual({
      reference: '9',
      status: 'REFUNDED',
      rawStatus: 'STATUS_ID 7',
      transactionId: '9',
    })
  })

  it('a SUCCESS_TRANSACTION_ID without a successful transaction proves nothing', () => {
    const result = order(
      JSON.stringify({
        RETURN_CODE: '0',
        ORDER_REF_NUMBER: 'order-8',
        AMOUNT: '10,56',
        SUCCESS_TRANSACTION_ID: 1,
        TRANSACTIONS: [
          {
            TRANSACTION_ID: 1,
            STATUS_NAME: 'Ödeme - Bekliyor',
            STATUS_ID: 1,
            AMOUNT: '10,56',
            DATE: '1.1.2026 10:00:00',
          },
        ],
      }),
    )
    expect(result).toMatchObject({
      status: 'UNKNOWN',
      explanation:
        'Transaction 1 reads "Ödeme - Bekliyor (STATUS_ID 1)", but EsnekPOS answered RETURN_CODE 0, which it sends for a paid order; check the payment in the EsnekPOS panel before shipping.',
    })
    expect(result.paidAmount).toBeUndefined()
    expect(result.ids.transactionIds).toBeUndefined()
  })
})
