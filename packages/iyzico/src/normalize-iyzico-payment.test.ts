import { NormalizedPaymentSchema } from '@durum/status-normalizer'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { fixtureText, readFixture } from './__test__/test-fixtures'
import {
  IyzicoCheckoutFormResultSchema,
  IyzicoPaymentDetailSchema,
  type IyzicoReportingPayment,
  IyzicoReportingPaymentDetailsSchema,
} from './iyzico-schemas'
import { mapIyzicoItemStatus } from './map-iyzico-payment-status'
import { matchIyzicoReportingPayment } from './map-iyzico-refund-status'
import { normalizeIyzicoPayment } from './normalize-iyzico-payment'

const skipped = { kind: 'skipped', why: { reason: 'iyzico.refunds_skipped' } } as const

function detail(
  nameOrText: string,
  refunds: Parameters<typeof normalizeIyzicoPayment>[0]['refunds'] = skipped,
) {
  const payment = normalizeIyzicoPayment({
    source: 'iyzico.payment-detail',
    ...readFixture(IyzicoPaymentDetailSchema, nameOrText),
    refunds,
  })
  expect(v.safeParse(NormalizedPaymentSchema, payment).issues).toBeUndefined()
  return payment
}

const reporting = (text: string): IyzicoReportingPayment => {
  const [payment] = readFixture(IyzicoReportingPaymentDetailsSchema, text).body.payments
  if (payment === undefined) throw new Error('no payment in the reporting fixture')
  return payment
}

const totallyRefundedByCancel = fixtureText(
  'reporting-payment-details.totally-refunded-by-cancel.sandbox.json',
)
/** The same real reporting body, with the cancel turned into item refunds (no real partial-refund body exists). */
function refundedReporting(refundStatus: string, refundPrice: string): string {
  const refund = `[{"refundTxId": 5661500, "paymentTransactionId": 37705909, "refundPrice": ${refundPrice}, "refundStatus": 1, "createdDate": "2026-06-12T09:00:00Z", "currencyCode": "TRY"}]`
  return totallyRefundedByCancel
    .replace('"TOTALLY_REFUNDED"', `"${refundStatus}"`)
    .replace(/"cancels": \[[\s\S]*?\],\n/, '"cancels": [],\n')
    .replace('"refunds": []', `"refunds": ${refund}`)
}

