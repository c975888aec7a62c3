import type { DurumErrorCode } from '@durum/core'
import type { PaymentStatus } from '@durum/status-normalizer'
import type { EsnekposStatusQuery } from '../esnekpos-queries'

/**
 * A seeded answer of the simulator: the query that reaches it, what durum must make of it, and the
 * body EsnekPOS would send. Bodies use EsnekPOS's formats (`"1.250,00"`, `"-151,25"`,
 * `"7.10.2026 08:50:48"`, `COMMISSION` as a JSON number). The payment-request example is EsnekPOS's
 * documentation's, three ProcessQuery bodies are recordings from its test environment, served as
 * recorded; the others are built on the recorded shape (`src/__fixtures__/SOURCES.md` says which
 * parts are assumed).
 */
export interface EsnekposScenario {
  name: string
  /** One line for people: what the payment went through. */
  title: string
  query: EsnekposStatusQuery
  expect: { status: PaymentStatus }
  body: Record<string, unknown>
}

/** A seeded query EsnekPOS refuses, and the error durum must raise. */
export interface EsnekposErrorScenario {
  name: string
  title: string
  query: EsnekposStatusQuery
  expect: { error: DurumErrorCode }
  /** The answer, or absent when the simulator's own checks produce it. */
  body?: Record<string, unknown>
}

const ok = { RETURN_CODE: '0', RETURN_MESSAGE: 'SUCCESS', STATUS: 'SUCCESS' }

interface AttemptFields {
  refNo: string
  status: string
  paymentDate: string
  amount: string
  orderRefNo: string
  successTransactionId?: number | null
  date?: string
}

function attempt(fields: AttemptFields): Record<string, unknown> {
  return {
    REFNO: fields.refNo,
    PAYMENT_STATUS: fields.status,
    DATE: fields.date ?? fields.paymentDate,
    PAYMENT_DATE: fields.paymentDate,
    AMOUNT: fields.amount,
    ORDER_REF_NO: fields.orderRefNo,
    INSTALLMENT: '1',
    COMMISSION: 0.16,
    COMMISSION_RATE: '1,490',
    SUCCESS_TRANSACTION_ID: fields.successTransactionId ?? null,
  }
}

function paymentRequest(
  name: string,
  title: string,
  sendPaymentRequestId: string,
  status: PaymentStatus,
  payments: Record<string, unknown>[],
): EsnekposScenario {
  return {
    name,
    title,
    query: { sendPaymentRequestId },
    expect: { status },
    body: { PAYMENTS: payments, ...ok },
  }
}

interface TransactionFields {
  id: number
  statusId: number
  statusName: string
  amount: string
  /** Only settled rows carry a date and the transfer fields; pending and failed rows do not (recorded). */
  date?: string
}

/** A ProcessQuery envelope: what EsnekPOS says of the query, and of the payment when it is not paid. */
interface Envelope {
  STATUS: string
  RETURN_CODE: string
  RETURN_MESSAGE: string
}

const SUCCESS: Envelope = { STATUS: 'SUCCESS', RETURN_CODE: '0', RETURN_MESSAGE: 'SUCCESS' }
const WAITING: Envelope = {
  STATUS: 'PAYMENT_WAITING',
  RETURN_CODE: '106',
  RETURN_MESSAGE: 'Ödeme - Bekliyor',
}

function row(transaction: TransactionFields): Record<string, unknown> {
  const fields = {
    TRANSACTION_ID: transaction.id,
    STATUS_NAME: transaction.statusName,
    STATUS_ID: transaction.statusId,
    AMOUNT: transaction.amount,
  }
  if (transaction.date === undefined) return fields
  return {
    ...fields,
    DATE: transaction.date,
    PLANNED_TRANSFER_DATE: null,
    MERCHANT_AMOUNT_TRANSFER_DETAIL: null,
    SUB_MERCHANT_DETAILS: null,
  }
}

