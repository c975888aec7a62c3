import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fakePayment, fakeSession } from './__test__/fake-provider'
import { isPaid, isSettled } from './is-paid'
import type { NormalizedPayment, NormalizedResult, NormalizedSession, PaymentItem } from './normalized-result'
import { PAYMENT_STATUSES, type PaymentStatus, statusWordIsSettled } from './payment-status'

const session = fakeSession('ACTIVE')

const item = (status: PaymentItem['status']): PaymentItem => ({ id: 'B1', status })

describe('isPaid', () => {
  it('holds for a SUCCEEDED or PARTIALLY_REFUNDED payment with nothing left unproven', () => {
    expect(isPaid(fakePayment('SUCCEEDED'))).toBe(true)
    expect(isPaid({ ...fakePayment('SUCCEEDED'), refundsChecked: true, fraud: 'approved' })).toBe(true)
    expect(isPaid({ ...fakePayment('PARTIALLY_REFUNDED'), items: [item('approved')] })).toBe(true)
    // Marketplace money awaiting the merchant's payout approval is still held by the merchant.
    expect(isPaid({ ...fakePayment('SUCCEEDED'), items: [item('awaiting_approval')] })).toBe(true)
  })

  it('holds for an unsigned answer: some endpoints are never signed', () => {
    expect(isPaid({ ...fakePayment('SUCCEEDED'), signed: false })).toBe(true)
  })

  it.each<[string, Partial<NormalizedPayment>]>([
    ['refunds and cancels were not checked', { refundsChecked: false }],
    ['the payment is in fraud review', { fraud: 'review' }],
    ['fraud rejected the payment', { fraud: 'rejected' }],
    ['an item is in fraud review', { items: [item('approved'), item('under_review')] }],
    ['an item was rejected', { items: [item('rejected'), item('approved')] }],
    ['an action is still required', { nextAction: 'merchant_complete_3ds' }],
    ['a failure is reported', { failure: { category: 'declined', code: '10051' } }],
  ])('is false for a SUCCEEDED payment when %s', (_, doubt) => {
    expect(isPaid({ ...fakePayment('SUCCEEDED'), ...doubt })).toBe(false)
    expect(isPaid({ ...fakePayment('PARTIALLY_REFUNDED'), ...doubt })).toBe(false)
  })

  it.each(PAYMENT_STATUSES.filter((status) => status !== 'SUCCEEDED' && status !== 'PARTIALLY_REFUNDED'))(
    'is false for %s',
    (status) => {
      expect(isPaid({ ...fakePayment(status), refundsChecked: true, fraud: 'approved' })).toBe(false)
    },
  )

  it('is false for a session', () => {
    expect(isPaid(session)).toBe(false)
  })
})

describe('isSettled', () => {
  it('follows the status word when nothing is left in doubt', () => {
    for (const status of PAYMENT_STATUSES) {
      expect(isSettled(fakePayment(status)), status).toBe(statusWordIsSettled(status))
    }
  })

  it('is false while refunds are unchecked on a status a refund or cancel could overturn', () => {
    expect(isSettled({ ...fakePayment('SUCCEEDED'), refundsChecked: false })).toBe(false)
    expect(isSettled({ ...fakePayment('PARTIALLY_REFUNDED'), refundsChecked: false })).toBe(false)
    expect(isSettled({ ...fakePayment('AUTHORIZED'), refundsChecked: false })).toBe(false)
  })

  it('stays true for a final status whatever was left unchecked', () => {
    for (const status of ['REFUNDED', 'CANCELLED', 'FAILED'] as const) {
      expect(isSettled({ ...fakePayment(status), refundsChecked: false, fraud: 'review' }), status).toBe(true)
    }
  })

  it('is false for a session', () => {
    expect(isSettled(session)).toBe(false)
  })
})

