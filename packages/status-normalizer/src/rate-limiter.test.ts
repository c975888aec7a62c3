import { describe, expect, it } from 'vitest'
import { createRateLimiter } from './rate-limiter'

describe('createRateLimiter', () => {
  it('spaces the starts of a limited provider by its interval, and leaves others alone', () => {
    const limiter = createRateLimiter((provider) => (provider === 'slow' ? 100 : undefined))
    expect(limiter.waitMs('slow', 0)).toBe(0)
    limiter.take('slow', 0)
    expect(limiter.waitMs('slow', 40)).toBe(60)
    expect(limiter.waitMs('slow', 100)).toBe(0)
    limiter.take('fast', 0)
    expect(limiter.waitMs('fast', 0)).toBe(0)
  })

  it('counts the interval from the actual start, so a late start never allows a burst', () => {
    const limiter = createRateLimiter(() => 100)
    limiter.take('p', 0)
    limiter.take('p', 250)
    expect(limiter.waitMs('p', 300)).toBe(50)
  })

  it('holds a provider off for as long as it asked, even an unlimited one', () => {
    const limiter = createRateLimiter(() => undefined)
    limiter.holdOff('p', 1000, 5000)
    expect(limiter.waitMs('p', 1000)).toBe(5000)
    limiter.holdOff('p', 1000, 10)
    expect(limiter.waitMs('p', 1000)).toBe(5000)
  })
})