/** A ProcessQuery answer in the recorded shape and key order. */
function order(
  name: string,
  title: string,
  orderReference: string,
  status: PaymentStatus,
  envelope: Envelope,
  fields: {
    refNo: string
    amount: string
    date: string
    paymentDate?: string | null
    commission?: number
    successTransactionId?: number
  },
  transactions: TransactionFields[],
): EsnekposScenario {
  return {
    name,
    title,
    query: { orderReference },
    expect: { status },
    body: {
      ...envelope,
      DATE: fields.date,
      PAYMENT_DATE: fields.paymentDate === undefined ? fields.date : fields.paymentDate,
      REFNO: fields.refNo,
      AMOUNT: fields.amount,
      ORDER_REF_NO: orderReference,
      INSTALLMENT: '1',
      COMMISSION: fields.commission ?? 2.25,
      COMMISSION_RATE: '1,490',
      SUCCESS_TRANSACTION_ID: fields.successTransactionId ?? 0,
      TRANSACTIONS: transactions.map(row),
    },
  }
}

const pending = { statusId: 1, statusName: 'Ödeme - Bekliyor' }
const awaiting3d = { statusId: 2, statusName: 'Ödeme - 3D Doğrulama Bekleniyor' }
const paid = { statusId: 3, statusName: 'Ödeme - Başarılı' }
const cancelled = { statusId: 5, statusName: 'İptal - Başarılı' }
const cancelFailed = { statusId: 6, statusName: 'İptal - Başarısız' }
const refunded = { statusId: 7, statusName: 'İade - Başarılı' }
const refundFailed = { statusId: 8, statusName: 'İade - Başarısız' }

/** Recorded in EsnekPOS's test environment (src/__fixtures__/SOURCES.md), key for key. */
const recordedPaid: Record<string, unknown> = {
  STATUS: 'SUCCESS',
  RETURN_CODE: '0',
  RETURN_MESSAGE: 'SUCCESS',
  DATE: '7.10.2026 08:50:48',
  PAYMENT_DATE: '7.10.2026 08:50:31',
  REFNO: '403998',
  AMOUNT: '151,25',
  ORDER_REF_NO: 'PRB6AB115E04889',
  INSTALLMENT: '1',
  COMMISSION: 2.25,
  COMMISSION_RATE: '1,490',
  SUCCESS_TRANSACTION_ID: 783900,
  TRANSACTIONS: [
    {
      TRANSACTION_ID: 783900,
      STATUS_NAME: 'Ödeme - Başarılı',
      STATUS_ID: 3,
      AMOUNT: '151,25',
      DATE: '7.10.2026 08:50:37',
      PLANNED_TRANSFER_DATE: null,
      MERCHANT_AMOUNT_TRANSFER_DETAIL: null,
      SUB_MERCHANT_DETAILS: null,
    },
  ],
}

const recordedDeclined: Record<string, unknown> = {
  STATUS: 'ERROR',
  RETURN_CODE: '100',
  RETURN_MESSAGE: '51-Limit Yetersiz',
  DATE: '7.10.2026 08:51:35',
  PAYMENT_DATE: null,
  REFNO: '403999',
  AMOUNT: '151,25',
  ORDER_REF_NO: 'PRB473855AF38A4',
  INSTALLMENT: '1',
  COMMISSION: 2.25,
  COMMISSION_RATE: '1,490',
  SUCCESS_TRANSACTION_ID: 0,
  TRANSACTIONS: [
    { TRANSACTION_ID: 783901, STATUS_NAME: 'Ödeme - Bekliyor', STATUS_ID: 1, AMOUNT: '-151,25' },
    {
      TRANSACTION_ID: 783902,
      STATUS_NAME: 'Ödeme - 3D Doğrulama Bekleniyor',
      STATUS_ID: 2,
      AMOUNT: '-151,25',
    },
    { TRANSACTION_ID: 783903, STATUS_NAME: 'Ödeme - Başarısız', STATUS_ID: 4, AMOUNT: '-151,25' },
  ],
}

/**
 * What ProcessQuery answers for a reference it has no record of (recorded for a hosted payment page
 * opened and never paid). The simulator answers every unknown reference with it.
 */
