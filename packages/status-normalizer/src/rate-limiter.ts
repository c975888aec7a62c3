/**
 * Holds each provider to `ratePerMinute` query starts exactly: no sliding window of `windowMs` ever
 * holds more than `perWindow` starts (see `rateWindow`). For a whole-number rate the window is a whole
 * number of intervals (`60 000 / ratePerMinute` ms) that divides the minute, so no sliding minute
 * ever holds more than `ratePerMinute` starts either.
 *
 * Starts are paced on a grid of ideal slots one interval apart. A timer that fires late does not push
 * the grid back (each slot follows the previous slot, not the late start), so the rate achieved over
 * a busy run is the limit itself; the window check is what keeps the catching up from ever becoming a
 * burst beyond the limit.
 */
export interface RateLimiter {
  /** Milliseconds until `provider` may start its next query; 0 when it may start now. */
  waitMs(provider: string, now: number): number
  /** Records a start at `now` (call only when `waitMs` says 0). */
  take(provider: string, now: number): void
  /** The provider asked us to hold off (a 429 with `Retry-After`): start nothing before `now + ms`. */
  holdOff(provider: string, now: number, ms: number): void
}

/**
 * Each window is held with 0.5 % of its length to spare (at most 5 ms), so the limit still holds
 * where a start is observed a moment after the limiter allowed it: on a busy machine the process can
 * be paused for milliseconds between the two (the scheduler, a collection). It costs 0.5 % of the
 * rate (docs/PERFORMANCE.md, "The rate limiter's guard").
 */
const guardMs = (windowMs: number) => Math.min(5, windowMs / 200)
/** How late a timer may fire on a busy event loop and still have its slot caught up. */
const CATCH_UP_MS = 25
/**
 * A start late by a few ms delays the start one window later by as much (the window check holds it),
 * so a short window would lose that much of the rate every time: windows are at least this long.
 */
const SHORTEST_WINDOW_MS = 500

/** The most starts one provider's window remembers (a Float64Array of this length): beyond, a rate is held by spacing alone. */
const MAX_LOGGED_STARTS = 100_000

/**
 * The window a rate is held in: the largest divisor of a whole-number rate whose window fits in a
 * second and is at least 500 ms long (one second for 30 000 a minute, 600 ms for 1000); one interval
 * for rates of 120 a minute or less; the minute itself when no divisor fits (a prime rate). A
 * fractional rate, or one too large to log a minute of (over 100 000 a minute with no divisor that
 * fits), is held by spacing alone: one start per interval.
 */
export function rateWindow(ratePerMinute: number): { perWindow: number; windowMs: number } {
  const interval = 60_000 / ratePerMinute
  const spacing = { perWindow: 1, windowMs: interval }
  if (!Number.isSafeInteger(ratePerMinute)) return spacing
  const most = Math.min(Math.floor(ratePerMinute / 60), MAX_LOGGED_STARTS)
  for (let divisor = most; divisor > 1 && divisor * interval >= SHORTEST_WINDOW_MS; divisor--) {
    if (ratePerMinute % divisor === 0) return { perWindow: divisor, windowMs: divisor * interval }
  }
  if (interval >= SHORTEST_WINDOW_MS || ratePerMinute > MAX_LOGGED_STARTS) return spacing
  return { perWindow: ratePerMinute, windowMs: 60_000 }
}

interface Lane {
  interval: number
  /** The window's length with its guard. */
  heldMs: number
  /** How late a slot may be and still be caught up. */
  catchUpMs: number
  /** The last `perWindow` starts, oldest first once full (a ring). */
  starts: Float64Array
  filled: number
  oldest: number
  /** The next ideal slot, or the end of a hold-off. */
  nextSlot: number
}

export function createRateLimiter(ratePerMinuteOf: (provider: string) => number | undefined): RateLimiter {
  const lanes = new Map<string, Lane>()
  const holds = new Map<string, number>()

  const laneOf = (provider: string): Lane | undefined => {
    let lane = lanes.get(provider)
    if (lane === undefined) {
      const rate = ratePerMinuteOf(provider)
      if (rate === undefined) return undefined
      const { perWindow, windowMs } = rateWindow(rate)
      const interval = 60_000 / rate
      lane = {
        interval,
        heldMs: windowMs + guardMs(windowMs),
        catchUpMs: Math.min(CATCH_UP_MS, windowMs - interval),
        starts: new Float64Array(perWindow),
        filled: 0,
        oldest: 0,
        nextSlot: Number.NEGATIVE_INFINITY,
      }
      lanes.set(provider, lane)
    }
    return lane
  }

  return {
    waitMs(provider, now) {
      const held = (holds.get(provider) ?? 0) - now
      const lane = laneOf(provider)
      if (lane === undefined) return Math.max(0, held)
      const windowFull = lane.filled === lane.starts.length
      // Written as the window's length less the time since its oldest start, the same comparison a
      // reader of the start times makes, so floating-point rounding cannot let one more start in.
      const windowOpensIn = windowFull ? lane.heldMs - (now - (lane.starts[lane.oldest] as number)) : 0
      return Math.max(0, held, lane.nextSlot - now, windowOpensIn)
    },
    take(provider, now) {
      const lane = laneOf(provider)
      if (lane === undefined) return
      // A slot missed by more than a late timer's lag means the provider was idle, not held back:
      // the grid restarts at this start instead of catching up in a burst.
      const caughtUp = now - lane.nextSlot <= lane.catchUpMs
      lane.nextSlot = (caughtUp ? lane.nextSlot : now) + lane.interval
      if (lane.filled < lane.starts.length) {
        lane.starts[lane.filled++] = now
      } else {
        lane.starts[lane.oldest] = now
        lane.oldest = (lane.oldest + 1) % lane.starts.length
      }
    },
    holdOff(provider, now, ms) {
      holds.set(provider, Math.max(holds.get(provider) ?? 0, now + ms))
      const lane = laneOf(provider)
      // After a hold-off the grid starts afresh: the held slots are not caught up in a burst.
      if (lane !== undefined) lane.nextSlot = Math.max(lane.nextSlot, now + ms)
    },
  }
}
