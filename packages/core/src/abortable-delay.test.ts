import { describe, expect, it } from 'vitest'
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
})
