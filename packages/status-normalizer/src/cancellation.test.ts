import { describe, expect, it } from 'vitest'
import { fakeProvider } from './__test__/fake-provider'
import { rejectedDurumError } from './__test__/rejected-durum-error'
import { abortable } from './cancellation'
import { createStatusNormalizer } from './create-status-normalizer'

const MESSAGE = "Cancelled by the caller's AbortSignal; no answer arriving after it is read."

describe('a cancellation', () => {
  const hanging = () => createStatusNormalizer({ providers: [fakeProvider(() => new Promise(() => {}))] })
  const query = { provider: 'fake', id: '1' } as const

  it('is one error with one message, whether given to getStatus, getStatuses or waitForStatus', async () => {
    const reason = new Error('shutting down')
    const durum = hanging()
    const batch = async () => {
      for await (const _ of durum.getStatuses([query], { signal: AbortSignal.abort(reason) })) {
        // Nothing settles: the batch ends at once.
      }
    }
    const errors = await Promise.all([
      rejectedDurumError(durum.getStatus(query, { signal: AbortSignal.abort(reason) })),
      rejectedDurumError(batch()),
      rejectedDurumError(durum.waitForStatus(query, { timeoutMs: 1000, signal: AbortSignal.abort(reason) })),
    ])
    expect(
      errors.map(({ code, retryable, message, cause }) => ({ code, retryable, message, cause })),
    ).toEqual([
      { code: 'transport', retryable: false, message: MESSAGE, cause: reason },
      { code: 'transport', retryable: false, message: MESSAGE, cause: reason },
      { code: 'transport', retryable: false, message: MESSAGE, cause: reason },
    ])
    expect(errors.map((error) => error.provider)).toEqual(['fake', undefined, 'fake'])
  })

  it('mid-flight, names the provider of the query it cut short', async () => {
    const controller = new AbortController()
    const pending = rejectedDurumError(
      hanging().waitForStatus(query, { timeoutMs: 1000, signal: controller.signal }),
    )
    controller.abort()
    expect(await pending).toMatchObject({ code: 'transport', provider: 'fake', message: MESSAGE })
  })
})

describe('abortable', () => {
  it('passes the work through untouched without a signal, and settles as the work does before an abort', async () => {
    const work = Promise.resolve('answer')
    expect(abortable(work, undefined, 'fake')).toBe(work)
    expect(await abortable(Promise.resolve('answer'), new AbortController().signal, 'fake')).toBe('answer')
    const failure = new Error('provider failed')
    await expect(abortable(Promise.reject(failure), new AbortController().signal, 'fake')).rejects.toBe(
      failure,
    )
  })
})