export const esnekposOrderNotFoundBody: Readonly<Record<string, unknown>> = {
  STATUS: 'PROCESS_QUERY',
  RETURN_CODE: '400',
  RETURN_MESSAGE: 'Referans numarası bulunamadı (Not.ProcessQuery)',
  ORDER_REF_NO: null,
  SUCCESS_TRANSACTION_ID: 0,
  TRANSACTIONS: null,
}

/** One scenario per row of the EsnekPOS mapping in DESIGN.md, for both queries. */
export const esnekposScenarios: readonly EsnekposScenario[] = [
  // The documented SendPaymentRequestQuery example, unchanged.
  paymentRequest(
    'payment-request-paid-after-failure',
    'Payment request 2482: a failed attempt, then a successful one (EsnekPOS documentation example)',
    '2482',
    'SUCCEEDED',
    [
      attempt({
        refNo: '203761',
        status: 'Ödeme - Başarısız',
        date: '17.10.2024 16:20:27',
        paymentDate: '17.10.2024 16:18:11',
        amount: '10,56',
        orderRefNo: '37b86fc4-adf6-49db-815e-a80cff9d3dc8',
      }),
      attempt({
        refNo: '203762',
        status: 'Ödeme - Başarılı',
        date: '17.10.2024 16:20:27',
        paymentDate: '17.10.2024 16:20:06',
        amount: '10,56',
        orderRefNo: '1ff755d2-8b74-4317-a721-295947d0fb5b',
        successTransactionId: 538224,
      }),
    ],
  ),
  paymentRequest(
    'payment-request-paid-thousands',
    'Payment request paid 1.250,00 TL, dated without leading zeros',
    '2483',
    'SUCCEEDED',
    [
      attempt({
        refNo: '203790',
        status: 'Ödeme - Başarılı',
        paymentDate: '7.10.2026 08:50:48',
        amount: '1.250,00',
        orderRefNo: '5f0c1e2a-7d4b-4c1e-9a51-0c4e2b7d9f10',
        successTransactionId: 538301,
      }),
    ],
  ),
  paymentRequest(
    'payment-request-paid-decomposed-text',
    'Payment request whose status text arrives decomposed (NFD) and with extra spaces',
    '2492',
    'SUCCEEDED',
    [
      attempt({
        refNo: '203795',
        status: ' Ödeme  -  Başarılı '.normalize('NFD'),
        paymentDate: '7.1.2026 10:05:00',
        amount: '99,90',
        orderRefNo: '0d7b1f7e-2c3a-4a57-8f35-4f1a0f7c2e11',
        successTransactionId: 538310,
      }),
    ],
  ),
  paymentRequest(
    'payment-request-pending',
    'Payment request with an attempt still pending',
    '2484',
    'PENDING',
    [
      attempt({
        refNo: '203791',
        status: 'Ödeme - Bekliyor',
        paymentDate: '8.10.2026 09:00:00',
        amount: '250,00',
        orderRefNo: '9a1c6b3e-1f2d-4e5a-8b7c-6d5e4f3a2b10',
      }),
    ],
  ),
  paymentRequest(
    'payment-request-awaiting-3d',
    'Payment request whose customer is at the bank’s 3D Secure page',
    '2485',
    'REQUIRES_ACTION',
    [
      attempt({
        refNo: '203792',
        status: 'Ödeme - 3D Doğrulama Bekleniyor',
        paymentDate: '8.10.2026 09:01:10',
        amount: '250,00',
        orderRefNo: '2b7e5c1d-3a4f-4b6e-9c8d-7e6f5a4b3c21',
      }),
    ],
  ),
  paymentRequest(
    'payment-request-only-failed',
    'Payment request with two failed attempts: still payable',
    '2486',
    'PENDING',
    [
      attempt({
        refNo: '203793',
        status: 'Ödeme - Başarısız',
        paymentDate: '9.10.2026 14:00:00',
        amount: '75,00',
        orderRefNo: '3c8f6d2e-4b5a-4c7f-8d9e-8f7a6b5c4d32',
        successTransactionId: 0,
      }),
      attempt({
        refNo: '203794',
        status: 'Ödeme - Başarısız',
        paymentDate: '9.10.2026 14:03:21',
        amount: '75,00',
        orderRefNo: '4d9a7e3f-5c6b-4d8a-9e0f-9a8b7c6d5e43',
        successTransactionId: 0,
      }),
    ],
  ),
  paymentRequest(
    'payment-request-no-attempts',
    'Payment request nobody has tried to pay',
    '2487',
    'PENDING',
    [],
  ),
  paymentRequest(
    'payment-request-cancelled',
    'Payment request whose payment was cancelled',
    '2488',
    'CANCELLED',
    [
      attempt({
        refNo: '203796',
        status: 'İptal - Başarılı',
        paymentDate: '10.10.2026 11:11:11',
        amount: '1.250,00',
        orderRefNo: '5e0b8f4a-6d7c-4e9b-8f1a-0b9c8d7e6f54',
        successTransactionId: 538320,
      }),
    ],
  ),
  paymentRequest(
    'payment-request-refunded',
    'Payment request whose payment was refunded',
    '2489',
    'REFUNDED',
    [
      attempt({
        refNo: '203797',
        status: 'İade - Başarılı',
        paymentDate: '11.10.2026 12:00:00',
        amount: '10,56',
        orderRefNo: '6f1c9a5b-7e8d-4f0c-9a2b-1c0d9e8f7a65',
        successTransactionId: 538330,
      }),
    ],
  ),
  paymentRequest(
    'payment-request-unknown-text',
    'Payment request with a status text this version does not know ("Ödeme - Başarılı değil")',
    '2490',
    'UNKNOWN',
    [
      attempt({
        refNo: '203798',
        status: 'Ödeme - Başarılı değil',
        paymentDate: '12.10.2026 13:00:00',
        amount: '10,56',
        orderRefNo: '7a2d0b6c-8f9e-4a1d-8b3c-2d1e0f9a8b76',
      }),
    ],
  ),
  {
    name: 'order-paid-recorded',
    title: 'Order PRB6AB115E04889 paid 151,25 TL, commission passed on to the buyer (recorded)',
    query: { orderReference: 'PRB6AB115E04889' },
    expect: { status: 'SUCCEEDED' },
    body: recordedPaid,
  },
  {
    name: 'order-declined-recorded',
    title: 'Order PRB473855AF38A4 declined by the bank: RETURN_CODE 100 "51-Limit Yetersiz" (recorded)',
    query: { orderReference: 'PRB473855AF38A4' },
    expect: { status: 'FAILED' },
    body: recordedDeclined,
  },
  {
    name: 'order-not-found-recorded',
    title: 'Order whose payment page was opened and never paid: RETURN_CODE 400, no record (recorded)',
    query: { orderReference: 'PRB79D0CB0EC694' },
    expect: { status: 'UNKNOWN' },
    body: esnekposOrderNotFoundBody,
  },
  order(
    'order-paid',
    'Order paid after 3D Secure: pending, 3D, success',
    'order-paid',
    'SUCCEEDED',
    SUCCESS,
    {
      refNo: '403800',
      amount: '1.250,00',
      date: '7.10.2026 08:50:48',
      commission: 18.63,
      successTransactionId: 538402,
    },
    [
      { id: 538400, ...pending, amount: '-1.250,00' },
      { id: 538401, ...awaiting3d, amount: '-1.250,00' },
      { id: 538402, ...paid, amount: '1.250,00', date: '7.10.2026 08:50:40' },
    ],
  ),
  order(
    'order-pending',
    'Order whose customer has not paid yet: RETURN_CODE 106 PAYMENT_WAITING',
    'order-pending',
    'PENDING',
    WAITING,
    { refNo: '403810', amount: '1,00', date: '8.10.2026 10:00:00', paymentDate: null, commission: 0.01 },
    [{ id: 783335, ...pending, amount: '-1,00' }],
  ),
  order(
    'order-awaiting-3d',
    'Order waiting for the customer’s 3D Secure verification: RETURN_CODE 106',
    'order-awaiting-3d',
    'REQUIRES_ACTION',
    WAITING,
    { refNo: '403820', amount: '49,90', date: '8.10.2026 10:05:00', paymentDate: null, commission: 0.74 },
    [
      { id: 538420, ...pending, amount: '-49,90' },
      { id: 538421, ...awaiting3d, amount: '-49,90' },
    ],
  ),
  order(
    'order-cancelled',
    'Order paid, then cancelled: pending, 3D, success, cancel (rows as in a public test)',
    'order-cancelled',
    'CANCELLED',
    SUCCESS,
    {
      refNo: '403830',
      amount: '350,00',
      date: '9.10.2026 18:30:00',
      commission: 5.22,
      successTransactionId: 783349,
    },
    [
      { id: 783347, ...pending, amount: '-350,00' },
      { id: 783348, ...awaiting3d, amount: '-350,00' },
      { id: 783349, ...paid, amount: '350,00', date: '9.10.2026 15:00:00' },
      { id: 783356, ...cancelled, amount: '350,00', date: '9.10.2026 18:30:00' },
    ],
  ),
  order(
    'order-cancelled-return-code',
    'Order answered with RETURN_CODE 300 ORDER_CANCEL beside its payment row',
    'order-cancel-300',
    'CANCELLED',
    { STATUS: 'ORDER_CANCEL', RETURN_CODE: '300', RETURN_MESSAGE: 'İptal - Başarılı' },
    {
      refNo: '403835',
      amount: '350,00',
      date: '9.10.2026 19:00:00',
      commission: 5.22,
      successTransactionId: 783360,
    },
    [{ id: 783360, ...paid, amount: '350,00', date: '9.10.2026 16:00:00' }],
  ),
  order(
    'order-cancel-failed',
    'Order paid; a cancel was tried and failed, so the payment stands',
    'order-cancel-failed',
    'SUCCEEDED',
    SUCCESS,
    {
      refNo: '403840',
      amount: '300,00',
      date: '9.10.2026 16:20:00',
      commission: 4.47,
      successTransactionId: 538451,
    },
    [
      { id: 538451, ...paid, amount: '300,00', date: '9.10.2026 16:00:00' },
      { id: 538452, ...cancelFailed, amount: '300,00', date: '9.10.2026 16:20:00' },
    ],
  ),
  order(
    'order-refunded',
    'Order paid, then refunded in full',
    'order-refunded',
    'REFUNDED',
    SUCCESS,
    {
      refNo: '403850',
      amount: '1.250,00',
      date: '12.10.2026 09:00:00',
      commission: 18.63,
      successTransactionId: 538461,
    },
    [
      { id: 538461, ...paid, amount: '1.250,00', date: '10.10.2026 09:00:00' },
      { id: 538462, ...refunded, amount: '-1.250,00', date: '12.10.2026 09:00:00' },
    ],
  ),
  order(
    'order-refunded-less-commission',
    'Order paid 151,25 with a 2,25 commission passed on, then 149,00 refunded: a full refund',
    'order-refund-commission',
    'REFUNDED',
    SUCCESS,
    { refNo: '403855', amount: '151,25', date: '12.10.2026 10:00:00', successTransactionId: 538466 },
    [
      { id: 538466, ...paid, amount: '151,25', date: '10.10.2026 10:00:00' },
      { id: 538467, ...refunded, amount: '149,00', date: '12.10.2026 10:00:00' },
    ],
  ),
  order(
    'order-partially-refunded',
    'Order paid 1.250,00, then 151,25 refunded',
    'order-partially-refunded',
    'PARTIALLY_REFUNDED',
    SUCCESS,
    {
      refNo: '403860',
      amount: '1.250,00',
      date: '13.10.2026 10:00:00',
      commission: 18.63,
      successTransactionId: 538471,
    },
    [
      { id: 538471, ...paid, amount: '1.250,00', date: '10.10.2026 10:00:00' },
      { id: 538472, ...refunded, amount: '-151,25', date: '13.10.2026 10:00:00' },
    ],
  ),
  order(
    'order-refund-failed',
    'Order paid; a refund was tried and failed, so the payment stands',
    'order-refund-failed',
    'SUCCEEDED',
    SUCCESS,
    {
      refNo: '403865',
      amount: '300,00',
      date: '14.10.2026 11:00:00',
      commission: 4.47,
      successTransactionId: 538476,
    },
    [
      { id: 538476, ...paid, amount: '300,00', date: '14.10.2026 10:00:00' },
      { id: 538477, ...refundFailed, amount: '300,00', date: '14.10.2026 11:00:00' },
    ],
  ),
  order(
    'order-paid-row-error-code',
    'Order with a successful row but RETURN_CODE 100: not proven paid',
    'order-paid-error-code',
    'UNKNOWN',
    { STATUS: 'ERROR', RETURN_CODE: '100', RETURN_MESSAGE: 'Beklenmeyen bir hata oluştu' },
    {
      refNo: '403870',
      amount: '75,00',
      date: '15.10.2026 12:00:00',
      commission: 1.12,
      successTransactionId: 538481,
    },
    [{ id: 538481, ...paid, amount: '75,00', date: '15.10.2026 11:59:00' }],
  ),
  order(
    'order-paid-no-success-transaction',
    'Order with a successful row but SUCCESS_TRANSACTION_ID 0: not proven paid',
    'order-paid-no-success-id',
    'UNKNOWN',
    SUCCESS,
    { refNo: '403875', amount: '75,00', date: '15.10.2026 12:10:00', commission: 1.12 },
    [{ id: 538486, ...paid, amount: '75,00', date: '15.10.2026 12:09:00' }],
  ),
  order(
    'order-success-over-pending-row',
    'Order answered SUCCESS while its only row is still pending: a contradiction',
    'order-success-pending',
    'UNKNOWN',
    SUCCESS,
    { refNo: '403877', amount: '75,00', date: '15.10.2026 12:20:00', paymentDate: null, commission: 1.12 },
    [{ id: 538488, ...pending, amount: '-75,00' }],
  ),
  order(
    'order-status-conflict',
    'Order whose STATUS_ID (3, paid) contradicts its text ("Ödeme - Başarısız")',
    'order-status-conflict',
    'UNKNOWN',
    SUCCESS,
    {
      refNo: '403880',
      amount: '10,56',
      date: '11.10.2026 10:00:00',
      commission: 0.16,
      successTransactionId: 538491,
    },
    [
      {
        id: 538491,
        statusId: 3,
        statusName: 'Ödeme - Başarısız',
        amount: '10,56',
        date: '11.10.2026 10:00:00',
      },
    ],
  ),
]

