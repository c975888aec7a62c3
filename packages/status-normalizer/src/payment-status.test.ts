import { describe, expect, it } from 'vitest'
import { PAYMENT_STATUSES, type PaymentStatus, statusWordIsPaid, statusWordIsSettled } from './payment-status'

// The table from DESIGN.md, row for row: status → [settled, paid].
const table: Record<PaymentStatus, [settled: boolean, paid: boolean]> = {
  PENDING: [false, false],
  REQUIRES_ACTION: [false, false],
  UNDER_REVIEW: [false, false],
  AUTHORIZED: [true, false],
  SUCCEEDED: [true, true],
  PARTIALLY_REFUNDED: [true, true],
  REFUNDED: [true, false],
  CANCELLED: [true, false],
  FAILED: [true, false],
  UNKNOWN: [false, false],
}

describe('statusWordIsSettled and statusWordIsPaid', () => {
  it.each(Object.entries(table))('%s → settled %s, paid %s', (status, [settled, paid]) => {
    expect(statusWordIsSettled(status as PaymentStatus)).toBe(settled)
    expect(statusWordIsPaid(status as PaymentStatus)).toBe(paid)
  })

  it('covers every status, and no word is paid without being settled', () => {
    expect(Object.keys(table).sort()).toEqual([...PAYMENT_STATUSES].sort())
    for (const status of PAYMENT_STATUSES) {
      if (statusWordIsPaid(status)) expect(statusWordIsSettled(status)).toBe(true)
    }
  })
})