describe('normalizeIyzicoPayment on payment-detail bodies', () => {
  it('reads the documented SUCCESS body exactly (8-decimal amounts, 0E-8)', () => {
    const payment = detail('payment-detail.success.fraud-1.docs-2023.json')
    expect(payment).toMatchObject({
      kind: 'payment',
      provider: 'iyzico',
      source: 'iyzico.payment-detail',
      status: 'SUCCEEDED',
      rawStatus: 'SUCCESS fraud=1 phase=AUTH',
      fraud: 'approved',
      amount: { amount: '1.00', currency: 'TRY' },
      paidAmount: { amount: '1.00', currency: 'TRY' },
      installment: 1,
      card: {
        bin: '552608',
        last4: '0006',
        association: 'MASTER_CARD',
        family: 'Axess',
        type: 'CREDIT_CARD',
      },
      ids: {
        paymentId: '20885695',
        conversationId: '123456789',
        basketId: 'f3edeaa6-766c-4139-a66b-69ed08517258',
        authCode: '514687',
        hostReference: 'mock00007iyzihostrfn',
        transactionIds: ['22599895'],
      },
      checkedAt: '2023-10-23T11:06:56.625+03:00',
      refundsChecked: false,
    })
    expect(payment.items).toEqual([
      {
        id: '7ab0ee59-18b4-4e30-9ca8-04197bb34127',
        transactionId: '22599895',
        rawStatus: 'transactionStatus=2',
        status: 'approved',
        price: { amount: '1.00', currency: 'TRY' },
        paidPrice: { amount: '1.00', currency: 'TRY' },
        payout: { amount: '0.71', currency: 'TRY' },
      },
    ])
  })

  it.each([
    ['payment-detail.success.fraud-1.docs-2017.json', 'SUCCEEDED', '1.50'],
    ['payment-detail.success.fraud-1.signature.sandbox.json', 'SUCCEEDED', '10.01'],
    ['payment-detail.success.after-cancel.sandbox.json', 'SUCCEEDED', '10.01'],
    // Other endpoints' bodies: the same Payment resource; without paymentStatus nothing proves it.
    ['payment-create.success.fraud-0.docs-2018.json', 'UNKNOWN', '110.50'],
    ['payment-preauth.success.phase-PRE_AUTH.sandbox.json', 'UNKNOWN', '10.01'],
    ['payment-postauth.success.phase-POST_AUTH.sandbox.json', 'UNKNOWN', '10.209999999999999'],
    ['threeds-auth.success.mdStatus-1.docs-2018.json', 'UNKNOWN', '1.00'],
    ['pay-with-iyzico-retrieve.success.signature.json', 'SUCCEEDED', '10.00'],
    // Cancel and refund answers share the envelope but say nothing of the payment's state.
    ['cancel.success.sandbox.json', 'UNKNOWN', undefined],
    ['refund-v2.success.sandbox.json', 'UNKNOWN', undefined],
  ] as const)('%s → %s, paid %s exactly', (name, status, paid) => {
    const payment = detail(name)
    expect(payment.status).toBe(status)
    expect(payment.paidAmount?.amount).toBe(paid)
  })

  it('exposes mdStatus as iyzico gave it, and only where it gave one', () => {
    expect(detail('threeds-auth.success.mdStatus-1.docs-2018.json').mdStatus).toBe('1')
    expect(detail('payment-detail.success.fraud-1.docs-2023.json')).not.toHaveProperty('mdStatus')
  })

  it('says whether the answer was signed, as the client found it, and leaves it out where not given', () => {
    const answer = readFixture(IyzicoPaymentDetailSchema, 'payment-detail.success.fraud-1.docs-2023.json')
    const payment = (signed?: boolean) =>
      normalizeIyzicoPayment({
        source: 'iyzico.payment-detail',
        ...answer,
        refunds: skipped,
        ...(signed === undefined ? {} : { signed }),
      })
    expect(payment(true).signed).toBe(true)
    expect(payment(false).signed).toBe(false)
    expect(payment()).not.toHaveProperty('signed')
  })

  it('keeps a float-unsafe amount exact (10.209999999999999 is not rounded)', () => {
    const payment = detail('payment-postauth.success.phase-POST_AUTH.sandbox.json')
    expect(payment.paidAmount).toEqual({ amount: '10.209999999999999', currency: 'TRY' })
  })

  it('tells how to include refunds when they were not checked, keeping the rule’s reason', () => {
    const payment = detail('payment-detail.success.after-cancel.sandbox.json', {
      kind: 'skipped',
      why: { reason: 'iyzico.reporting_unaskable' },
    })
    expect(payment).toMatchObject({
      status: 'SUCCEEDED',
      refundsChecked: false,
      reason: 'iyzico.captured',
      explanation:
        "iyzico captured the payment and its fraud check approved it (paymentStatus SUCCESS, fraudStatus 1, phase AUTH). Refunds and cancels were not checked: iyzico's answer has no paymentId and the query gave no paymentConversationId, so reporting could not be asked about this payment.",
    })
  })
})

