import { statusWordIsPaid } from '@durum/status-normalizer'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { awaiting3d, failed, pending, refunded, succeeded } from './__test__/esnekpos-test-kit'
import {
  carriesEsnekposOrder,
  type EsnekposOrderAnswer,
  esnekposBankFailure,
  mapEsnekposOrderAnswer,
} from './map-esnekpos-order-answer'
import type { EsnekposStatusRow } from './map-esnekpos-payment-status'

const row = (status: { statusText: string; statusId?: number }, reference: string, amount?: string) => ({
  ...status,
  reference,
  ...(amount === undefined ? {} : { amount }),
})

/** The recorded paid answer (PRB6AB115E04889), as the mapping sees it. */
const recordedPaid: EsnekposOrderAnswer = {
  returnCode: '0',
  returnMessage: 'SUCCESS',
  status: 'SUCCESS',
  orderReference: 'PRB6AB115E04889',
  successTransactionId: '783900',
  orderAmount: '151.25',
  commission: '2.25',
  rows: [row(succeeded, '783900', '151.25')],
}

/** The recorded declined answer (PRB473855AF38A4): RETURN_CODE 100 with the bank's reason. */
const recordedDeclined: EsnekposOrderAnswer = {
  returnCode: '100',
  returnMessage: '51-Limit Yetersiz',
  status: 'ERROR',
  orderReference: 'PRB473855AF38A4',
  orderAmount: '151.25',
  commission: '2.25',
  rows: [
    row(pending, '783901', '151.25'),
    row(awaiting3d, '783902', '151.25'),
    row(failed, '783903', '151.25'),
  ],
}

describe('carriesEsnekposOrder', () => {
  it.each([
    [{ ORDER_REF_NO: 'PRB1', TRANSACTIONS: null }, true],
    [{ ORDER_REF_NUMBER: 'PRB1' }, true],
    [{ ORDER_REF_NO: null, TRANSACTIONS: [{ TRANSACTION_ID: 1 }] }, true],
    [{ ORDER_REF_NO: null, SUCCESS_TRANSACTION_ID: 0, TRANSACTIONS: null }, false],
    [{ ORDER_REF_NO: '', TRANSACTIONS: [] }, false],
    [{ RETURN_CODE: '102' }, false],
    [null, false],
    ['ORDER_REF_NO', false],
  ])('%j → %s', (body, expected) => {
    expect(carriesEsnekposOrder(body)).toBe(expected)
  })
})

describe('esnekposBankFailure', () => {
  it('the recorded "51-Limit Yetersiz" → code 51, insufficient funds, the message kept whole', () => {
    expect(esnekposBankFailure('100', '51-Limit Yetersiz')).toEqual({
      code: '51',
      message: '51-Limit Yetersiz',
      category: 'insufficient_funds',
    })
  })

  it('another bank code → declined; no bank code → EsnekPOS’s code, category other', () => {
    expect(esnekposBankFailure('100', '05-Red-Onaylanmadı')).toEqual({
      code: '05',
      message: '05-Red-Onaylanmadı',
      category: 'declined',
    })
    expect(esnekposBankFailure('100', 'Banka yanıt vermedi')).toEqual({
      code: '100',
      message: 'Banka yanıt vermedi',
      category: 'other',
    })
    expect(esnekposBankFailure('100', undefined)).toEqual({ code: '100', category: 'other' })
  })
})

