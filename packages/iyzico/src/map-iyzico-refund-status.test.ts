import { describe, expect, it } from 'vitest'
import { readFixture } from './__test__/test-fixtures'
import { type IyzicoReportingPayment, IyzicoReportingPaymentDetailsSchema } from './iyzico-schemas'
import { type IyzicoStatusMapping, mapIyzicoPaymentStatus } from './map-iyzico-payment-status'
import {
  applyIyzicoRefunds,
  iyzicoRefundedTotal,
  matchIyzicoReportingPayment,
} from './map-iyzico-refund-status'

const [cancelled] = readFixture(
  IyzicoReportingPaymentDetailsSchema,
  'reporting-payment-details.totally-refunded-by-cancel.sandbox.json',
).body.payments as [IyzicoReportingPayment]

const CAPTURED =
  'iyzico captured the payment and its fraud check approved it (paymentStatus SUCCESS, fraudStatus 1, phase AUTH).'
const PRE_AUTHORISED =
  'iyzico pre-authorised the payment and its fraud check approved it (fraudStatus 1, phase PRE_AUTH), but it is not captured: capture it (post-auth) before shipping.'

const succeeded: IyzicoStatusMapping = mapIyzicoPaymentStatus({
  status: 'success',
  paymentStatus: 'SUCCESS',
  fraudStatus: 1,
  phase: 'AUTH',
})
const authorized: IyzicoStatusMapping = mapIyzicoPaymentStatus({
  status: 'success',
  paymentStatus: 'SUCCESS',
  fraudStatus: 1,
  phase: 'PRE_AUTH',
})

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
      mapping: {
        status: 'CANCELLED',
        rawStatus: 'SUCCESS fraud=1 phase=AUTH refund=TOTALLY_REFUNDED cancelled',
        explanation:
          "iyzico's reporting shows the payment was cancelled on 2026-06-11T23:29:34+03:00 (though /payment/detail still reads SUCCESS): it is void, do not ship.",
      },
      refundsChecked: true,
      refundedAmount: '10.01',
    })
  })

  it('a cancel time reporting writes in no known shape is quoted as written', () => {
    const payment = { ...cancelled, cancels: [{ ...cancelled.cancels?.[0], createdDate: '11/06/2026' }] }
    const outcome = applyIyzicoRefunds(succeeded, {
      kind: 'found',
      payment: payment as IyzicoReportingPayment,
    })
    expect(outcome.mapping.explanation).toBe(
      "iyzico's reporting shows the payment was cancelled on 11/06/2026 (though /payment/detail still reads SUCCESS): it is void, do not ship.",
    )
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
    [
      'TOTALLY_REFUNDED',
      'REFUNDED',
      "iyzico's reporting shows the payment fully refunded (TOTALLY_REFUNDED), though /payment/detail still reads SUCCESS: do not ship.",
    ],
    [
      'PARTIALLY_REFUNDED',
      'PARTIALLY_REFUNDED',
      "iyzico captured the payment and its reporting shows part of it refunded (PARTIALLY_REFUNDED): the rest is still the merchant's.",
    ],
    ['NOT_REFUNDED', 'SUCCEEDED', `${CAPTURED} iyzico's reporting shows no refund or cancel: safe to ship.`],
    [
      'SOMETHING_NEW',
      'UNKNOWN',
      `iyzico's reporting gives paymentRefundStatus "SOMETHING_NEW", which this version does not know, so the payment may have been refunded: do not ship until iyzico's panel confirms it.`,
    ],
  ])('paymentRefundStatus %s → %s', (paymentRefundStatus, status, explanation) => {
    const payment = { ...cancelled, cancels: [], paymentRefundStatus }
    const outcome = applyIyzicoRefunds(succeeded, { kind: 'found', payment })
    expect(outcome.mapping.status).toBe(status)
    expect(outcome.mapping.explanation).toBe(explanation)
    expect(outcome.refundsChecked).toBe(true)
    expect(outcome.mapping.rawStatus).toBe(`SUCCESS fraud=1 phase=AUTH refund=${paymentRefundStatus}`)
  })

  it('reads "TOTALLY_REFUNDED " with the trailing space iyzico’s own pages print', () => {
    const payment = { ...cancelled, cancels: [], paymentRefundStatus: 'TOTALLY_REFUNDED ' }
    expect(applyIyzicoRefunds(succeeded, { kind: 'found', payment }).mapping.status).toBe('REFUNDED')
  })

  it('a pre-authorisation reporting shows unrefunded stays AUTHORIZED and still says to capture, never "safe to ship"', () => {
    const payment = { ...cancelled, cancels: [], paymentRefundStatus: 'NOT_REFUNDED' }
    const outcome = applyIyzicoRefunds(authorized, { kind: 'found', payment })
    expect(outcome.mapping.status).toBe('AUTHORIZED')
    expect(outcome.mapping.explanation).toBe(
      `${PRE_AUTHORISED} iyzico's reporting shows no refund or cancel so far.`,
    )
    expect(outcome.mapping.explanation).not.toContain('safe to ship')
  })

  it('an AUTHORIZED pre-authorisation that was cancelled → CANCELLED', () => {
    const outcome = applyIyzicoRefunds(authorized, { kind: 'found', payment: cancelled })
    expect(outcome.mapping.status).toBe('CANCELLED')
  })

  // Reporting's numeric paymentStatus must agree with the SUCCESS the payment's answer gave.
  it.each([
    [0, 'FAILURE'],
    [3, 'CALLBACK_THREEDS'],
    [8, 'INIT_BANK_TRANSFER'],
    [7, 'a code its table does not define'],
  ] as const)('reporting listing the payment with paymentStatus %i (%s) → UNKNOWN', (code, name) => {
    const payment = { ...cancelled, cancels: [], paymentRefundStatus: 'NOT_REFUNDED', paymentStatus: code }
    const outcome = applyIyzicoRefunds(succeeded, { kind: 'found', payment })
    expect(outcome.mapping).toMatchObject({
      status: 'UNKNOWN',
      rawStatus: `SUCCESS fraud=1 phase=AUTH refund=NOT_REFUNDED reporting=${code}`,
      explanation: `iyzico's reporting lists this payment with paymentStatus ${code} (${name}) while the payment's own answer reads SUCCESS: the two disagree, so the payment is not proven; do not ship until iyzico's panel confirms it.`,
    })
    expect(outcome.refundsChecked).toBe(true)
  })

  it('without a refund status or a cancel, refunds stay unchecked', () => {
    const outcome = applyIyzicoRefunds(succeeded, {
      kind: 'found',
      payment: { ...cancelled, cancels: [], paymentRefundStatus: null },
    })
    expect(outcome).toMatchObject({
      mapping: {
        status: 'SUCCEEDED',
        explanation: `${CAPTURED} Refunds and cancels were not checked: iyzico's reporting answer has no paymentRefundStatus.`,
      },
      refundsChecked: false,
    })
  })

  it.each([
    [
      { kind: 'skipped', why: { reason: 'iyzico.refunds_skipped' } } as const,
      "refunds: 'skip' is set; leave it out to look them up in iyzico's reporting.",
    ],
    [
      {
        kind: 'not_listed',
        why: { reason: 'iyzico.reporting_empty', params: { by: 'paymentId', id: '7' } },
      } as const,
      "iyzico's reporting, asked by paymentId 7, lists no payment (payments: []); it may not have caught up yet, so ask again later.",
    ],
  ])('%j → refundsChecked false, saying why', (lookup, why) => {
    const outcome = applyIyzicoRefunds(succeeded, lookup)
    expect(outcome.refundsChecked).toBe(false)
    expect(outcome.mapping.status).toBe('SUCCEEDED')
    expect(outcome.mapping.reason).toBe('iyzico.captured')
    expect(outcome.mapping.explanation).toBe(`${CAPTURED} Refunds and cancels were not checked: ${why}`)
  })

  it('writes the note in the locale asked, after the rule in that locale', () => {
    const turkish = mapIyzicoPaymentStatus(
      { status: 'success', paymentStatus: 'SUCCESS', fraudStatus: 1, phase: 'AUTH' },
      'tr',
    )
    const outcome = applyIyzicoRefunds(
      turkish,
      { kind: 'skipped', why: { reason: 'iyzico.refunds_skipped' } },
      'tr',
    )
    expect(outcome.mapping.explanation).toBe(
      "Ödeme alındı: iyzico tutarı tahsil etti ve sahtecilik kontrolü onayladı (paymentStatus SUCCESS, fraudStatus 1, phase AUTH). İade ve iptaller kontrol edilmedi: refunds: 'skip' ayarlı; iyzico raporlamasından bakılması için bu ayarı kaldırın.",
    )
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
      why: {
        reason: 'iyzico.reporting_lacks_payment',
        params: { by: 'paymentId', id: '35790626', listed: 1 },
      },
    })
  })

  it('an empty payments[] is not a clean bill: the payment is not listed', () => {
    const lookup = matchIyzicoReportingPayment([], { paymentId: '35790626' })
    expect(lookup).toEqual({
      kind: 'not_listed',
      why: { reason: 'iyzico.reporting_empty', params: { by: 'paymentId', id: '35790626' } },
    })
  })

  it('escapes a paymentId from iyzico’s answer that would forge a log line', () => {
    const lookup = matchIyzicoReportingPayment([], { paymentId: '1\r\nINFO paid' })
    expect(lookup).toEqual({
      kind: 'not_listed',
      why: {
        reason: 'iyzico.reporting_empty',
        params: { by: 'paymentId', id: '1\\u{000D}\\u{000A}INFO paid' },
      },
    })
  })

  it('the same paymentId listed twice is ambiguous', () => {
    const lookup = matchIyzicoReportingPayment([cancelled, { ...cancelled, cancels: [] }], {
      paymentId: '35790626',
    })
    expect(lookup).toEqual({
      kind: 'not_listed',
      why: { reason: 'iyzico.reporting_duplicate', params: { id: '35790626', listed: 2 } },
    })
  })

  it('asked by paymentConversationId, takes a single attempt under it and refuses to pick among several', () => {
    expect(matchIyzicoReportingPayment([cancelled], { paymentConversationId: '20260611C995' })).toEqual({
      kind: 'found',
      payment: cancelled,
    })
    expect(
      matchIyzicoReportingPayment([cancelled, other], { paymentConversationId: '20260611C995' }),
    ).toEqual({
      kind: 'not_listed',
      why: { reason: 'iyzico.reporting_ambiguous', params: { id: '20260611C995', listed: 2 } },
    })
    expect(matchIyzicoReportingPayment([cancelled], { paymentConversationId: 'order-42' })).toEqual({
      kind: 'not_listed',
      why: {
        reason: 'iyzico.reporting_lacks_payment',
        params: { by: 'paymentConversationId', id: 'order-42', listed: 1 },
      },
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