/** Queries EsnekPOS refuses; unknown payment requests (400) and wrong credentials (102) need no seed. */
export const esnekposErrorScenarios: readonly EsnekposErrorScenario[] = [
  {
    name: 'payment-request-not-found',
    title: 'A payment-request id EsnekPOS does not know (RETURN_CODE 400)',
    query: { sendPaymentRequestId: '999999' },
    expect: { error: 'not_found' },
  },
  {
    name: 'payment-request-field-error',
    title: 'A payment-request id that is not a number (RETURN_CODE 101)',
    query: { sendPaymentRequestId: 'abc' },
    expect: { error: 'validation' },
  },
  {
    name: 'payment-request-general-error',
    title: 'EsnekPOS answers with its general error (RETURN_CODE 100)',
    query: { sendPaymentRequestId: '2491' },
    expect: { error: 'provider' },
    body: {
      PAYMENTS: null,
      RETURN_CODE: '100',
      RETURN_MESSAGE: 'Beklenmeyen bir hata oluştu',
      STATUS: 'ERROR',
    },
  },
  {
    name: 'order-general-error',
    title: 'ProcessQuery answers RETURN_CODE 100 without the order: a query error, not a decline',
    query: { orderReference: 'order-general-error' },
    expect: { error: 'provider' },
    body: {
      ...esnekposOrderNotFoundBody,
      STATUS: 'ERROR',
      RETURN_CODE: '100',
      RETURN_MESSAGE: 'Beklenmeyen bir hata oluştu',
    },
  },
]
