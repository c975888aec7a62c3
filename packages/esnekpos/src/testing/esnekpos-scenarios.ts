import type { DurumErrorCode } from '@durum/core'
import type { PaymentStatus } from '@durum/status-normalizer'
import type { EsnekposStatusQuery } from '../esnekpos-queries'

/**
 * A seeded answer of the simulator: the query that reaches it, what durum must make of it, and the
 * body EsnekPOS would send. Bodies use EsnekPOS's formats (`"1.250,00"`, `"7.10.2026 08:50:48"`,
 * `COMMISSION` as a JSON number, `SUCCESS_TRANSACTION_ID` null or 0). Only the first one is a
 * documented body; the others are built on its shape and on the ProcessQuery shapes in SOURCES.md.
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
  date: string
}

function order(
  name: string,
  title: string,
  orderReference: string,
  status: PaymentStatus,
  fields: { amount: string; date: string; refNo?: string | null; successTransactionId?: number | null },
  transactions: TransactionFields[],
): EsnekposScenario {
  return {
    name,
    title,
    query: { orderReference },
    expect: { status },
    body: {
      ...ok,
      DATE: fields.date,
      PAYMENT_DATE: fields.date,
      REFNO: fields.refNo ?? null,
      AMOUNT: fields.amount,
      ORDER_REF_NO: orderReference,
      INSTALLMENT: '1',
      COMMISSION: null,
      SUCCESS_TRANSACTION_ID: fields.successTransactionId ?? null,
      TRANSACTIONS: transactions.map((transaction) => ({
        TRANSACTION_ID: transaction.id,
        STATUS_NAME: transaction.statusName,
        STATUS_ID: transaction.statusId,
        AMOUNT: transaction.amount,
        DATE: transaction.date,
        MERCHANT_AMOUNT_TRANSFER_DETAIL: null,
        SUB_MERCHANT_DETAILS: null,
      })),
      PHYSICAL_POS_ID: null,
      PHYSICAL_POS_TITLE: null,
      PAYMENT_WAY: '3D',
    },
  }
}

const pending = { statusId: 1, statusName: 'Ödeme - Bekliyor' }
const awaiting3d = { statusId: 2, statusName: 'Ödeme - 3D Doğrulama Bekleniyor' }
const paid = { statusId: 3, statusName: 'Ödeme - Başarılı' }
const failed = { statusId: 4, statusName: 'Ödeme - Başarısız' }
const cancelled = { statusId: 5, statusName: 'İptal - Başarılı' }
const cancelFailed = { statusId: 6, statusName: 'İptal - Başarısız' }
const refunded = { statusId: 7, statusName: 'İade - Başarılı' }

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
  // The omnipay-esnekpos ProcessQuery mock, unchanged: ASCII-folded text, point-decimal amounts.
  {
    name: 'order-paid-omnipay-shape',
    title: 'Order ORDER-123456 as in the omnipay-esnekpos mock ("Odeme Basarili", STATUS_ID 3)',
    query: { orderReference: 'ORDER-123456' },
    expect: { status: 'SUCCEEDED' },
    body: {
      STATUS: 'SUCCESS',
      RETURN_CODE: '0',
      RETURN_MESSAGE: 'Islem basarili',
      DATE: '2024-01-15 10:30:00',
      PAYMENT_DATE: '2024-01-15 10:29:00',
      REFNO: 'REF-789',
      AMOUNT: '100.50',
      ORDER_REF_NUMBER: 'ORDER-123456',
      INSTALLMENT: '1',
      SUCCESS_TRANSACTION_ID: 'TXN-001',
      TRANSACTIONS: [
        {
          TRANSACTION_ID: 'TXN-001',
          STATUS_NAME: 'Odeme Basarili',
          STATUS_ID: 3,
          AMOUNT: '100.50',
          DATE: '2024-01-15 10:29:00',
          MERCHANT_AMOUNT_TRANSFER_DETAIL: {
            EXTRACT_ID: 'EXT-001',
            SENDED_AMOUNT: '99.00',
            SENDED_DATE: '2024-01-16',
          },
        },
      ],
      PHYSICAL_POS_ID: 'POS-001',
      PHYSICAL_POS_TITLE: 'Test POS',
      PAYMENT_WAY: '3D',
    },
  },
  order(
    'order-paid',
    'Order paid after 3D Secure: pending, 3D, success',
    'order-paid',
    'SUCCEEDED',
    { amount: '1.250,00', date: '7.10.2026 08:50:48', refNo: '203800', successTransactionId: 538402 },
    [
      { id: 538400, ...pending, amount: '1.250,00', date: '7.10.2026 08:49:30' },
      { id: 538401, ...awaiting3d, amount: '1.250,00', date: '7.10.2026 08:49:31' },
      { id: 538402, ...paid, amount: '1.250,00', date: '7.10.2026 08:50:48' },
    ],
  ),
  order(
    'order-pending',
    'Order created, nothing decided yet',
    'order-pending',
    'PENDING',
    { amount: '49,90', date: '8.10.2026 10:00:00' },
    [{ id: 538410, ...pending, amount: '49,90', date: '8.10.2026 10:00:00' }],
  ),
  order(
    'order-awaiting-3d',
    'Order waiting for the customer’s 3D Secure verification',
    'order-awaiting-3d',
    'REQUIRES_ACTION',
    { amount: '49,90', date: '8.10.2026 10:05:00' },
    [
      { id: 538420, ...pending, amount: '49,90', date: '8.10.2026 10:05:00' },
      { id: 538421, ...awaiting3d, amount: '49,90', date: '8.10.2026 10:05:02' },
    ],
  ),
  order(
    'order-failed',
    'Order declined by the bank',
    'order-failed',
    'FAILED',
    { amount: '49,90', date: '8.10.2026 10:10:00', successTransactionId: 0 },
    [
      { id: 538430, ...pending, amount: '49,90', date: '8.10.2026 10:10:00' },
      { id: 538431, ...failed, amount: '49,90', date: '8.10.2026 10:10:09' },
    ],
  ),
  order(
    'order-cancelled',
    'Order paid, then cancelled the same day',
    'order-cancelled',
    'CANCELLED',
    { amount: '1.250,00', date: '9.10.2026 15:00:00', refNo: '203801', successTransactionId: 538441 },
    [
      { id: 538441, ...paid, amount: '1.250,00', date: '9.10.2026 15:00:00' },
      { id: 538442, ...cancelled, amount: '1.250,00', date: '9.10.2026 18:30:00' },
    ],
  ),
  order(
    'order-cancel-failed',
    'Order paid; a cancel was tried and failed, so the payment stands',
    'order-cancel-failed',
    'SUCCEEDED',
    { amount: '300,00', date: '9.10.2026 16:00:00', refNo: '203802', successTransactionId: 538451 },
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
    { amount: '1.250,00', date: '10.10.2026 09:00:00', refNo: '203803', successTransactionId: 538461 },
    [
      { id: 538461, ...paid, amount: '1.250,00', date: '10.10.2026 09:00:00' },
      { id: 538462, ...refunded, amount: '-1.250,00', date: '12.10.2026 09:00:00' },
    ],
  ),
  order(
    'order-partially-refunded',
    'Order paid 1.250,00, then 151,25 refunded',
    'order-partially-refunded',
    'PARTIALLY_REFUNDED',
    { amount: '1.250,00', date: '10.10.2026 10:00:00', refNo: '203804', successTransactionId: 538471 },
    [
      { id: 538471, ...paid, amount: '1.250,00', date: '10.10.2026 10:00:00' },
      { id: 538472, ...refunded, amount: '-151,25', date: '13.10.2026 10:00:00' },
    ],
  ),
  order(
    'order-status-conflict',
    'Order whose STATUS_ID (3, paid) contradicts its text ("Ödeme - Başarısız")',
    'order-status-conflict',
    'UNKNOWN',
    { amount: '10,56', date: '11.10.2026 10:00:00', successTransactionId: 538481 },
    [
      {
        id: 538481,
        statusId: 3,
        statusName: 'Ödeme - Başarısız',
        amount: '10,56',
        date: '11.10.2026 10:00:00',
      },
    ],
  ),
]

/** Queries EsnekPOS refuses; unknown ids (400) and wrong credentials (102) need no seed. */
export const esnekposErrorScenarios: readonly EsnekposErrorScenario[] = [
  {
    name: 'payment-request-not-found',
    title: 'An id EsnekPOS does not know (RETURN_CODE 400)',
    query: { sendPaymentRequestId: '999999' },
    expect: { error: 'not_found' },
  },
  {
    name: 'order-not-found',
    title: 'An order reference EsnekPOS does not know (RETURN_CODE 400)',
    query: { orderReference: 'no-such-order' },
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
  // The omnipay-esnekpos ProcessQuery error mock, unchanged (RETURN_CODE 99 is not in EsnekPOS's table).
  {
    name: 'order-error-99-omnipay-shape',
    title: 'Order ORDER-999999 as in the omnipay-esnekpos error mock (RETURN_CODE 99)',
    query: { orderReference: 'ORDER-999999' },
    expect: { error: 'provider' },
    body: {
      STATUS: 'FAILURE',
      RETURN_CODE: '99',
      RETURN_MESSAGE: 'Islem bulunamadi',
      DATE: null,
      PAYMENT_DATE: null,
      REFNO: null,
      AMOUNT: null,
      ORDER_REF_NUMBER: 'ORDER-999999',
      INSTALLMENT: null,
      SUCCESS_TRANSACTION_ID: null,
      TRANSACTIONS: null,
      PHYSICAL_POS_ID: null,
      PHYSICAL_POS_TITLE: null,
      PAYMENT_WAY: null,
    },
  },
]