describe('normalizeIyzicoPayment with reporting (refunds and cancels)', () => {
  const afterCancel = 'payment-detail.success.after-cancel.sandbox.json'

  it('a cancelled payment that /payment/detail still calls SUCCESS → CANCELLED', () => {
    const payment = detail(afterCancel, { kind: 'found', payment: reporting(totallyRefundedByCancel) })
    expect(payment.status).toBe('CANCELLED')
    expect(payment.refundsChecked).toBe(true)
    expect(payment.refundedAmount).toEqual({ amount: '10.01', currency: 'TRY' })
    expect(payment.rawStatus).toBe('SUCCESS fraud=1 phase=AUTH refund=TOTALLY_REFUNDED cancelled')
    expect(payment.explanation).toBe(
      "iyzico's reporting shows the payment was cancelled on 2026-06-11T23:29:34+03:00 (though /payment/detail still reads SUCCESS): it is void, do not ship.",
    )
  })

  it('dates a cancelled payment by reporting’s createdDate, read as Istanbul time, before the check', () => {
    const payment = detail(afterCancel, { kind: 'found', payment: reporting(totallyRefundedByCancel) })
    // Reporting writes "2026-06-11T23:29:31Z": Istanbul wall time, labelled as UTC.
    expect(payment.occurredAt).toBe('2026-06-11T23:29:31+03:00')
    expect(payment.checkedAt).toBe('2026-06-11T23:29:35.226+03:00')
    expect(Date.parse(payment.occurredAt as string)).toBeLessThan(Date.parse(payment.checkedAt))
  })

  it('writes the cancel’s Istanbul time in Turkish too', () => {
    const payment = normalizeIyzicoPayment({
      source: 'iyzico.payment-detail',
      ...readFixture(IyzicoPaymentDetailSchema, afterCancel),
      refunds: { kind: 'found', payment: reporting(totallyRefundedByCancel) },
      locale: 'tr',
    })
    expect(payment.explanation).toBe(
      'İptal edildi: iyzico raporlaması ödemenin 2026-06-11T23:29:34+03:00 tarihinde iptal edildiğini gösteriyor (/payment/detail hâlâ SUCCESS dese de): ödeme geçersiz, ürünü göndermeyin.',
    )
  })

  it('gives no occurredAt when reporting’s createdDate is no time', () => {
    const text = totallyRefundedByCancel.replace('"2026-06-11T23:29:31Z"', '"31.02.2026 10:00:00"')
    const payment = detail(afterCancel, { kind: 'found', payment: reporting(text) })
    expect(payment.status).toBe('CANCELLED')
    expect(payment.occurredAt).toBeUndefined()
  })

  it('TOTALLY_REFUNDED → REFUNDED', () => {
    const payment = detail(afterCancel, {
      kind: 'found',
      payment: reporting(refundedReporting('TOTALLY_REFUNDED', '9.71')),
    })
    expect(payment.status).toBe('REFUNDED')
    expect(payment.refundedAmount).toEqual({ amount: '9.71', currency: 'TRY' })
  })

  it('PARTIALLY_REFUNDED → PARTIALLY_REFUNDED, with the refunded amount on the item', () => {
    const payment = detail(afterCancel, {
      kind: 'found',
      payment: reporting(refundedReporting('PARTIALLY_REFUNDED', '5.00000000')),
    })
    expect(payment.status).toBe('PARTIALLY_REFUNDED')
    expect(payment.refundedAmount).toEqual({ amount: '5.00', currency: 'TRY' })
    const item = payment.items?.find((entry) => entry.transactionId === '37705909')
    expect(item?.refunded).toEqual({ amount: '5.00', currency: 'TRY' })
  })

  it('NOT_REFUNDED keeps SUCCEEDED, now checked', () => {
    const payment = detail(afterCancel, {
      kind: 'found',
      payment: reporting(refundedReporting('NOT_REFUNDED', '0')),
    })
    expect(payment.status).toBe('SUCCEEDED')
    expect(payment.refundsChecked).toBe(true)
  })

  it('an unknown paymentRefundStatus → UNKNOWN, never a guess', () => {
    const payment = detail(afterCancel, {
      kind: 'found',
      payment: reporting(refundedReporting('REFUND_PENDING', '1')),
    })
    expect(payment.status).toBe('UNKNOWN')
  })

  it('reporting without the payment (empty payments[]) leaves refunds unchecked', () => {
    const empty = readFixture(
      IyzicoReportingPaymentDetailsSchema,
      'reporting-payment-details.empty-payments.sandbox.json',
    )
    expect(empty.body.payments).toEqual([])
    const payment = detail(
      afterCancel,
      matchIyzicoReportingPayment(empty.body.payments, { paymentId: '35790626' }),
    )
    expect(payment.status).toBe('SUCCEEDED')
    expect(payment.refundsChecked).toBe(false)
    expect(payment.explanation).toMatch(/asked by paymentId 35790626, lists no payment \(payments: \[\]\)/)
  })

  it('does not apply refunds to a payment that was never taken', () => {
    const failed = fixtureText('payment-detail.success.fraud-1.docs-2023.json').replace(
      '"fraudStatus": 1',
      '"fraudStatus": -1',
    )
    const payment = detail(failed, { kind: 'found', payment: reporting(totallyRefundedByCancel) })
    expect(payment.status).toBe('FAILED')
    expect(payment.refundsChecked).toBeUndefined()
  })
})

