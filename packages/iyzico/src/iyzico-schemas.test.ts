import { parseJson } from '@durum/core'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { readFixture } from './__test__/test-fixtures'
import {
  IyzicoCheckoutFormResultSchema,
  IyzicoEnvelopeSchema,
  IyzicoPaymentDetailSchema,
  IyzicoReportingPaymentDetailsSchema,
  IyzicoTokenizationSessionSchema,
} from './iyzico-schemas'

/** The first issue of a body the schema refuses: where, and what it says. */
function refusal(schema: v.GenericSchema, text: string): { field: string | null; message: string } {
  const result = v.safeParse(schema, parseJson(text))
  const [issue] = result.issues ?? []
  if (issue === undefined) throw new Error('expected the body to be refused')
  return { field: v.getDotPath(issue), message: issue.message }
}

describe('iyzico schemas on real bodies', () => {
  it('reads a sandbox /payment/detail answer, every amount as exact decimal text', () => {
    const { body } = readFixture(
      IyzicoPaymentDetailSchema,
      'payment-detail.success.fraud-1.signature.sandbox.json',
    )
    expect(body).toMatchObject({
      status: 'success',
      paymentId: '35790626',
      paymentStatus: 'SUCCESS',
      fraudStatus: 1,
      price: '10.01',
      paidPrice: '10.01',
      currency: 'TRY',
      phase: 'AUTH',
    })
    expect(body.itemTransactions).toEqual([
      {
        itemId: 'BI102',
        paymentTransactionId: '37705909',
        transactionStatus: 2,
        price: '9.71',
        paidPrice: '9.71',
        merchantPayoutAmount: '9.12861351',
      },
      {
        itemId: 'BI101',
        paymentTransactionId: '37705908',
        transactionStatus: 2,
        price: '0.30',
        paidPrice: '0.30',
        merchantPayoutAmount: '0.28203749',
      },
    ])
  })

  it('reads a pre-authorization, with no paymentStatus, as its phase', () => {
    const { body } = readFixture(
      IyzicoPaymentDetailSchema,
      'payment-preauth.success.phase-PRE_AUTH.sandbox.json',
    )
    expect(body).toMatchObject({ paymentId: '35790641', phase: 'PRE_AUTH', paidPrice: '10.01' })
    expect(body.paymentStatus).toBeUndefined()
  })

  it('reads a marketplace checkout-form result with its token and an item awaiting approval', () => {
    const { body } = readFixture(
      IyzicoCheckoutFormResultSchema,
      'checkout-form.success.fraud-1.marketplace-tx-status-1.docs-2018.json',
    )
    expect(body).toMatchObject({
      paymentId: '10805931',
      price: '0.30',
      paidPrice: '1.20',
      token: 'f8aee98c-7dad-430e-a20f-70f327f8e64e',
      callbackUrl: 'https://www.merchant.com/callback',
    })
    expect(body.itemTransactions?.[0]).toMatchObject({ transactionStatus: 1, merchantPayoutAmount: '0.4985' })
  })

  it('reads a tokenization session', () => {
    const { body } = readFixture(IyzicoTokenizationSessionSchema, 'session.success.passive-card.docs.json')
    expect(body.sessionInfo).toEqual({
      sessionToken: 'f2f06a82-6480-4d2b-811d-93168ddce577',
      sessionStatus: 'PASSIVE',
      memberIdentifier: '702831f3-1cc6-4b25-ad2b-878afc64f408',
      paymentType: 'CARD_PAYMENT',
    })
  })

  it('reads a reporting answer: numeric ids as text, the cancel and its amount', () => {
    const { body } = readFixture(
      IyzicoReportingPaymentDetailsSchema,
      'reporting-payment-details.totally-refunded-by-cancel.sandbox.json',
    )
    const [payment] = body.payments
    expect(payment).toMatchObject({
      paymentId: '35790626',
      paymentStatus: 1,
      paymentRefundStatus: 'TOTALLY_REFUNDED',
      paidPrice: '10.01',
      threeDS: false,
    })
    expect(payment?.cancels?.[0]).toMatchObject({
      refundId: '5661418',
      refundPrice: '10.01',
      refundStatus: 1,
    })
  })

  it("reads a failure body's code and message as iyzico wrote them", () => {
    const { body } = readFixture(
      IyzicoEnvelopeSchema,
      'payment-detail.error-5087-payment-not-found.sandbox.json',
    )
    expect(body).toMatchObject({
      status: 'failure',
      errorCode: '5087',
      errorMessage: 'Üye işyerine ait ödeme kaydı bulunamadı',
    })
  })
})

describe('iyzico schemas keep money exact', () => {
  it('never rounds an amount or an id through a float', () => {
    const body = v.parse(
      IyzicoPaymentDetailSchema,
      parseJson(
        '{"status":"success","price":12345678.12345678,"paidPrice":0.1,"paymentId":12345678901234567890,"itemTransactions":[{"paidPrice":10.209999999999999}]}',
      ),
    )
    expect(body.price).toBe('12345678.12345678')
    expect(body.paidPrice).toBe('0.10')
    expect(body.paymentId).toBe('12345678901234567890')
    expect(body.itemTransactions?.[0]?.paidPrice).toBe('10.209999999999999')
  })

  it('reads a code sent as a number as its text', () => {
    const body = v.parse(
      IyzicoPaymentDetailSchema,
      parseJson('{"status":"failure","errorCode":5087,"mdStatus":0}'),
    )
    expect(body.errorCode).toBe('5087')
    expect(body.mdStatus).toBe('0')
  })
})

describe('iyzico schemas refuse wrong types, naming the field', () => {
  it.each([
    [
      'an amount with a decimal comma',
      IyzicoPaymentDetailSchema,
      '{"status":"success","price":"1,5"}',
      'price',
      '"1,5" is not a decimal amount; durum reads amounts exactly and does not guess.',
    ],
    [
      'a fractional payment id',
      IyzicoPaymentDetailSchema,
      '{"status":"success","paymentId":1.5}',
      'paymentId',
      '"1.5" is not an integer id.',
    ],
    [
      'a numeric status',
      IyzicoPaymentDetailSchema,
      '{"status":1}',
      'status',
      'Invalid type: Expected string but received 1',
    ],
    [
      'a basket item amount as a word',
      IyzicoPaymentDetailSchema,
      '{"status":"success","itemTransactions":[{"paidPrice":"ten"}]}',
      'itemTransactions.0.paidPrice',
      '"ten" is not a decimal amount; durum reads amounts exactly and does not guess.',
    ],
    [
      'a reporting payment without its id',
      IyzicoReportingPaymentDetailsSchema,
      '{"status":"success","payments":[{"paymentId":null}]}',
      'payments.0.paymentId',
      'Invalid type: Expected a JSON number or a string but received null',
    ],
    [
      'a session without its status',
      IyzicoTokenizationSessionSchema,
      '{"status":"success","sessionInfo":{"sessionToken":"t"}}',
      'sessionInfo.sessionStatus',
      'Invalid key: Expected "sessionStatus" but received undefined',
    ],
  ])('%s', (_, schema, text, field, message) => {
    expect(refusal(schema, text)).toEqual({ field, message })
  })
})
