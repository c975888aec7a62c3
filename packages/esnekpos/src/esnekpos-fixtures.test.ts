import { isPaid, NormalizedPaymentSchema } from '@durum/status-normalizer'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { serveFixture } from './__test__/esnekpos-test-kit'
import { esnekpos } from './esnekpos-provider'
import type { EsnekposStatusQuery } from './esnekpos-queries'
import { createEsnekposSimulator } from './testing/esnekpos-simulator'

const merchant = 'TEST1234'
const merchantKey = '4oK26hK8MOXrIV1bzTRVPA=='

/** Each fixture, served as it is stored, through the whole provider: what a merchant would get. */
async function served(name: string, query: EsnekposStatusQuery) {
  const simulator = createEsnekposSimulator({ merchant, merchantKey })
  serveFixture(simulator, name)
  const result = await esnekpos({ merchant, merchantKey, fetch: simulator.fetch }).getStatus(query)
  expect(v.safeParse(NormalizedPaymentSchema, result).issues).toBeUndefined()
  return result
}

describe('EsnekPOS fixtures (src/__fixtures__/SOURCES.md), each through the provider', () => {
  it('recording: paid → SUCCEEDED, the 151,25 charged including the commission', async () => {
    const result = await served('process-query.success.recorded.json', { orderReference: 'PRB6AB115E04889' })
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      rawStatus: 'Ödeme - Başarılı (STATUS_ID 3)',
      explanation:
        'Transaction 783900 reads "Ödeme - Başarılı (STATUS_ID 3)": the payment was charged and approved.',
      ids: { paymentId: '403998', merchantReference: 'PRB6AB115E04889', transactionIds: ['783900'] },
      amount: { amount: '151.25', currency: 'TRY' },
      paidAmount: { amount: '151.25', currency: 'TRY' },
      installment: 1,
      occurredAt: '2026-10-07T08:50:37+03:00',
    })
    expect(result.signed).toBeUndefined()
    expect(isPaid(result)).toBe(true)
  })

  it('recording: declined with "51-Limit Yetersiz" (RETURN_CODE 100) → FAILED, the bank’s reason kept', async () => {
    const result = await served('process-query.error-100-declined-51.recorded.json', {
      orderReference: 'PRB473855AF38A4',
    })
    expect(result).toMatchObject({
      status: 'FAILED',
      rawStatus: 'Ödeme - Başarısız (STATUS_ID 4)',
      explanation:
        'Transaction 783903 reads "Ödeme - Başarısız (STATUS_ID 4)": the payment failed and nothing was charged. EsnekPOS answered RETURN_CODE 100 ERROR: "51-Limit Yetersiz".',
      failure: { code: '51', message: '51-Limit Yetersiz', category: 'insufficient_funds' },
      ids: { paymentId: '403999', merchantReference: 'PRB473855AF38A4' },
      amount: { amount: '151.25', currency: 'TRY' },
    })
    expect(result.paidAmount).toBeUndefined()
    // Its rows carry no date, and DATE is when EsnekPOS answered, not when the payment failed.
    expect(result.occurredAt).toBeUndefined()
    expect(
      result.attempts?.map((attempt) => [attempt.reference, attempt.status, attempt.amount?.amount]),
    ).toEqual([
      ['783901', 'PENDING', '151.25'],
      ['783902', 'REQUIRES_ACTION', '151.25'],
      ['783903', 'FAILED', '151.25'],
    ])
    expect(isPaid(result)).toBe(false)
  })

  it('recording: 400 for a payment page never paid → UNKNOWN, not a not_found error and not FAILED', async () => {
    const result = await served('process-query.error-400-not-found.recorded.json', {
      orderReference: 'PRB79D0CB0EC694',
    })
    expect(result).toMatchObject({
      status: 'UNKNOWN',
      rawStatus: 'PROCESS_QUERY (RETURN_CODE 400)',
      explanation:
        'EsnekPOS has no record of this order (RETURN_CODE 400 PROCESS_QUERY: "Referans numarası bulunamadı (Not.ProcessQuery)"): its payment page may have been opened with no card entered yet, or the reference or the environment (test or production) is wrong. Nothing shows a payment; ask again later, and do not ship until it reads paid.',
      ids: {},
      attempts: [],
    })
    expect(result.failure).toBeUndefined()
  })

  it('partial: PAYMENT_WAITING (106) → PENDING', async () => {
    const result = await served('process-query.payment-waiting-106.partial.json', {
      orderReference: 'PRB-WAIT',
    })
    expect(result).toMatchObject({
      status: 'PENDING',
      rawStatus: 'Ödeme - Bekliyor',
      explanation:
        'Transaction 783335 reads "Ödeme - Bekliyor": the payment has not been decided yet. EsnekPOS answered RETURN_CODE 106 PAYMENT_WAITING: "Ödeme - Bekliyor".',
      amount: { amount: '1.00', currency: 'TRY' },
    })
  })

  it('doc example: the bare SUCCESS template, with no order → UNKNOWN', async () => {
    const result = await served('process-query.envelope-template.docs.json', { orderReference: 'PRB1' })
    expect(result).toMatchObject({
      status: 'UNKNOWN',
      rawStatus: 'SUCCESS (RETURN_CODE 0)',
      explanation:
        'EsnekPOS answered RETURN_CODE 0 SUCCESS: "SUCCESS" without naming the order or listing a transaction, so nothing shows whether it was paid; check the payment in the EsnekPOS panel before shipping.',
    })
  })

  it('doc example: a payment request paid at the second attempt → SUCCEEDED', async () => {
    const result = await served('send-payment-request-query.success-after-failure.docs.json', {
      sendPaymentRequestId: '2482',
    })
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      explanation: 'Attempt 203762 reads "Ödeme - Başarılı": the payment was charged and approved.',
      ids: { paymentId: '203762', transactionIds: ['538224'] },
    })
  })

  it('guess: the omnipay success mock carries every proof asked for → SUCCEEDED', async () => {
    const result = await served('process-query.success.status-id-3.guess-omnipay-mock.json', {
      orderReference: 'ORDER-123456',
    })
    expect(result).toMatchObject({
      status: 'SUCCEEDED',
      explanation:
        'Transaction TXN-001 reads "Odeme Basarili (STATUS_ID 3)": the payment was charged and approved.',
    })
  })

  it('guess: the omnipay error mock (RETURN_CODE 99, the order echoed, no transaction) → UNKNOWN', async () => {
    const result = await served('process-query.error-99-not-found.guess-omnipay-mock.json', {
      orderReference: 'ORDER-999999',
    })
    expect(result).toMatchObject({
      status: 'UNKNOWN',
      rawStatus: 'TRANSACTIONS: []',
      explanation:
        'EsnekPOS lists no transaction for this order, so nothing shows whether it was paid; check the payment in the EsnekPOS panel before shipping. EsnekPOS answered RETURN_CODE 99 FAILURE: "Islem bulunamadi".',
    })
  })
})
