import { statusWordIsPaid } from '@durum/status-normalizer'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  awaiting3d,
  cancelFailed,
  cancelled,
  failed,
  pending,
  refunded,
  refundFailed,
  succeeded,
} from './__test__/esnekpos-test-kit'
import {
  type EsnekposAttemptRow,
  type EsnekposStatusRow,
  mapEsnekposOrderStatus,
  mapEsnekposPaymentRequestStatus,
} from './map-esnekpos-payment-status'

const tx = (
  status: { statusText: string; statusId: number },
  reference: string,
  amount?: string,
): EsnekposStatusRow => ({
  ...status,
  reference,
  ...(amount === undefined ? {} : { amount }),
})

describe('mapEsnekposOrderStatus (ProcessQuery TRANSACTIONS)', () => {
  it('no transactions → UNKNOWN: nothing shows a payment either way', () => {
    expect(mapEsnekposOrderStatus([])).toMatchObject({
      status: 'UNKNOWN',
      rawStatus: 'TRANSACTIONS: []',
      explanation:
        'EsnekPOS lists no transaction for this order, so nothing shows whether it was paid; check the payment in the EsnekPOS panel before shipping.',
    })
  })

  it('Ödeme - Bekliyor (1) → PENDING', () => {
    expect(mapEsnekposOrderStatus([tx(pending, '1')])).toMatchObject({
      status: 'PENDING',
      decidingRow: 0,
      explanation:
        'Transaction 1 reads "Ödeme - Bekliyor (STATUS_ID 1)": the payment has not been decided yet.',
    })
  })

  it('Ödeme - 3D Doğrulama Bekleniyor (2) → REQUIRES_ACTION with customer_3ds', () => {
    const result = mapEsnekposOrderStatus([tx(pending, '1'), tx(awaiting3d, '2')])
    expect(result).toMatchObject({
      status: 'REQUIRES_ACTION',
      nextAction: 'customer_3ds',
      decidingRow: 1,
      rawStatus: 'Ödeme - 3D Doğrulama Bekleniyor (STATUS_ID 2)',
      explanation:
        'Transaction 2 reads "Ödeme - 3D Doğrulama Bekleniyor (STATUS_ID 2)": the customer has to finish 3D Secure verification with the bank.',
    })
  })

  it('Ödeme - Başarılı (3) → SUCCEEDED, the successful row is the paid row', () => {
    const result = mapEsnekposOrderStatus([
      tx(pending, '1'),
      tx(awaiting3d, '2'),
      tx(succeeded, '3', '100.50'),
    ])
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      paidRow: 2,
      decidingRow: 2,
      explanation:
        'Transaction 3 reads "Ödeme - Başarılı (STATUS_ID 3)": the payment was charged and approved.',
    })
    expect(result.rows.map((row) => row.status)).toEqual(['PENDING', 'REQUIRES_ACTION', 'SUCCEEDED'])
  })

  it('Ödeme - Başarısız (4) → FAILED with the failure kept', () => {
    const result = mapEsnekposOrderStatus([tx(pending, '1'), tx(failed, '2')])
    expect(result).toMatchObject({
      status: 'FAILED',
      failure: { code: '4', message: 'Ödeme - Başarısız', category: 'other' },
      explanation:
        'Transaction 2 reads "Ödeme - Başarısız (STATUS_ID 4)": the payment failed and nothing was charged.',
    })
  })

  it('a failure followed by a new 3D step → REQUIRES_ACTION (the last payment row stands)', () => {
    expect(mapEsnekposOrderStatus([tx(failed, '1'), tx(awaiting3d, '2')])).toMatchObject({
      status: 'REQUIRES_ACTION',
      decidingRow: 1,
      explanation:
        'Transaction 2 reads "Ödeme - 3D Doğrulama Bekleniyor (STATUS_ID 2)": the customer has to finish 3D Secure verification with the bank.',
    })
  })

  it('İptal - Başarılı (5) → CANCELLED, the paid row still known', () => {
    const result = mapEsnekposOrderStatus([tx(succeeded, '1', '10.56'), tx(cancelled, '2', '10.56')])
    expect(result).toMatchObject({
      status: 'CANCELLED',
      decidingRow: 1,
      paidRow: 0,
      explanation:
        'Transaction 2 reads "İptal - Başarılı (STATUS_ID 5)": the payment was cancelled, nothing stays charged.',
    })
  })

  it('İptal - Başarısız (6) after a success → still SUCCEEDED', () => {
    expect(mapEsnekposOrderStatus([tx(succeeded, '1'), tx(cancelFailed, '2')])).toMatchObject({
      status: 'SUCCEEDED',
      paidRow: 0,
      explanation:
        'Transaction 1 reads "Ödeme - Başarılı (STATUS_ID 3)": the payment was charged and approved.',
    })
  })

  it('İade - Başarılı (7) for the whole amount → REFUNDED', () => {
    const result = mapEsnekposOrderStatus([tx(succeeded, '1', '1250.00'), tx(refunded, '2', '1250.00')])
    expect(result).toMatchObject({
      status: 'REFUNDED',
      refundedAmount: '1250.00',
      paidRow: 0,
      decidingRow: 1,
      explanation:
        'Transaction 2 reads "İade - Başarılı (STATUS_ID 7)": refunds of 1250.00 cover the 1250.00 paid.',
    })
  })

  it('İade - Başarılı (7) for less than paid → PARTIALLY_REFUNDED, negative refund amounts read as refunds', () => {
    const result = mapEsnekposOrderStatus([tx(succeeded, '1', '1250.00'), tx(refunded, '2', '-151.25')])
    expect(result).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedAmount: '151.25',
      explanation:
        'Transaction 2 reads "İade - Başarılı (STATUS_ID 7)": 151.25 of the 1250.00 paid was refunded, the rest stays charged.',
    })
  })

  it('refunds covering what was paid less the commission passed on → REFUNDED, never partial', () => {
    const rows = [tx(succeeded, '1', '151.25'), tx(refunded, '2', '149.00')]
    expect(mapEsnekposOrderStatus(rows, { commission: '2.25' })).toMatchObject({
      status: 'REFUNDED',
      refundedAmount: '149.00',
      explanation:
        'Transaction 2 reads "İade - Başarılı (STATUS_ID 7)": refunds of 149.00 cover the 151.25 paid less EsnekPOS\'s 2.25 commission.',
    })
    expect(mapEsnekposOrderStatus(rows).status).toBe('PARTIALLY_REFUNDED')
    const less = [tx(succeeded, '1', '151.25'), tx(refunded, '2', '100.00')]
    expect(mapEsnekposOrderStatus(less, { commission: '2.25' }).status).toBe('PARTIALLY_REFUNDED')
  })

  it('several partial refunds adding up to the paid amount → REFUNDED', () => {
    const rows = [tx(succeeded, '1', '1250.00'), tx(refunded, '2', '1000.00'), tx(refunded, '3', '250.00')]
    expect(mapEsnekposOrderStatus(rows)).toMatchObject({
      status: 'REFUNDED',
      refundedAmount: '1250.00',
      decidingRow: 2,
      explanation:
        'Transaction 3 reads "İade - Başarılı (STATUS_ID 7)": refunds of 1250.00 cover the 1250.00 paid.',
    })
  })

  it('the order amount stands in when the payment row has no amount', () => {
    const rows = [tx(succeeded, '1'), tx(refunded, '2', '151.25')]
    expect(mapEsnekposOrderStatus(rows, { orderAmount: '1250.00' })).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      refundedAmount: '151.25',
      explanation:
        'Transaction 2 reads "İade - Başarılı (STATUS_ID 7)": 151.25 of the 1250.00 paid was refunded, the rest stays charged.',
    })
  })

  it('a partial-looking refund with no payment row listed → REFUNDED, never reported as paid', () => {
    const result = mapEsnekposOrderStatus([tx(refunded, '2', '151.25')], { orderAmount: '1250.00' })
    expect(result).toMatchObject({
      status: 'REFUNDED',
      explanation:
        'Transaction 2 reads "İade - Başarılı (STATUS_ID 7)": the payment was refunded (no successful payment is listed beside it, so it is not reported as partial).',
    })
    expect(result.paidRow).toBeUndefined()
  })

  it('a refund without amounts to compare → REFUNDED, never assumed partial (which would read as paid)', () => {
    const result = mapEsnekposOrderStatus([tx(succeeded, '1'), tx(refunded, '2')])
    expect(result).toMatchObject({
      status: 'REFUNDED',
      explanation:
        'Transaction 2 reads "İade - Başarılı (STATUS_ID 7)": the payment was refunded (without amounts to compare, it is not reported as partial).',
    })
    expect(result.refundedAmount).toBeUndefined()
  })

  it('İade - Başarısız (8) after a success → still SUCCEEDED', () => {
    expect(mapEsnekposOrderStatus([tx(succeeded, '1'), tx(refundFailed, '2')])).toMatchObject({
      status: 'SUCCEEDED',
      decidingRow: 0,
      explanation:
        'Transaction 1 reads "Ödeme - Başarılı (STATUS_ID 3)": the payment was charged and approved.',
    })
  })

  it('a failed refund (8) after a refund (7) leaves the refund standing', () => {
    const rows = [tx(succeeded, '1', '10.56'), tx(refunded, '2', '10.56'), tx(refundFailed, '3', '10.56')]
    expect(mapEsnekposOrderStatus(rows)).toMatchObject({
      status: 'REFUNDED',
      decidingRow: 1,
      explanation:
        'Transaction 2 reads "İade - Başarılı (STATUS_ID 7)": refunds of 10.56 cover the 10.56 paid.',
    })
  })

  it('a failed cancel or refund with no payment row at all → UNKNOWN', () => {
    expect(mapEsnekposOrderStatus([tx(cancelFailed, '2')])).toMatchObject({
      status: 'UNKNOWN',
      explanation:
        'Transaction 2 reads "İptal - Başarısız (STATUS_ID 6)", but no successful payment is listed to cancel or refund; check the payment in the EsnekPOS panel.',
    })
    expect(mapEsnekposOrderStatus([tx(refundFailed, '2')])).toMatchObject({
      status: 'UNKNOWN',
      explanation:
        'Transaction 2 reads "İade - Başarısız (STATUS_ID 8)", but no successful payment is listed to cancel or refund; check the payment in the EsnekPOS panel.',
    })
  })

  it('a failed refund beside a still pending payment → PENDING', () => {
    expect(mapEsnekposOrderStatus([tx(pending, '1'), tx(refundFailed, '2')])).toMatchObject({
      status: 'PENDING',
      decidingRow: 0,
      explanation:
        'Transaction 1 reads "Ödeme - Bekliyor (STATUS_ID 1)": the payment has not been decided yet.',
    })
  })

  it('an unknown text anywhere → UNKNOWN, even beside a success', () => {
    const rows = [tx(succeeded, '1'), { statusText: 'Ters İbraz', reference: '2' }]
    expect(mapEsnekposOrderStatus(rows)).toMatchObject({
      status: 'UNKNOWN',
      rawStatus: 'Ters İbraz',
      decidingRow: 1,
      explanation:
        'Transaction 2 reads "Ters İbraz", which this version of durum does not recognise; check the payment in the EsnekPOS panel before shipping.',
    })
  })

  it('a STATUS_ID contradicting its text → UNKNOWN, naming the conflict', () => {
    const result = mapEsnekposOrderStatus([{ statusText: 'Ödeme - Başarısız', statusId: 3, reference: '1' }])
    expect(result).toMatchObject({
      status: 'UNKNOWN',
      explanation:
        'Transaction 1 reads "Ödeme - Başarısız (STATUS_ID 3)", whose STATUS_ID and text disagree; check the payment in the EsnekPOS panel before shipping.',
    })
  })

  it('a status text or reference with line breaks or bidi controls is echoed escaped', () => {
    const result = mapEsnekposOrderStatus([{ statusText: 'Ödeme\r\nPAID', reference: '7\u202E1' }])
    expect(result).toMatchObject({
      status: 'UNKNOWN',
      rawStatus: 'Ödeme\\u{000D}\\u{000A}PAID',
      explanation:
        'Transaction 7\\u{202E}1 reads "Ödeme\\u{000D}\\u{000A}PAID", which this version of durum does not recognise; check the payment in the EsnekPOS panel before shipping.',
    })
  })

  it('the ASCII-folded "Odeme Basarili" with STATUS_ID 3 → SUCCEEDED', () => {
    expect(mapEsnekposOrderStatus([{ statusText: 'Odeme Basarili', statusId: 3 }])).toMatchObject({
      status: 'SUCCEEDED',
      explanation: 'Transaction reads "Odeme Basarili (STATUS_ID 3)": the payment was charged and approved.',
    })
  })
})

