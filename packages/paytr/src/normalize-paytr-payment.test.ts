import { parseJson } from '@durum/core'
import { isPaid, NormalizedPaymentSchema } from '@durum/status-normalizer'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fixtureText } from './__test__/paytr-test-kit'
import { normalizePaytrPayment } from './normalize-paytr-payment'
import { PaytrStatusBodySchema } from './paytr-schemas'

const checkedAt = '2026-12-07T10:00:00+03:00'

/** A body as the client reads it (losslessly, then by the schema), normalized for order SIP20210101A1. */
function normalizeText(text: string, locale?: 'en' | 'tr') {
  const raw = parseJson(text)
  return normalizePaytrPayment(v.parse(PaytrStatusBodySchema, raw), {
    merchantOid: 'SIP20210101A1',
    raw,
    checkedAt,
    locale,
  })
}

const normalize = (fixture: string, locale?: 'en' | 'tr') => normalizeText(fixtureText(fixture), locale)

describe('normalizePaytrPayment', () => {
  it('reads the documented success body whole', () => {
    const payment = normalize('durum-sorgu.success.docs.json')
    expect(payment).toEqual({
      kind: 'payment',
      provider: 'paytr',
      source: 'paytr.durum-sorgu',
      status: 'SUCCEEDED',
      rawStatus: 'success',
      explanation: 'PayTR reports a successful payment of 10.80 TRY for this order, with no refund.',
      reason: 'paytr.paid',
      ids: { merchantReference: 'SIP20210101A1' },
      amount: { amount: '10.80', currency: 'TRY' },
      paidAmount: { amount: '10.80', currency: 'TRY' },
      installment: 1,
      card: { bin: '455359', last4: '6747', family: 'WORD' },
      occurredAt: '2021-01-01T23:59:59+03:00',
      testMode: false,
      checkedAt,
      raw: JSON.parse(fixtureText('durum-sorgu.success.docs.json')),
    })
    expect(v.safeParse(NormalizedPaymentSchema, payment).issues).toBeUndefined()
    expect(isPaid(payment)).toBe(true)
  })

  it('keeps the completed refund beside the amounts, and explains in Turkish when asked', () => {
    const payment = normalize('durum-sorgu.success-with-return.docs.json', 'tr')
    expect(payment.status).toBe('PARTIALLY_REFUNDED')
    expect(payment.refundedAmount).toEqual({ amount: '1.00', currency: 'TRY' })
    expect(payment.explanation).toBe(
      'PayTR 10,80 TRY tutarında başarılı bir ödeme bildiriyor; bunun 1,00 TRY tutarı iade edildi (tamamlanan iadeler).',
    )
    expect(payment.reason).toBe('paytr.partially_refunded')
  })

  it('gives 004 no amounts, card or test mode: nothing was paid', () => {
    const payment = normalize('durum-sorgu.error-004-no-successful-payment.docs.json')
    expect(payment).toEqual({
      kind: 'payment',
      provider: 'paytr',
      source: 'paytr.durum-sorgu',
      status: 'PENDING',
      rawStatus: 'error 004: merchant_oid ile basarili odeme bulunamadi',
      explanation:
        'PayTR has no successful payment for this order (004 "merchant_oid ile basarili odeme bulunamadi"): the customer may still be paying, or the payment was declined or abandoned, which PayTR\'s status query cannot tell apart. Do not ship; a failed notification gives the reason.',
      reason: 'paytr.no_successful_payment',
      ids: { merchantReference: 'SIP20210101A1' },
      checkedAt,
      raw: { status: 'error', err_no: '004', err_msg: 'merchant_oid ile basarili odeme bulunamadi' },
    })
    expect(isPaid(payment)).toBe(false)
  })

  it('reads a masked card number with stars, and instalments as given', () => {
    const payment = normalizeText(
      fixtureText('durum-sorgu.success.docs.json')
        .replace('455359AAA6747', '455359******6747')
        .replace('"taksit": "0"', '"taksit": "6"'),
    )
    expect(payment.card).toEqual({ bin: '455359', last4: '6747', family: 'WORD' })
    expect(payment.installment).toBe(6)
  })
})
