import { DurumError } from '@durum/core'
import type { NormalizedResult } from '@durum/status-normalizer'
import { describe, expect, it } from 'vitest'
import { createBatchSummary } from './batch-summary'

const query = { provider: 'iyzico', paymentId: '1' }
const result = (status: string) => ({ status }) as NormalizedResult

describe('createBatchSummary', () => {
  it('counts results by status and failed queries by error code', () => {
    const summary = createBatchSummary(4)
    summary.add({ index: 0, query, ok: true, result: result('SUCCEEDED') })
    summary.add({ index: 1, query, ok: true, result: result('SUCCEEDED') })
    summary.add({ index: 2, query, ok: true, result: result('FAILED') })
    summary.add({ index: 3, query, ok: false, error: new DurumError({ code: 'not_found', message: 'gone' }) })
    expect(summary.snapshot()).toEqual({
      total: 4,
      completed: 4,
      succeeded: 3,
      failed: 1,
      byStatus: { SUCCEEDED: 2, FAILED: 1 },
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
