import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { backoffDelayMs, parseRetryAfterMs } from './retry-delay'
import { defaultRetry } from './retry-options'

describe('backoffDelayMs', () => {
  it('is full jitter: uniform in [0, min(max, base × 2^(n-1))]', () => {
    const options = { ...defaultRetry, backoffMs: 100, maxDelayMs: 1_000 }
    expect(backoffDelayMs(1, options, () => 0)).toBe(0)
    expect(backoffDelayMs(1, options, () => 0.999)).toBe(99)
    expect(backoffDelayMs(3, options, () => 0.5)).toBe(200)
    expect(backoffDelayMs(10, options, () => 0.999)).toBe(999)
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (retry, r) => {
          const delay = backoffDelayMs(retry, options, () => r)
          expect(delay).toBeGreaterThanOrEqual(0)
          expect(delay).toBeLessThan(Math.min(1_000, 100 * 2 ** (retry - 1)))
        },
      ),
    )
  })
})

describe('parseRetryAfterMs', () => {
  const now = Date.UTC(2026, 10, 23, 12, 0, 0)
  it.each([
    ['3', 3_000],
    [' 0 ', 0],
    ['Mon, 23 Nov 2026 12:00:05 GMT', 5_000],
    ['Mon, 23 Nov 2026 11:59:00 GMT', 0],
    ['99999999', 99_999_999_000],
    ['Fri, 31 Dec 9999 23:59:59 GMT', Date.UTC(9999, 11, 31, 23, 59, 59) - now],
    // The two obsolete HTTP-date forms a recipient must still read (RFC 9110 §5.6.7).
    ['Monday, 23-Nov-26 12:00:05 GMT', 5_000],
    ['Mon Nov 23 12:00:05 2026', 5_000],
  ])('%j → %d ms', (value, ms) => {
    expect(parseRetryAfterMs(value, now)).toBe(ms)
  })

  it.each([null, '', '-1', '1.5', 'soon', '2026-11-23', 'Xyz, garbage'])('%j → undefined', (value) => {
    expect(parseRetryAfterMs(value, now)).toBeUndefined()
  })
})

describe('parseRetryAfterMs, for a hostile provider', () => {
  it('gives a finite number for a delay too long for a double', () => {
    expect(parseRetryAfterMs('9'.repeat(400))).toBe(Number.MAX_SAFE_INTEGER)
  })
})
