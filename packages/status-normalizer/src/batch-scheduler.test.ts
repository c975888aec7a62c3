import { DurumError } from '@durum/core'
import { describe, expect, it, vi } from 'vitest'
import { type FakeQuery, fakePayment, fakeProvider } from './__test__/fake-provider'
import { type BatchSchedulerSettings, createBatchScheduler } from './batch-scheduler'
import type { ProviderCallOptions } from './define-provider'
import type { BatchProgress } from './get-statuses'
import type { NormalizedPayment } from './normalized-result'

type Query = { provider: string; id: string }

/** Providers whose answers the test releases by id, and the signals each query was sent with. */
function held(names: readonly string[] = ['fake']) {
  const answers = new Map<string, (payment: NormalizedPayment) => void>()
  const failures = new Map<string, (error: unknown) => void>()
  const signals = new Map<string, AbortSignal | undefined>()
  const providers = new Map(
    names.map((name) => [
      name,
      fakeProvider(
        ({ id }: FakeQuery, options?: ProviderCallOptions) =>
          new Promise<NormalizedPayment>((resolve, reject) => {
            answers.set(id, resolve)
            failures.set(id, reject)
            signals.set(id, options?.signal)
          }),
        name,
      ),
    ]),
  )
  return { providers, answers, failures, signals }
}

function scheduler(
  providers: ReturnType<typeof held>['providers'],
  settings: Partial<BatchSchedulerSettings> = {},
) {
  const onChange = vi.fn()
  const onFailure = vi.fn()
  const batch = createBatchScheduler<Query>(
    providers,
    {
      concurrency: 2,
      ratePerMinuteOf: () => undefined,
      signal: undefined,
      onProgress: undefined,
      total: undefined,
      ...settings,
    },
    { onChange, onFailure },
  )
  return { batch, onChange, onFailure }
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('createBatchScheduler', () => {
  it('settles a query that fails validation at once, unsent, under its input index', () => {
    const { providers, signals } = held()
    const progress: BatchProgress[] = []
    const { batch } = scheduler(providers, { onProgress: (p) => progress.push(p), total: 2 })
    batch.enqueue({ provider: 'fake', id: '' })
    expect(batch.take()).toMatchObject({ index: 0, ok: false, error: { code: 'validation', field: 'id' } })
    expect(progress).toEqual([{ started: 1, completed: 1, succeeded: 0, failed: 1, total: 2 }])
    expect(signals.size).toBe(0)
    expect(batch.idle).toBe(true)
  })

  it('counts results not yet taken against the concurrency, so a slow consumer holds starts back', async () => {
    const { providers, answers } = held()
    const { batch } = scheduler(providers)
    for (const id of ['a', 'b', 'c']) batch.enqueue({ provider: 'fake', id })
    expect(batch.wantsMore()).toBe(false)
    batch.startWhatCan()
    expect([...answers.keys()]).toEqual(['a', 'b'])
    answers.get('a')?.(fakePayment('SUCCEEDED'))
    await settled()
    batch.startWhatCan()
    expect([...answers.keys()]).toEqual(['a', 'b'])
    expect(batch.take()).toMatchObject({ index: 0, ok: true, query: { id: 'a' } })
    batch.startWhatCan()
    expect([...answers.keys()]).toEqual(['a', 'b', 'c'])
    expect(batch.idle).toBe(false)
  })

  it('paces a provider by its rate, waking the loop when the next start falls due', async () => {
    const { providers, answers } = held()
    const { batch, onChange } = scheduler(providers, { ratePerMinuteOf: () => 600 })
    batch.enqueue({ provider: 'fake', id: 'a' })
    batch.enqueue({ provider: 'fake', id: 'b' })
    const began = performance.now()
    batch.startWhatCan()
    expect([...answers.keys()]).toEqual(['a'])
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled(), { timeout: 1000 })
    expect(performance.now() - began).toBeGreaterThanOrEqual(99)
    batch.startWhatCan()
    expect([...answers.keys()]).toEqual(['a', 'b'])
  })

  it('after a Retry-After past the bound, fails that provider’s waiting queries unsent and leaves others alone', async () => {
    const { providers, failures, answers } = held(['slow', 'other'])
    const { batch } = scheduler(providers, { concurrency: 4 })
    batch.enqueue({ provider: 'slow', id: 'a' })
    batch.startWhatCan()
    failures.get('a')?.(
      new DurumError({ code: 'rate_limited', provider: 'slow', retryAfterMs: 7_200_000, message: 'later' }),
    )
    await settled()
    expect(batch.take()).toMatchObject({ index: 0, ok: false, error: { message: 'later' } })
    batch.enqueue({ provider: 'slow', id: 'b' })
    batch.enqueue({ provider: 'other', id: 'c' })
    batch.startWhatCan()
    const refused = batch.take()
    expect(refused).toMatchObject({ index: 1, ok: false, error: { code: 'rate_limited', provider: 'slow' } })
    expect(refused?.ok === false && refused.error.message).toBe(
      'slow asked to be left alone for 7200 s more, longer than a batch waits (3600 s); this query was not sent. Send it again later.',
    )
    expect([...answers.keys()]).toEqual(['a', 'c'])
  })

  it('aborts what is in flight with the signal’s reason when the signal aborts, and tells the loop', () => {
    const { providers, signals } = held()
    const controller = new AbortController()
    const { batch, onChange } = scheduler(providers, { signal: controller.signal })
    batch.enqueue({ provider: 'fake', id: 'a' })
    batch.startWhatCan()
    const reason = new Error('shutting down')
    controller.abort(reason)
    expect(signals.get('a')?.reason).toBe(reason)
    expect(onChange).toHaveBeenCalledTimes(1)
  })

  it('once closed, aborts what is in flight and keeps nothing that settles after', async () => {
    const { providers, answers, signals } = held()
    const { batch } = scheduler(providers)
    batch.enqueue({ provider: 'fake', id: 'a' })
    batch.startWhatCan()
    batch.close()
    expect(signals.get('a')?.aborted).toBe(true)
    answers.get('a')?.(fakePayment('SUCCEEDED'))
    await settled()
    expect(batch.take()).toBeUndefined()
  })

  it('hands what onProgress throws to the loop as the batch’s failure', () => {
    const { providers } = held()
    const bug = new Error('progress bar crashed')
    const { batch, onFailure } = scheduler(providers, {
      onProgress: () => {
        throw bug
      },
    })
    batch.enqueue({ provider: 'fake', id: 'a' })
    batch.startWhatCan()
    expect(onFailure).toHaveBeenCalledWith(bug)
  })
})
