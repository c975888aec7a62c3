/** The longest delay one timer holds: past it, Node (and browsers) fire the timer at once. */
const TIMER_MAX_MS = 2_147_483_647

/**
 * Waits `ms` — however long: a delay past the largest timer is a chain of timers — or rejects with
 * the signal's reason as soon as it aborts (a retry delay must not outlive a cancel).
 */
export function abortableDelay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason)
      return
    }
    // A negative `ms` (a deadline already passed) waits no time at all, on every runtime; so does NaN.
    let remaining = Math.max(ms, 0)
    let timer: ReturnType<typeof setTimeout>
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const wait = () => {
      const step = Math.min(remaining, TIMER_MAX_MS)
      remaining -= step
      timer = setTimeout(() => {
        if (remaining > 0) {
          wait()
          return
        }
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, step)
    }
    wait()
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