const attempt = (
  status: { statusText: string },
  reference: string,
  orderReference?: string,
  amount?: string,
): EsnekposAttemptRow => ({
  statusText: status.statusText,
  reference,
  ...(orderReference === undefined ? {} : { orderReference }),
  ...(amount === undefined ? {} : { amount }),
})

describe('mapEsnekposPaymentRequestStatus (SendPaymentRequestQuery PAYMENTS)', () => {
  it('no attempts → PENDING', () => {
    expect(mapEsnekposPaymentRequestStatus([])).toMatchObject({
      status: 'PENDING',
      rawStatus: 'PAYMENTS: []',
      explanation: 'Nobody has tried to pay this payment request yet.',
    })
  })

  it('the documented example: a failed then a successful attempt → SUCCEEDED, driven by the success', () => {
    const result = mapEsnekposPaymentRequestStatus([
      attempt(failed, '203761', '37b86fc4-adf6-49db-815e-a80cff9d3dc8', '10.56'),
      attempt(succeeded, '203762', '1ff755d2-8b74-4317-a721-295947d0fb5b', '10.56'),
    ])
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      rawStatus: 'Ödeme - Başarılı',
      paidRow: 1,
      decidingRow: 1,
      explanation: 'Attempt 203762 reads "Ödeme - Başarılı": the payment was charged and approved.',
    })
    expect(result.rows.map((row) => row.status)).toEqual(['FAILED', 'SUCCEEDED'])
    expect(result.rows[0]?.failure).toEqual({ message: 'Ödeme - Başarısız', category: 'other' })
    expect(result.failure).toBeUndefined()
  })

  it('a success followed by a failed attempt → still SUCCEEDED', () => {
    const result = mapEsnekposPaymentRequestStatus([attempt(succeeded, '1', 'a'), attempt(failed, '2', 'b')])
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      paidRow: 0,
      explanation: 'Attempt 1 reads "Ödeme - Başarılı": the payment was charged and approved.',
    })
  })

  it('only failed attempts → PENDING, the last failure kept', () => {
    const result = mapEsnekposPaymentRequestStatus([attempt(failed, '1', 'a'), attempt(failed, '2', 'b')])
    expect(result).toMatchObject({
      status: 'PENDING',
      decidingRow: 1,
      rawStatus: 'Ödeme - Başarısız',
      failure: { message: 'Ödeme - Başarısız', category: 'other' },
      explanation:
        'The latest attempt 2 reads "Ödeme - Başarısız"; no attempt has succeeded, so the payment request can still be paid.',
    })
  })

  it('Ödeme - Bekliyor → PENDING', () => {
    expect(mapEsnekposPaymentRequestStatus([attempt(pending, '1', 'a')])).toMatchObject({
      status: 'PENDING',
      explanation: 'Attempt 1 reads "Ödeme - Bekliyor": the payment has not been decided yet.',
    })
  })

  it('Ödeme - 3D Doğrulama Bekleniyor after a failure → REQUIRES_ACTION', () => {
    const result = mapEsnekposPaymentRequestStatus([attempt(failed, '1', 'a'), attempt(awaiting3d, '2', 'b')])
    expect(result).toMatchObject({
      status: 'REQUIRES_ACTION',
      nextAction: 'customer_3ds',
      decidingRow: 1,
      explanation:
        'Attempt 2 reads "Ödeme - 3D Doğrulama Bekleniyor": the customer has to finish 3D Secure verification with the bank.',
    })
  })

  it('İptal - Başarılı → CANCELLED', () => {
    expect(mapEsnekposPaymentRequestStatus([attempt(cancelled, '1', 'a')])).toMatchObject({
      status: 'CANCELLED',
      explanation: 'Attempt 1 reads "İptal - Başarılı": the payment was cancelled, nothing stays charged.',
    })
  })

  it('İade - Başarılı on its own → REFUNDED (nothing to compare, so never partial)', () => {
    expect(mapEsnekposPaymentRequestStatus([attempt(refunded, '1', 'a', '10.56')])).toMatchObject({
      status: 'REFUNDED',
      explanation:
        'Attempt 1 reads "İade - Başarılı": the payment was refunded (no successful payment is listed beside it, so it is not reported as partial).',
    })
  })

  it('rows of one order reference are one history: a partial refund row beside its payment', () => {
    const result = mapEsnekposPaymentRequestStatus([
      attempt(succeeded, '1', 'order-1', '1250.00'),
      attempt(refunded, '2', 'order-1', '-151.25'),
    ])
    expect(result).toMatchObject({
      status: 'PARTIALLY_REFUNDED',
      paidRow: 0,
      decidingRow: 1,
      refundedAmount: '151.25',
      explanation:
        'Attempt 2 reads "İade - Başarılı": 151.25 of the 1250.00 paid was refunded, the rest stays charged.',
    })
  })

  it('a refunded attempt does not undo another attempt that was paid', () => {
    const result = mapEsnekposPaymentRequestStatus([
      attempt(refunded, '1', 'order-1', '10.56'),
      attempt(succeeded, '2', 'order-2', '10.56'),
    ])
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      paidRow: 1,
      explanation: 'Attempt 2 reads "Ödeme - Başarılı": the payment was charged and approved.',
    })
  })

  it('an unknown attempt without any paid attempt → UNKNOWN (it might be a payment)', () => {
    const result = mapEsnekposPaymentRequestStatus([
      attempt(failed, '1', 'a'),
      attempt({ statusText: 'Ödeme - Başarılı değil' }, '2', 'b'),
    ])
    expect(result).toMatchObject({
      status: 'UNKNOWN',
      rawStatus: 'Ödeme - Başarılı değil',
      decidingRow: 1,
      explanation:
        'Attempt 2 reads "Ödeme - Başarılı değil", which this version of durum does not recognise; check the payment in the EsnekPOS panel before shipping.',
    })
  })

  it('an unknown attempt beside a proven payment → SUCCEEDED', () => {
    const result = mapEsnekposPaymentRequestStatus([
      attempt({ statusText: 'Yeni Durum' }, '1', 'a'),
      attempt(succeeded, '2', 'b'),
    ])
    expect(result.status).toBe('SUCCEEDED')
    expect(result.rows[0]?.status).toBe('UNKNOWN')
  })

  it('attempts without an order reference are each their own order', () => {
    const result = mapEsnekposPaymentRequestStatus([attempt(succeeded, '1'), attempt(cancelled, '2')])
    expect(result).toMatchObject({ status: 'SUCCEEDED', paidRow: 0 })
  })
})

