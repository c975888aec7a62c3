import { DurumError, type NormalizedResult } from '@durum/status-normalizer'
import { describe, expect, it } from 'vitest'
import { createBatchSummary } from './batch-summary'

const query = { provider: 'iyzico', paymentId: '1' }
const result = (status: string, refundsChecked = true) =>
  ({ kind: 'payment', status, refundsChecked }) as NormalizedResult

describe('createBatchSummary', () => {
  it('counts results by status, proven payments as paid, and failed queries by error code', () => {
    const summary = createBatchSummary(5)
    summary.add({ index: 0, query, ok: true, result: result('SUCCEEDED') })
    summary.add({ index: 1, query, ok: true, result: result('SUCCEEDED') })
    summary.add({ index: 2, query, ok: true, result: result('SUCCEEDED', false) })
    summary.add({ index: 3, query, ok: true, result: result('FAILED') })
    summary.add({ index: 4, query, ok: false, error: new DurumError({ code: 'not_found', message: 'gone' }) })
    expect(summary.snapshot()).toEqual({
      total: 5,
      completed: 5,
      succeeded: 4,
      failed: 1,
      paid: 2,
      byStatus: { SUCCEEDED: 3, FAILED: 1 },
      byError: { not_found: 1 },
    })
  })

  it('hands out snapshots that later results do not change', () => {
    const summary = createBatchSummary(2)
    const before = summary.snapshot()
    summary.add({ index: 0, query, ok: true, result: result('PENDING') })
    expect(before.completed).toBe(0)
  })
})
