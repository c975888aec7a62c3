import { describe, expect, it } from 'vitest'
import { type IyzicoReportingPayment, IyzicoReportingPaymentDetailsSchema } from './iyzico-schemas'
import type { IyzicoStatusMapping } from './map-iyzico-payment-status'
import {
  applyIyzicoRefunds,
  iyzicoRefundedTotal,
  matchIyzicoReportingPayment,
} from './map-iyzico-refund-status'
import { readFixture } from './test-fixtures'

const [cancelled] = readFixture(
  IyzicoReportingPaymentDetailsSchema,
  'reporting-payment-details.totally-refunded-by-cancel.sandbox.json',
).body.payments as [IyzicoReportingPayment]

const succeeded: IyzicoStatusMapping = {
  status: 'SUCCEEDED',
  rawStatus: 'SUCCESS fraud=1 phase=AUTH',
  explanation: 'Captured.',
  fraud: 'approved',
}

const refunds = (amounts: string[], refundStatus = 1) => [
  {
    paymentTransactionId: '37705909',
    refunds: amounts.map((refundPrice) => ({ refundPrice, refundStatus })),
  },
]

describe('applyIyzicoRefunds', () => {
  it('a successful cancel wins over the refund status', () => {
    const outcome = applyIyzicoRefunds(succeeded, { kind: 'found', payment: cancelled })
    expect(outcome).toMatchObject({
      mapping: { status: 'CANCELLED' },
      refundsChecked: true,
      refundedAmount: '10.01',
    })
  })

  it('a cancel that did not go through is not a cancel', () => {
    const payment = {
      ...cancelled,
      paymentRefundStatus: 'NOT_REFUNDED',
      cancels: [{ ...cancelled.cancels?.[0], refundStatus: 0 }],
    }
    const outcome = applyIyzicoRefunds(succeeded, {
      kind: 'found',
      payment: payment as IyzicoReportingPayment,
    })
    expect(outcome.mapping.status).toBe('SUCCEEDED')
    expect(outcome.refundedAmount).toBeUndefined()
  })

  it.each([
    ['TOTALLY_REFUNDED', 'REFUNDED'],
    ['PARTIALLY_REFUNDED', 'PARTIALLY_REFUNDED'],
    ['NOT_REFUNDED', 'SUCCEEDED'],
    ['SOMETHING_NEW', 'UNKNOWN'],
  ])('paymentRefundStatus %s → %s', (paymentRefundStatus, status) => {
    const payment = { ...cancelled, cancels: [], paymentRefundStatus }
    const outcome = applyIyzicoRefunds(succeeded, { kind: 'found', payment })
    expect(outcome.mapping.status).toBe(status)
    expect(outcome.refundsChecked).toBe(true)
    expect(outcome.mapping.rawStatus).toContain(`refund=${paymentRefundStatus}`)
  })

  it('an AUTHORIZED pre-authorisation that was cancelled → CANCELLED', () => {
    const outcome = applyIyzicoRefunds(
      { ...succeeded, status: 'AUTHORIZED' },
      { kind: 'found', payment: cancelled },
    )
    expect(outcome.mapping.status).toBe('CANCELLED')
  })

  it('without a refund status or a cancel, refunds stay unchecked', () => {
    const outcome = applyIyzicoRefunds(succeeded, {
      kind: 'found',
      payment: { ...cancelled, cancels: [], paymentRefundStatus: null },
    })
    expect(outcome).toMatchObject({ mapping: { status: 'SUCCEEDED' }, refundsChecked: false })
  })

  it.each([
    [{ kind: 'skipped', reason: "refunds: 'skip' is set." } as const, /not checked: refunds: 'skip' is set/],
    [{ kind: 'not_listed', reason: 'reporting lists no payment.' } as const, /not checked: reporting lists/],
  ])('%j → refundsChecked false, saying why', (lookup, why) => {
    const outcome = applyIyzicoRefunds(succeeded, lookup)
    expect(outcome.refundsChecked).toBe(false)
    expect(outcome.mapping.status).toBe('SUCCEEDED')
    expect(outcome.mapping.explanation).toMatch(why)
  })

  it.each(['FAILED', 'UNDER_REVIEW', 'PENDING', 'REQUIRES_ACTION', 'UNKNOWN'] as const)(
    'leaves a %s payment alone, without refundsChecked',
    (status) => {
      const outcome = applyIyzicoRefunds({ ...succeeded, status }, { kind: 'found', payment: cancelled })
      expect(outcome).toEqual({ mapping: { ...succeeded, status } })
    },
  )
})

describe('matchIyzicoReportingPayment', () => {
  const other = { ...cancelled, paymentId: '35790999', paymentConversationId: '20260611C995' }

  it('asked by paymentId, takes the entry with that id, wherever it is listed', () => {
    expect(matchIyzicoReportingPayment([other, cancelled], { paymentId: '35790626' })).toEqual({
      kind: 'found',
      payment: cancelled,
    })
  })

  it('asked by paymentId, never takes another payment’s entry', () => {
    const lookup = matchIyzicoReportingPayment([other], { paymentId: '35790626' })
    expect(lookup).toEqual({
      kind: 'not_listed',
      reason:
        "iyzico's reporting, asked by paymentId 35790626, lists 1 payment but not this one; ask again later.",
    })
  })

  it('an empty payments[] is not a clean bill: the payment is not listed', () => {
    const lookup = matchIyzicoReportingPayment([], { paymentId: '35790626' })
    expect(lookup).toMatchObject({ kind: 'not_listed', reason: expect.stringMatching(/payments: \[\]/) })
  })

  it('the same paymentId listed twice is ambiguous', () => {
    const lookup = matchIyzicoReportingPayment([cancelled, { ...cancelled, cancels: [] }], {
      paymentId: '35790626',
    })
    expect(lookup).toMatchObject({ kind: 'not_listed', reason: expect.stringMatching(/2 times/) })
  })

  it('asked by paymentConversationId, takes a single attempt under it and refuses to pick among several', () => {
    expect(matchIyzicoReportingPayment([cancelled], { paymentConversationId: '20260611C995' })).toEqual({
      kind: 'found',
      payment: cancelled,
    })
    expect(
      matchIyzicoReportingPayment([cancelled, other], { paymentConversationId: '20260611C995' }),
    ).toMatchObject({ kind: 'not_listed', reason: expect.stringMatching(/2 payments under it/) })
    expect(matchIyzicoReportingPayment([cancelled], { paymentConversationId: 'order-42' })).toMatchObject({
      kind: 'not_listed',
      reason: expect.stringMatching(/lists 1 payment but not this one/),
    })
  })
})

describe('iyzicoRefundedTotal', () => {
  it('adds successful cancels and item refunds exactly', () => {
    expect(
      iyzicoRefundedTotal({ ...cancelled, cancels: [], itemTransactions: refunds(['0.10', '0.20']) }),
    ).toBe('0.30')
    expect(iyzicoRefundedTotal({ ...cancelled, itemTransactions: refunds(['5.00']) })).toBe('15.01')
  })

  it('leaves out refunds that did not go through, and gives nothing when there is nothing', () => {
    expect(
      iyzicoRefundedTotal({ ...cancelled, cancels: [], itemTransactions: refunds(['5.00'], 0) }),
    ).toBeUndefined()
  })
})