describe('normalizeIyzicoPayment on checkout-form bodies', () => {
  it('reads the documented checkout-form result, with the marketplace item awaiting approval', () => {
    const payment = normalizeIyzicoPayment({
      source: 'iyzico.checkout-form',
      ...readFixture(
        IyzicoCheckoutFormResultSchema,
        'checkout-form.success.fraud-1.marketplace-tx-status-1.docs-2018.json',
      ),
      refunds: skipped,
    })
    expect(v.safeParse(NormalizedPaymentSchema, payment).issues).toBeUndefined()
    expect(payment).toMatchObject({
      status: 'SUCCEEDED',
      source: 'iyzico.checkout-form',
      amount: { amount: '0.30', currency: 'TRY' },
      paidAmount: { amount: '1.20', currency: 'TRY' },
      ids: { paymentId: '10805931', token: 'f8aee98c-7dad-430e-a20f-70f327f8e64e', basketId: 'B67832' },
    })
    expect(payment.items?.[0]).toMatchObject({
      status: 'awaiting_approval',
      payout: { amount: '0.4985', currency: 'TRY' },
    })
  })

  it('reads the SDK mock with status failure and a null paymentStatus as UNKNOWN (the client turns it into an error first)', () => {
    const payment = normalizeIyzicoPayment({
      source: 'iyzico.checkout-form',
      ...readFixture(
        IyzicoCheckoutFormResultSchema,
        'checkout-form.sdk-mock.status-failure-with-payment-fields.json',
      ),
      refunds: skipped,
    })
    expect(payment.status).toBe('UNKNOWN')
  })
})

describe('the daily transactions report (GET /v2/reporting/payment/transactions)', () => {
  const RowSchema = v.object({
    transactionType: v.picklist(['PAYMENT', 'CANCEL', 'REFUND']),
    paymentId: v.unknown(),
    transactionStatus: v.optional(v.unknown()),
  })

  it('shows why refunds come from reporting: only PAYMENT rows carry a transactionStatus', () => {
    const { body } = readFixture(
      v.object({ status: v.literal('success'), transactions: v.array(RowSchema) }),
      'reporting-transactions.payment-cancel-refund-rows.sandbox.json',
    )
    const payments = body.transactions.filter((row) => row.transactionType === 'PAYMENT')
    const reversals = body.transactions.filter((row) => row.transactionType !== 'PAYMENT')
    expect(payments).toHaveLength(20)
    expect(reversals).toHaveLength(21)
    for (const row of payments) {
      expect(mapIyzicoItemStatus(Number(String(row.transactionStatus)))).not.toBe('unknown')
    }
    expect(reversals.every((row) => row.transactionStatus === undefined)).toBe(true)
  })
})
