import { afterEach, describe, expect, it, vi } from 'vitest'
import { abortableDelay } from './abortable-delay'

describe('abortableDelay', () => {
  it('waits, and rejects with the reason as soon as the signal aborts', async () => {
    await expect(abortableDelay(5, undefined)).resolves.toBeUndefined()
    const controller = new AbortController()
    const started = Date.now()
    const waiting = abortableDelay(60_000, controller.signal)
    const reason = new Error('stop')
    setTimeout(() => controller.abort(reason), 20)
    await expect(waiting).rejects.toBe(reason)
    expect(Date.now() - started).toBeLessThan(1_000)
    await expect(abortableDelay(10, controller.signal)).rejects.toBe(reason)
  })

  it('treats a negative wait as none, and needs no signal', async () => {
    const started = Date.now()
    await expect(abortableDelay(-1_000)).resolves.toBeUndefined()
    expect(Date.now() - started).toBeLessThan(500)
  })

  describe('past the largest timer (2³¹−1 ms), which Node fires after 1 ms', () => {
    afterEach(() => {
      vi.useRealTimers()
    })

    it('still waits: a 2³¹ ms delay has not ended after 50 ms', async () => {
      let ended = false
      const controller = new AbortController()
      const waiting = abortableDelay(2 ** 31, controller.signal).then(() => {
        ended = true
      })
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(ended).toBe(false)
      controller.abort(new Error('done'))
      await expect(waiting).rejects.toThrow('done')
    })

    it('waits exactly as long as asked, however long, and can be aborted at any point', async () => {
      vi.useFakeTimers()
      const long = 2 ** 33 + 7
      let ended = false
      const waiting = abortableDelay(long).then(() => {
        ended = true
      })
      await vi.advanceTimersByTimeAsync(long - 1)
      expect(ended).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(ended).toBe(true)
      await waiting
      const controller = new AbortController()
      const aborted = abortableDelay(long, controller.signal)
      await vi.advanceTimersByTimeAsync(2 ** 32)
      const reason = new Error('cancelled')
      controller.abort(reason)
      await expect(aborted).rejects.toBe(reason)
    })
  })
})
