import type { DurumErrorCode } from '@durum/core'
import type { PaymentStatus } from '@durum/status-normalizer'
import type { PaytrStatusQuery } from '../paytr-queries'

/**
 * A seeded answer of the simulator: the query that reaches it, what durum must make of it, and the
 * body PayTR would send. No live PayTR answer has been recorded in public: every body is built from
 * PayTR's documentation (its field tables' example values, the `returns` item its marketplace sample
 * prints, its error table), in its formats: amounts as `"10,8"` and `"9.76"`, times as
 * `"2021-01-01 23:59:59"` (`src/__fixtures__/SOURCES.md`).
 */
export interface PaytrScenario {
  name: string
  /** One line for people: what the payment went through. */
  title: string
  query: PaytrStatusQuery
  expect: { status: PaymentStatus }
  body: Record<string, unknown>
}

/** A seeded query PayTR refuses, and the error durum must raise. */
export interface PaytrErrorScenario {
  name: string
  title: string
  query: PaytrStatusQuery
  expect: { error: DurumErrorCode }
  body: Record<string, unknown>
}

/** The success answer assembled from the example values of PayTR's durum-sorgu field table. */
export const paytrPaidBody: Readonly<Record<string, unknown>> = {
  status: 'success',
  payment_amount: '10,8',
  payment_total: '10,8',
  payment_date: '2021-01-01 23:59:59',
  currency: 'TL',
  taksit: '0',
  kart_marka: 'WORD',
  masked_pan: '455359AAA6747',
  odeme_tipi: 'KART',
  test_mode: '0',
  net_tutar: '9.76',
  kesinti_tutari: '0.24',
  returns: [],
}

/** One `returns` item as PayTR's marketplace sample prints it; `date_completed` empty while in progress. */
function refund(
  amount: string,
  completed: boolean,
  requested = '2021-03-25 23:45:22',
): Record<string, unknown> {
  return {
    return_amount: amount,
    return_date: requested,
    return_type: '',
    date_completed: completed ? '2021-03-25 23:46:02' : '',
    return_auth_code: '',
    return_ref_num: '',
    reference_no: '111111111111111',
    return_source: '',
  }
}

/** PayTR's 004 texts (dev.paytr.com/hata-kodlari): both variants share the number. */
export const PAYTR_NO_SUCCESSFUL_PAYMENT = 'merchant_oid ile basarili odeme bulunamadi'
export const PAYTR_NO_TRANSACTION = 'merchant_oid ile islem bulunamadi'

const noPayment = (message: string) => ({ status: 'error', err_no: '004', err_msg: message })

function scenario(
  name: string,
  title: string,
  query: PaytrStatusQuery,
  status: PaymentStatus,
  body: Record<string, unknown>,
): PaytrScenario {
  return { name, title, query, expect: { status }, body }
}

/** One scenario per row of the PayTR mapping (README, "What each answer means"). */
export const paytrScenarios: readonly PaytrScenario[] = [
  scenario(
    'paid',
    'Order paid 10,8 TL by card, no refund (PayTR documentation example values)',
    { merchantOid: 'PAYTR0001PAID' },
    'SUCCEEDED',
    { ...paytrPaidBody },
  ),
  scenario(
    'paid-instalments',
    'Order of 100 TL paid in 3 instalments: the customer paid 108,15 with the surcharge',
    { merchantOid: 'PAYTR0002TAKSIT' },
    'SUCCEEDED',
    {
      ...paytrPaidBody,
      payment_amount: '100',
      payment_total: '108,15',
      taksit: '3',
      kart_marka: 'BONUS',
      net_tutar: '104.37',
      kesinti_tutari: '3.78',
    },
  ),
  scenario(
    'paid-test-mode',
    'A test transaction (test_mode 1) paid 49,90 TL',
    { merchantOid: 'PAYTR0003TEST' },
    'SUCCEEDED',
    {
      ...paytrPaidBody,
      payment_amount: '49,90',
      payment_total: '49,90',
      test_mode: '1',
      net_tutar: '48.78',
      kesinti_tutari: '1.12',
    },
  ),
  scenario(
    'partially-refunded',
    'Order paid 10,8 TL, then 1 TL refunded (the returns item of PayTR’s sample)',
    { merchantOid: 'PAYTR0004PARTIAL' },
    'PARTIALLY_REFUNDED',
    { ...paytrPaidBody, returns: [refund('1', true)] },
  ),
  scenario(
    'refunded',
    'Order paid 10,8 TL, refunded in two completed parts: 5,8 and 5',
    { merchantOid: 'PAYTR0005REFUNDED' },
    'REFUNDED',
    { ...paytrPaidBody, returns: [refund('5.8', true), refund('5', true, '2021-03-26 10:00:00')] },
  ),
  scenario(
    'refunded-order-amount',
    'Order of 100 TL paid 108,15 in instalments; 100 TL refunded: the order is refunded, the surcharge is not',
    { merchantOid: 'PAYTR0006ORDERREFUND' },
    'REFUNDED',
    {
      ...paytrPaidBody,
      payment_amount: '100',
      payment_total: '108,15',
      taksit: '3',
      returns: [refund('100', true)],
    },
  ),
  scenario(
    'refund-not-completed',
    'Order paid 10,8 TL; a refund of 10,8 was accepted but has no date_completed yet',
    { merchantOid: 'PAYTR0007REFUNDPENDING' },
    'UNKNOWN',
    { ...paytrPaidBody, returns: [refund('10.8', false)] },
  ),
  scenario(
    'no-successful-payment',
    'No successful payment for the order (004): paying, declined or abandoned, the query cannot tell',
    { merchantOid: 'PAYTR0008NOPAYMENT' },
    'PENDING',
    noPayment(PAYTR_NO_SUCCESSFUL_PAYMENT),
  ),
  scenario(
    'no-transaction',
    'No transaction at all for the order (004, the other text)',
    { merchantOid: 'PAYTR0009NOTRANSACTION' },
    'PENDING',
    noPayment(PAYTR_NO_TRANSACTION),
  ),
  scenario(
    'no-payment-window-open',
    'No successful payment yet (004) while the payment window given with the query is still open',
    { merchantOid: 'PAYTR0010WINDOWOPEN', payableUntil: '2099-12-31T23:59:59+03:00' },
    'PENDING',
    noPayment(PAYTR_NO_SUCCESSFUL_PAYMENT),
  ),
  scenario(
    'no-payment-after-deadline',
    'Still no successful payment (004) after the payment window given with the query closed',
    { merchantOid: 'PAYTR0011WINDOWCLOSED', payableUntil: '2021-01-01T00:30:00+03:00' },
    'UNKNOWN',
    noPayment(PAYTR_NO_SUCCESSFUL_PAYMENT),
  ),
  scenario(
    'undocumented-status',
    'PayTR answers status "failed", which its table header names but its values never show',
    { merchantOid: 'PAYTR0012FAILEDWORD' },
    'UNKNOWN',
    { status: 'failed' },
  ),
]

/** Queries PayTR refuses by a seeded answer; a wrong token (003) and an unknown store (001) need no seed. */
export const paytrErrorScenarios: readonly PaytrErrorScenario[] = [
  {
    name: 'undocumented-error-number',
    title: 'PayTR answers status "error" with an err_no its status-query table does not list',
    query: { merchantOid: 'PAYTR0099ERROR' },
    expect: { error: 'provider' },
    body: { status: 'error', err_no: '099', err_msg: 'Beklenmeyen bir hata olustu' },
  },
]