describe('isPaid and isSettled refuse what is not a result', () => {
  it('tells code written for a status word how to migrate', () => {
    const call = () => isPaid('SUCCEEDED' as unknown as NormalizedResult)
    expect(call).toThrow(
      expect.objectContaining({
        code: 'validation',
        field: 'result',
        message:
          'isPaid() decides on the whole result, not the status word "SUCCEEDED": pass the result itself (isPaid(result), not isPaid(result.status)). For the status table\'s column alone, use statusWordIsPaid(status).',
      }),
    )
    expect(() => isSettled('FAILED' as unknown as NormalizedResult)).toThrow(
      expect.objectContaining({
        code: 'validation',
        message:
          'isSettled() decides on the whole result, not the status word "FAILED": pass the result itself (isSettled(result), not isSettled(result.status)). For the status table\'s column alone, use statusWordIsSettled(status).',
      }),
    )
  })

  it('carries its reason, and the Turkish for a caller who reads in Turkish', () => {
    expect(() => isPaid('SUCCEEDED' as unknown as NormalizedResult)).toThrow(
      expect.objectContaining({
        reason: 'core.not_a_result',
        messages: expect.objectContaining({
          tr: 'isPaid() sonucun tamamına bakarak karar verir, "SUCCEEDED" durum kelimesi ile değil: sonucun kendisini verin (isPaid(result.status) değil, isPaid(result)). Yalnızca durum tablosundaki sütun için statusWordIsPaid(status) kullanın.',
        }),
      }),
    )
    expect(() => isSettled([] as unknown as NormalizedResult)).toThrow(
      expect.objectContaining({
        messages: expect.objectContaining({
          tr: 'isSettled() sonucun tamamına bakarak karar verir, bir dizi ile değil: sonucun kendisini verin (isSettled(result.status) değil, isSettled(result)). Yalnızca durum tablosundaki sütun için statusWordIsSettled(status) kullanın.',
        }),
      }),
    )
  })

  it.each([
    ['text that is not a status word', 'sk_live_secret', 'a string'],
    ['undefined', undefined, 'a undefined'],
    ['null', null, 'null'],
    ['an object without kind', { status: 'SUCCEEDED' }, 'an object without kind "payment" or "session"'],
  ])('refuses %s without echoing it', (_, value, described) => {
    expect(() => isPaid(value as unknown as NormalizedResult)).toThrow(
      expect.objectContaining({
        code: 'validation',
        message: expect.stringContaining(`decides on the whole result, not ${described}:`),
      }),
    )
  })
})

// Generated results: every field that can leave a payment unproven varies independently.
const itemArb = fc.record({
  id: fc.option(fc.string(), { nil: undefined }),
  status: fc.constantFrom<PaymentItem['status']>(
    'under_review',
    'rejected',
    'awaiting_approval',
    'approved',
    'unknown',
  ),
})
const paymentArb: fc.Arbitrary<NormalizedPayment> = fc
  .record({
    status: fc.constantFrom<PaymentStatus>(...PAYMENT_STATUSES),
    refundsChecked: fc.option(fc.boolean(), { nil: undefined }),
    signed: fc.option(fc.boolean(), { nil: undefined }),
    mdStatus: fc.option(fc.constantFrom('0', '1', '4'), { nil: undefined }),
    fraud: fc.option(fc.constantFrom('approved', 'review', 'rejected' as const), { nil: undefined }),
    items: fc.option(fc.array(itemArb, { maxLength: 4 }), { nil: undefined }),
    nextAction: fc.option(fc.constantFrom('customer_3ds', 'merchant_complete_3ds' as const), {
      nil: undefined,
    }),
    failure: fc.option(fc.constant({ category: 'declined' as const }), { nil: undefined }),
  })
  .map(({ status, ...rest }) => {
    const payment: NormalizedPayment = { ...fakePayment(status) }
    for (const [key, value] of Object.entries(rest))
      if (value !== undefined) Object.assign(payment, { [key]: value })
    return payment
  })
const sessionArb = fc
  .constantFrom<NormalizedSession['status']>('ACTIVE', 'INACTIVE', 'UNKNOWN')
  .map(fakeSession)

/** Written independently of the implementation: the proof the DESIGN.md rule asks for. */
function provenPaid(result: NormalizedResult): boolean {
  if (result.kind !== 'payment') return false
  if (result.status !== 'SUCCEEDED' && result.status !== 'PARTIALLY_REFUNDED') return false
  if (result.refundsChecked === false) return false
  if (result.fraud === 'review' || result.fraud === 'rejected') return false
  if (result.nextAction !== undefined || result.failure !== undefined) return false
  return !(result.items ?? []).some(({ status }) => status === 'under_review' || status === 'rejected')
}

describe('isPaid over generated results', () => {
  it('is false for every result not proven paid, and true for every one that is', () => {
    fc.assert(
      fc.property(fc.oneof(paymentArb, sessionArb), (result) => {
        expect(isPaid(result)).toBe(provenPaid(result))
      }),
      { numRuns: 2000 },
    )
  })

  it('is false for every SUCCEEDED whose refunds were not checked, whatever else it says', () => {
    fc.assert(
      fc.property(paymentArb, (payment) => {
        const unchecked = { ...payment, status: 'SUCCEEDED' as const, refundsChecked: false }
        expect(isPaid(unchecked)).toBe(false)
        expect(isSettled(unchecked)).toBe(false)
      }),
    )
  })

  it('never calls a payment paid that is not settled', () => {
    fc.assert(
      fc.property(paymentArb, (payment) => {
        if (isPaid(payment)) expect(isSettled(payment)).toBe(true)
      }),
    )
  })
})
