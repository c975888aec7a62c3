/**
 * Spaces the starts of each provider's queries at least `60 000 / ratePerMinute` ms apart (a leaky
 * bucket with no burst), so no sliding one-minute window ever holds more than `ratePerMinute` starts.
 */
export interface RateLimiter {
  /** Milliseconds until `provider` may start its next query; 0 when it may start now. */
  waitMs(provider: string, now: number): number
  /** Records a start at `now`. */
  take(provider: string, now: number): void
  /** The provider asked us to hold off (a 429 with `Retry-After`): start nothing before `now + ms`. */
  holdOff(provider: string, now: number, ms: number): void
}

export function createRateLimiter(intervalMsOf: (provider: string) => number | undefined): RateLimiter {
  const nextStartAt = new Map<string, number>()
  return {
    waitMs(provider, now) {
      return Math.max(0, (nextStartAt.get(provider) ?? 0) - now)
    },
    take(provider, now) {
      const interval = intervalMsOf(provider)
      if (interval !== undefined)
        nextStartAt.set(provider, Math.max(now, nextStartAt.get(provider) ?? 0) + interval)
    },
    holdOff(provider, now, ms) {
      nextStartAt.set(provider, Math.max(nextStartAt.get(provider) ?? 0, now + ms))
    },
  }
}