describe('mapEsnekposOrderAnswer (ProcessQuery: envelope and rows)', () => {
  it('the recorded paid answer → SUCCEEDED', () => {
    expect(mapEsnekposOrderAnswer(recordedPaid)).toMatchObject({
      status: 'SUCCEEDED',
      rawStatus: 'Ödeme - Başarılı (STATUS_ID 3)',
      paidRow: 0,
      explanation:
        'Transaction 783900 reads "Ödeme - Başarılı (STATUS_ID 3)": the payment was charged and approved.',
    })
  })

  it('the recorded decline (RETURN_CODE 100 with the order) → FAILED with the bank’s reason, not a query error', () => {
    const result = mapEsnekposOrderAnswer(recordedDeclined)
    expect(result).toMatchObject({
      status: 'FAILED',
      rawStatus: 'Ödeme - Başarısız (STATUS_ID 4)',
      decidingRow: 2,
      failure: { code: '51', message: '51-Limit Yetersiz', category: 'insufficient_funds' },
      explanation:
        'Transaction 783903 reads "Ödeme - Başarısız (STATUS_ID 4)": the payment failed and nothing was charged. EsnekPOS answered RETURN_CODE 100 ERROR: "51-Limit Yetersiz".',
    })
    expect(result.rows.map((verdict) => verdict.status)).toEqual(['PENDING', 'REQUIRES_ACTION', 'FAILED'])
  })

  it('the recorded 400 without the order → UNKNOWN: maybe a payment page never paid, never FAILED', () => {
    const result = mapEsnekposOrderAnswer({
      returnCode: '400',
      returnMessage: 'Referans numarası bulunamadı (Not.ProcessQuery)',
      status: 'PROCESS_QUERY',
      rows: [],
    })
    expect(result).toEqual({
      status: 'UNKNOWN',
      rawStatus: 'PROCESS_QUERY (RETURN_CODE 400)',
      reason: 'esnekpos.order_not_found',
      explanation:
        'EsnekPOS has no record of this order (RETURN_CODE 400 PROCESS_QUERY: "Referans numarası bulunamadı (Not.ProcessQuery)"): its payment page may have been opened with no card entered yet, or the reference or the environment (test or production) is wrong. Nothing shows a payment; ask again later, and do not ship until it reads paid.',
      rows: [],
    })
  })

  it('SUCCESS without the order (the documentation’s template) → UNKNOWN', () => {
    expect(
      mapEsnekposOrderAnswer({ returnCode: '0', returnMessage: 'SUCCESS', status: 'SUCCESS', rows: [] }),
    ).toEqual({
      status: 'UNKNOWN',
      rawStatus: 'SUCCESS (RETURN_CODE 0)',
      reason: 'esnekpos.order_unnamed',
      explanation:
        'EsnekPOS answered RETURN_CODE 0 SUCCESS: "SUCCESS" without naming the order or listing a transaction, so nothing shows whether it was paid; check the payment in the EsnekPOS panel before shipping.',
      rows: [],
    })
  })

  it('PAYMENT_WAITING (106) with a pending row → PENDING (106 here is not BRAND_ERROR)', () => {
    const result = mapEsnekposOrderAnswer({
      returnCode: '106',
      returnMessage: 'Ödeme - Bekliyor',
      status: 'PAYMENT_WAITING',
      rows: [row({ statusText: 'Ödeme - Bekliyor' }, '783335', '1.00')],
    })
    expect(result).toMatchObject({
      status: 'PENDING',
      rawStatus: 'Ödeme - Bekliyor',
      explanation:
        'Transaction 783335 reads "Ödeme - Bekliyor": the payment has not been decided yet. EsnekPOS answered RETURN_CODE 106 PAYMENT_WAITING: "Ödeme - Bekliyor".',
    })
    expect(result.failure).toBeUndefined()
  })

  it('writes the rule and EsnekPOS’s answer after it in Turkish when asked, quoting EsnekPOS as it wrote', () => {
    const result = mapEsnekposOrderAnswer(
      {
        returnCode: '106',
        returnMessage: 'Ödeme - Bekliyor',
        status: 'PAYMENT_WAITING',
        rows: [row({ statusText: 'Ödeme - Bekliyor' }, '783335', '1.00')],
      },
      'tr',
    )
    expect(result).toMatchObject({
      status: 'PENDING',
      reason: 'esnekpos.pending',
      explanation:
        'İşlem 783335 "Ödeme - Bekliyor" durumunda: ödeme henüz sonuçlanmadı. EsnekPOS yanıtı: RETURN_CODE 106 PAYMENT_WAITING: "Ödeme - Bekliyor".',
    })
  })

  it('PAYMENT_WAITING (106) with the order and no row yet → PENDING', () => {
    expect(
      mapEsnekposOrderAnswer({
        returnCode: '106',
        returnMessage: 'Ödeme - Bekliyor',
        status: 'PAYMENT_WAITING',
        orderReference: 'PRB1',
        rows: [],
      }),
    ).toEqual({
      status: 'PENDING',
      rawStatus: 'PAYMENT_WAITING (RETURN_CODE 106)',
      reason: 'esnekpos.order_waiting',
      explanation:
        'EsnekPOS answered RETURN_CODE 106 PAYMENT_WAITING: "Ödeme - Bekliyor" and lists no transaction yet: the customer has not finished paying.',
      rows: [],
    })
  })

  it('PAYMENT_WAITING (106) while the customer is at 3D Secure → REQUIRES_ACTION, as the rows say', () => {
    expect(
      mapEsnekposOrderAnswer({
        returnCode: '106',
        status: 'PAYMENT_WAITING',
        orderReference: 'PRB1',
        rows: [row(pending, '1'), row(awaiting3d, '2')],
      }),
    ).toMatchObject({
      status: 'REQUIRES_ACTION',
      nextAction: 'customer_3ds',
      explanation:
        'Transaction 2 reads "Ödeme - 3D Doğrulama Bekleniyor (STATUS_ID 2)": the customer has to finish 3D Secure verification with the bank. EsnekPOS answered RETURN_CODE 106 PAYMENT_WAITING.',
    })
  })

  it('ORDER_CANCEL (300) with the order → CANCELLED, even beside a payment row', () => {
    const result = mapEsnekposOrderAnswer({
      returnCode: '300',
      returnMessage: 'İptal - Başarılı',
      status: 'ORDER_CANCEL',
      orderReference: 'PRB1',
      successTransactionId: '9',
      rows: [row(succeeded, '9', '350.00')],
    })
    expect(result).toMatchObject({
      status: 'CANCELLED',
      rawStatus: 'ORDER_CANCEL (RETURN_CODE 300)',
      paidRow: 0,
      explanation:
        'EsnekPOS answered RETURN_CODE 300 ORDER_CANCEL: "İptal - Başarılı" for this order: it was cancelled, do not ship.',
    })
    expect(result.rows.map((verdict) => verdict.status)).toEqual(['SUCCEEDED'])
  })

  it('SUCCESS over a row that shows no payment (pending, 3-D Secure, failed) → UNKNOWN: they contradict', () => {
    const pendingUnderSuccess = { ...recordedPaid, rows: [row(pending, '783900', '151.25')] }
    expect(mapEsnekposOrderAnswer(pendingUnderSuccess)).toMatchObject({
      status: 'UNKNOWN',
      rawStatus: 'Ödeme - Bekliyor (STATUS_ID 1)',
      decidingRow: 0,
      explanation:
        'Transaction 783900 reads "Ödeme - Bekliyor (STATUS_ID 1)", but EsnekPOS answered RETURN_CODE 0 SUCCESS: "SUCCESS", which it sends for a paid order; check the payment in the EsnekPOS panel before shipping.',
    })
    const { successTransactionId: _, ...unpaid } = recordedPaid
    for (const status of [awaiting3d, failed])
      expect(mapEsnekposOrderAnswer({ ...unpaid, rows: [row(status, '1')] }).status).toBe('UNKNOWN')
  })

  it('SUCCESS with the order but no transaction → UNKNOWN', () => {
    expect(
      mapEsnekposOrderAnswer({ returnCode: '0', status: 'SUCCESS', orderReference: 'PRB1', rows: [] }),
    ).toMatchObject({
      status: 'UNKNOWN',
      explanation:
        'EsnekPOS lists no transaction for this order, so nothing shows whether it was paid; check the payment in the EsnekPOS panel before shipping.',
    })
  })

  it('an error code with the order and no transaction → UNKNOWN, EsnekPOS’s answer named', () => {
    expect(
      mapEsnekposOrderAnswer({
        returnCode: '99',
        returnMessage: 'Islem bulunamadi',
        status: 'FAILURE',
        orderReference: 'ORDER-999999',
        rows: [],
      }),
    ).toMatchObject({
      status: 'UNKNOWN',
      explanation:
        'EsnekPOS lists no transaction for this order, so nothing shows whether it was paid; check the payment in the EsnekPOS panel before shipping. EsnekPOS answered RETURN_CODE 99 FAILURE: "Islem bulunamadi".',
    })
  })

  describe('a successful row proves a payment only with everything EsnekPOS sends beside it', () => {
    it('RETURN_CODE other than 0 → UNKNOWN', () => {
      const result = mapEsnekposOrderAnswer({
        ...recordedPaid,
        returnCode: '100',
        returnMessage: 'Beklenmeyen bir hata oluştu',
        status: 'ERROR',
      })
      expect(result).toMatchObject({
        status: 'UNKNOWN',
        rawStatus: 'Ödeme - Başarılı (STATUS_ID 3)',
        explanation:
          'Transaction 783900 reads "Ödeme - Başarılı (STATUS_ID 3)", but EsnekPOS answered RETURN_CODE 100 ERROR: "Beklenmeyen bir hata oluştu", not SUCCESS; check the payment in the EsnekPOS panel before shipping.',
      })
      expect(result.paidRow).toBeUndefined()
    })

    it('SUCCESS_TRANSACTION_ID 0 or null → UNKNOWN', () => {
      const { successTransactionId: _, ...withoutId } = recordedPaid
      expect(mapEsnekposOrderAnswer(withoutId)).toMatchObject({
        status: 'UNKNOWN',
        explanation:
          'Transaction 783900 reads "Ödeme - Başarılı (STATUS_ID 3)", but SUCCESS_TRANSACTION_ID names no successful transaction; check the payment in the EsnekPOS panel before shipping.',
      })
    })

    it('SUCCESS_TRANSACTION_ID naming another transaction → UNKNOWN', () => {
      expect(mapEsnekposOrderAnswer({ ...recordedPaid, successTransactionId: '783899' })).toMatchObject({
        status: 'UNKNOWN',
        explanation:
          'Transaction 783900 reads "Ödeme - Başarılı (STATUS_ID 3)", but SUCCESS_TRANSACTION_ID is 783899, another transaction; check the payment in the EsnekPOS panel before shipping.',
      })
    })

    it('no echoed order reference → UNKNOWN', () => {
      const { orderReference: _, ...withoutReference } = recordedPaid
      expect(mapEsnekposOrderAnswer(withoutReference)).toMatchObject({
        status: 'UNKNOWN',
        explanation:
          'Transaction 783900 reads "Ödeme - Başarılı (STATUS_ID 3)", but the answer names no order reference (ORDER_REF_NO), so it cannot be tied to the order asked about; check the payment in the EsnekPOS panel before shipping.',
      })
    })

    it('a partial refund (still paid) under an error code → UNKNOWN', () => {
      expect(
        mapEsnekposOrderAnswer({
          ...recordedPaid,
          returnCode: '100',
          status: 'ERROR',
          returnMessage: undefined,
          rows: [...recordedPaid.rows, row(refunded, '783950', '50.00')],
        }).status,
      ).toBe('UNKNOWN')
    })

    it('a full refund under an error code stays REFUNDED: it claims no money', () => {
      expect(
        mapEsnekposOrderAnswer({
          ...recordedPaid,
          returnCode: '100',
          status: 'ERROR',
          rows: [...recordedPaid.rows, row(refunded, '783950', '151.25')],
        }).status,
      ).toBe('REFUNDED')
    })
  })

  it('rule zero: paid only with RETURN_CODE 0, the successful row named by SUCCESS_TRANSACTION_ID, and the order echoed', () => {
    const status = fc.constantFrom(pending, awaiting3d, succeeded, failed, refunded, {
      statusText: 'İptal - Başarılı',
      statusId: 5,
    })
    const rows = fc.array(
      fc.record({
        status,
        reference: fc.constantFrom('1', '2', '3'),
        amount: fc.constantFrom('10.00', '5.00'),
      }),
      { maxLength: 5 },
    )
    fc.assert(
      fc.property(
        rows,
        fc.constantFrom('0', '100', '106', '300', '400'),
        fc.option(fc.constantFrom('1', '2', '3')),
        fc.option(fc.constant('PRB1')),
        (generated, returnCode, successTransactionId, orderReference) => {
          const answerRows: EsnekposStatusRow[] = generated.map((r) => row(r.status, r.reference, r.amount))
          const result = mapEsnekposOrderAnswer({
            returnCode,
            rows: answerRows,
            ...(successTransactionId === null ? {} : { successTransactionId }),
            ...(orderReference === null ? {} : { orderReference }),
          })
          if (!statusWordIsPaid(result.status)) return
          expect(returnCode).toBe('0')
          expect(orderReference).toBe('PRB1')
          const paid = answerRows[result.paidRow as number]
          expect(paid?.statusId).toBe(3)
          expect(paid?.reference).toBe(successTransactionId)
        },
      ),
    )
  })
})
