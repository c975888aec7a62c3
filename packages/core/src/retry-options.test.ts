import { describe, expect, it } from 'vitest'
import { defaultRetry, resolveRetryOptions } from './retry-options'

describe('resolveRetryOptions', () => {
  it('defaults to two retries and accepts a number, false or options', () => {
    expect(resolveRetryOptions(undefined)).toEqual(defaultRetry)
    expect(resolveRetryOptions(false).limit).toBe(0)
    expect(resolveRetryOptions(5)).toEqual({ ...defaultRetry, limit: 5 })
    expect(resolveRetryOptions({ limit: 1, maxRetryAfterMs: 50 })).toEqual({
      ...defaultRetry,
      limit: 1,
      maxRetryAfterMs: 50,
    })
  })

  it.each([-1, 1.5, Number.NaN])('refuses limit %d', (limit) => {
    expect(() => resolveRetryOptions(limit)).toThrow(RangeError)
  })
})
