import { describe, expect, it } from 'vitest'
import { formatReconcileRecords } from './format-reconcile-records'
import type { ReconcileRecord } from './reconcile-types'

const mismatch: ReconcileRecord = {
  runId: 'nightly',
  accountId: 'merchant-1',
  key: 'order-42',
  query: { provider: 'iyzico', paymentId: '35790626' },
  expected: 'paid',
  attempts: 1,
  finishedAt: '2026-12-07T07:00:00.000Z',
  outcome: 'mismatch',
  mismatch: 'expected paid, provider says REFUNDED',
  mismatchReason: 'reconcile.status_differs',
  result: {
    kind: 'payment',
    provider: 'iyzico',
    source: 'iyzico.payment-detail',
    status: 'REFUNDED',
    rawStatus: 'SUCCESS fraud=1 phase=AUTH refund=TOTALLY_REFUNDED',
    reason: 'iyzico.totally_refunded',
    explanation: 'Refunded in full, "as reported".',
    paid: false,
    refundsChecked: true,
    ids: { paymentId: '35790626', conversationId: '20260611C995' },
    amount: { amount: '1.00', currency: 'TRY' },
    paidAmount: { amount: '1.00', currency: 'TRY' },
    checkedAt: '2026-12-07T10:00:00+03:00',
  },
}
const failure: ReconcileRecord = {
  runId: 'nightly',
  accountId: 'merchant-2',
  key: 'order-43',
  query: { provider: 'esnekpos', orderReference: 'PRB1' },
  expected: 'paid',
  attempts: 3,
  finishedAt: '2026-12-07T07:00:01.000Z',
  outcome: 'error',
  error: { code: 'transport', reason: 'core.timeout', message: '=HYPERLINK("x")', retryable: true },
}

async function lines(format: 'csv' | 'ndjson'): Promise<string[]> {
  const out: string[] = []
  for await (const line of formatReconcileRecords([mismatch, failure], format)) out.push(line)
  return out
}

describe('formatReconcileRecords', () => {
  it('writes one JSON object per line as NDJSON', async () => {
    const out = await lines('ndjson')
    expect(out.map((line) => JSON.parse(line))).toEqual([mismatch, failure])
    expect(out.every((line) => line.endsWith('}\n'))).toBe(true)
  })

  it('writes a header and a row per query as CSV, quoting and defusing formulas', async () => {
    expect(await lines('csv')).toEqual([
      'run_id,account_id,key,provider,expected,outcome,status,raw_status,reason,paid,refunds_checked,mismatch,mismatch_reason,error_code,explanation_or_error,amount,paid_amount,refunded_amount,currency,payment_id,conversation_id,merchant_reference,attempts,checked_at,finished_at\r\n',
      'nightly,merchant-1,order-42,iyzico,paid,mismatch,REFUNDED,SUCCESS fraud=1 phase=AUTH refund=TOTALLY_REFUNDED,iyzico.totally_refunded,false,true,"expected paid, provider says REFUNDED",reconcile.status_differs,,"Refunded in full, ""as reported"".",1.00,1.00,,TRY,35790626,20260611C995,,1,2026-12-07T10:00:00+03:00,2026-12-07T07:00:00.000Z\r\n',
      `nightly,merchant-2,order-43,esnekpos,paid,error,,,core.timeout,,,,,transport,"'=HYPERLINK(""x"")",,,,,,,,3,,2026-12-07T07:00:01.000Z\r\n`,
    ])
  })
})
