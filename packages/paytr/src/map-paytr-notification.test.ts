import { describe, expect, it } from 'vitest'
import { kurusToDecimal, normalizePaytrNotification } from './map-paytr-notification'

const checkedAt = '2026-12-07T10:00:00+03:00'
const verified = { merchant_oid: 'SIP1', total_amount: '0', hash: 'h' }

describe('kurusToDecimal', () => {
  it.each([
    ['3456', '34.56'],
    ['5', '0.05'],
    ['0', '0.00'],
    ['10800', '108.00'],
    ['007', '0.07'],
  ])('reads %s kuruş as %s', (kurus, lira) => {
    expect(kurusToDecimal(kurus)).toBe(lira)
  })
})

describe('normalizePaytrNotification', () => {
  it('reads a status other than success or failed as UNKNOWN, in the words PayTR posted', () => {
    const payment = normalizePaytrNotification({ ...verified, status: 'pending' }, { checkedAt })
    expect([payment.status, payment.rawStatus, payment.reason, payment.explanation]).toEqual([
      'UNKNOWN',
      'pending',
      'paytr.notification_unknown_status',
      'PayTR\'s signed notification says status "pending", which is neither success nor failed; check the order in the PayTR panel before shipping.',
    ])
  })

  it('reads a failure without a reason code as FAILED in the category other', () => {
    const payment = normalizePaytrNotification({ ...verified, status: 'failed' }, { checkedAt, locale: 'en' })
    expect(payment.failure).toEqual({ category: 'other' })
    expect(payment.explanation).toBe(
      "PayTR's signed notification says the payment failed (failed_reason_code —): do not ship.",
    )
  })

  it('takes the instalments and the test flag the Direct API posts', () => {
    const payment = normalizePaytrNotification(
      {
        ...verified,
        status: 'success',
        total_amount: '10815',
        installment_count: '3',
        test_mode: '1',
        currency: 'TL',
      },
      { checkedAt },
    )
    expect([payment.installment, payment.testMode, payment.paidAmount]).toEqual([
      3,
      true,
      { amount: '108.15', currency: 'TRY' },
    ])
  })
})