describe('rule zero, for any rows', () => {
  const knownText = fc.constantFrom(
    ...[pending, awaiting3d, succeeded, failed, cancelled, cancelFailed, refunded, refundFailed].map(
      (s) => s.statusText,
    ),
    'Odeme Basarili',
  )
  const row = fc.record(
    {
      statusText: fc.oneof(
        knownText,
        fc.string(),
        knownText.map((text) => `${text} değil`),
      ),
      statusId: fc.integer({ min: 0, max: 10 }),
      amount: fc.constantFrom('10.56', '1250.00', '-151.25', '0.00'),
      orderReference: fc.constantFrom('a', 'b', 'c'),
    },
    { requiredKeys: ['statusText'] },
  )
  const provesPayment = (r: EsnekposStatusRow) =>
    r.statusId === 3 ||
    (r.statusId === undefined && ['Ödeme - Başarılı', 'Odeme Basarili'].includes(r.statusText))

  it('reports a paid status only when some row proves a successful payment', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 6 }),
        fc.option(fc.constantFrom('10.56', '1250.00')),
        (rows, orderAmount) => {
          const order = mapEsnekposOrderStatus(rows, orderAmount === null ? {} : { orderAmount })
          for (const result of [order, mapEsnekposPaymentRequestStatus(rows)]) {
            if (statusWordIsPaid(result.status)) {
              expect(rows.some(provesPayment)).toBe(true)
              expect(result.paidRow).toBeDefined()
              expect(provesPayment(rows[result.paidRow!]!)).toBe(true)
            }
            expect(result.rows).toHaveLength(rows.length)
            if (result.decidingRow !== undefined) expect(result.decidingRow).toBeLessThan(rows.length)
          }
        },
      ),
    )
  })

  it('an unrecognised row makes an order UNKNOWN wherever it sits', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 5 }), fc.nat(), (rows, at) => {
        const withUnknown = [...rows]
        withUnknown.splice(at % (rows.length + 1), 0, { statusText: 'Ödeme - Başarılı değil' })
        expect(mapEsnekposOrderStatus(withUnknown).status).toBe('UNKNOWN')
      }),
    )
  })
})
