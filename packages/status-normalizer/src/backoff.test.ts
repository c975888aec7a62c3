import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backoffDelay } from './backoff'

describe('backoffDelay', () => {
  it('doubles from the interval and stops at the maximum', () => {
    const top = () => 1
    expect([0, 1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, 1000, 10_000, top))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000,
    ])
  })

  it('jitters within the upper half of the nominal pause', () => {
    expect(backoffDelay(0, 1000, 10_000, () => 0)).toBe(500)
    expect(backoffDelay(2, 1000, 10_000, () => 0.5)).toBe(3000)
  })

  it('never exceeds the maximum nor drops below half the interval, even after many attempts', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.integer({ min: 1, max: 60_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempt, interval, r) => {
          const max = interval * 8
          const delay = backoffDelay(attempt, interval, max, () => r)
          expect(delay).toBeGreaterThanOrEqual(interval / 2)
          expect(delay).toBeLessThanOrEqual(max)
        },
      ),
    )
  })
})
