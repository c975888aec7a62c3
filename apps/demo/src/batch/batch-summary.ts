import { isPaid } from '@durum/status-normalizer'
import type { DemoBatchResult } from '../demo-types'

export interface BatchSummary {
  total: number
  completed: number
  succeeded: number
  failed: number
  /** Results proven paid, safe to ship (`isPaid(result)`): not every SUCCEEDED is one. */
  paid: number
  /** Results by normalized status (payments and sessions alike). */
  byStatus: Record<string, number>
  /** Failed queries by error code: these have no status, only an error. */
  byError: Record<string, number>
}

/** Counts a batch as its results arrive, so every progress line and the final summary agree. */
export function createBatchSummary(total: number): {
  add(result: DemoBatchResult): void
  snapshot(): BatchSummary
} {
  const summary: BatchSummary = {
    total,
    completed: 0,
    succeeded: 0,
    failed: 0,
    paid: 0,
    byStatus: {},
    byError: {},
  }
  return {
    add(result) {
      summary.completed++
      if (result.ok) {
        summary.succeeded++
        if (isPaid(result.result)) summary.paid++
        summary.byStatus[result.result.status] = (summary.byStatus[result.result.status] ?? 0) + 1
      } else {
        summary.failed++
        summary.byError[result.error.code] = (summary.byError[result.error.code] ?? 0) + 1
      }
    },
    snapshot: () => structuredClone(summary),
  }
}
