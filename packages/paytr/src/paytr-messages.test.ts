import { type CatalogSamples, catalogGaps } from '@durum/status-normalizer/testing'
import { describe, expect, it } from 'vitest'
import { PAYTR_MESSAGES } from './paytr-messages'

const SIP1 = { en: 'merchant_oid "SIP1"', tr: 'merchant_oid "SIP1"' }
const tl = (amount: string) => ({ amount, currency: 'TRY' })

/** Every entry with the parameters it is written with, absent optional ones included. */
const samples: CatalogSamples<typeof PAYTR_MESSAGES> = {
  'paytr.paid': [{ paid: tl('10.80') }],
  'paytr.partially_refunded': [{ refunded: tl('1.00'), paid: tl('10.80') }],
  'paytr.refunded': [{ refunded: tl('10.80'), paid: tl('10.80') }],
  'paytr.refunded_order_amount': [{ refunded: tl('100.00'), amount: tl('100.00'), paid: tl('108.15') }],
  'paytr.refund_pending': [{ pending: tl('10.80') }],
  'paytr.no_successful_payment': [{ message: 'merchant_oid ile basarili odeme bulunamadi' }, {}],
  'paytr.awaiting_payment': [{ message: 'x', payableUntil: '2099-12-31T23:59:59+03:00' }],
  'paytr.no_payment_by_deadline': [{ payableUntil: '2021-01-01T00:30:00+03:00' }],
  'paytr.unknown_status': [{ status: 'failed' }],
  'paytr.notification_paid': [{ merchantOid: 'SIP1', total: tl('34.56') }, { merchantOid: 'SIP1' }],
  'paytr.notification_failed': [{ code: '6', message: 'Müşteri vazgeçti' }, {}],
  'paytr.notification_unknown_status': [{ status: 'pending' }],
  'paytr.invalid_request': [{ subject: SIP1, errNo: '001', errMsg: 'Gecersiz istek' }],
  'paytr.invalid_merchant_oid': [{ subject: SIP1, errNo: '002' }],
  'paytr.authentication': [{ subject: SIP1, errNo: '003', errMsg: 'paytr_token gecersiz' }],
  'paytr.query_refused': [{ subject: SIP1 }],
  'paytr.another_answer': [{ field: 'merchant_oid', asked: 'SIP1', answered: 'SIP2' }],
  'paytr.unbound_answer': [{ field: 'merchant_oid', asked: 'SIP1' }],
  'paytr.notification_credentials': [{ field: 'merchantKey' }],
  'paytr.notification_malformed': [{ field: 'hash' }],
}

describe('PAYTR_MESSAGES', () => {
  it('has every reason as paytr.<snake_case>, written in English and Turkish, never left untranslated', () => {
    expect(catalogGaps('paytr', PAYTR_MESSAGES, samples)).toEqual([])
  })

  it('writes amounts in each language’s notation', () => {
    const params = { refunded: tl('1250.50'), paid: tl('10000.00') }
    expect(PAYTR_MESSAGES['paytr.partially_refunded'].en(params)).toBe(
      'PayTR reports a successful payment of 10000.00 TRY, of which 1250.50 TRY has been refunded (completed refunds).',
    )
    expect(PAYTR_MESSAGES['paytr.partially_refunded'].tr(params)).toBe(
      'PayTR 10.000,00 TRY tutarında başarılı bir ödeme bildiriyor; bunun 1.250,50 TRY tutarı iade edildi (tamamlanan iadeler).',
    )
  })

  it('quotes PayTR’s words made printable, so a line break cannot forge a log line', () => {
    expect(PAYTR_MESSAGES['paytr.unknown_status'].en({ status: 'failed\nPAID' })).toBe(
      'PayTR answered status "failed\\u{000A}PAID", which this version does not know; nothing proves a payment, so check the order in the PayTR panel before shipping.',
    )
  })
})
