import { abortableDelay, DurumError } from '@durum/core'
import { describe, expect, it, vi } from 'vitest'
import { fakePayment, fakeProvider } from './__test__/fake-provider'
import { createStatusNormalizer } from './create-status-normalizer'
import type { BatchProgress } from './get-statuses'
import type { NormalizedPayment } from './normalized-result'

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = []
  for await (const item of iterable) items.push(item)
  return items
}

const queries = (count: number, provider = 'fake') =>
  Array.from({ length: count }, (_, i) => ({ provider, id: String(i) }) as { provider: 'fake'; id: string })

/** A provider answering query `id` after `delays[id]` ms, failing the ids in `failing`. */
function scripted(delays: Record<string, number>, failing: ReadonlySet<string> = new Set()) {
  const starts: string[] = []
  const provider = fakeProvider(async ({ id }) => {
    starts.push(id)
    await abortableDelay(delays[id] ?? 0)
    if (failing.has(id))
      throw new DurumError({ code: 'provider', provider: 'fake', message: `fake refused ${id}.` })
    return fakePayment('SUCCEEDED')
  })
  return { provider, starts }
}

describe('getStatuses', () => {
  it('yields one result per query, in completion order, each with its input index and query', async () => {
    // Each answer is released by the test, in the order 1, 2, 0, so the order does not rest on timers.
    const answers = new Map<string, (payment: NormalizedPayment) => void>()
    const provider = fakeProvider(({ id }) => new Promise((resolve) => answers.set(id, resolve)))
    const durum = createStatusNormalizer({ providers: [provider] })
    const batch = durum.getStatuses(queries(3))[Symbol.asyncIterator]()
    const results = []
    for (const id of ['1', '2', '0']) {
      const next = batch.next()
      await vi.waitFor(() => expect(answers.has(id)).toBe(true))
      answers.get(id)?.(fakePayment('SUCCEEDED', 'fake', `answer ${id}`))
      const step = await next
      if (!step.done) results.push(step.value)
    }
    expect(await batch.next()).toEqual({ done: true, value: undefined })
    expect(results.map((r) => r.index)).toEqual([1, 2, 0])
    expect(results.map((r) => r.query.id)).toEqual(['1', '2', '0'])
    expect(results.map((r) => (r.ok ? r.result.rawStatus : r.error.code))).toEqual([
      'answer 1',
      'answer 2',
      'answer 0',
    ])
  })

  it('reports a failure as a result and carries on with the rest', async () => {
    const { provider } = scripted({}, new Set(['1']))
    const durum = createStatusNormalizer({ providers: [provider] })
    const results = await collect(durum.getStatuses(queries(3)))
    const failed = results.flatMap((r) => (r.ok ? [] : [[r.index, r.error.code]]))
    expect(failed).toEqual([[1, 'provider']])
  })

  it('turns an invalid query into a validation result without sending it', async () => {
    const { provider, starts } = scripted({})
    const durum = createStatusNormalizer({ providers: [provider] })
    const mixed = [
      { provider: 'fake', id: '0' },
      { provider: 'fake', id: '' },
      { provider: 'other', id: '2' },
    ]
    const results = await collect(durum.getStatuses(mixed as never))
    const byIndex = new Map(results.map((r) => [r.index, r]))
    expect(byIndex.get(0)?.ok).toBe(true)
    expect(byIndex.get(1)).toMatchObject({ ok: false, error: { code: 'validation', field: 'id' } })
    expect(byIndex.get(2)).toMatchObject({ ok: false, error: { code: 'validation', field: 'provider' } })
    expect(starts).toEqual(['0'])
  })

  it('keeps at most `concurrency` queries in flight, 8 by default', async () => {
    for (const concurrency of [undefined, 3]) {
      let inFlight = 0
      let peak = 0
      const provider = fakeProvider(async () => {
        peak = Math.max(peak, ++inFlight)
        await abortableDelay(2)
        inFlight--
        return fakePayment('PENDING')
      })
      const durum = createStatusNormalizer({ providers: [provider] })
      await collect(durum.getStatuses(queries(30), concurrency === undefined ? {} : { concurrency }))
      expect(peak).toBe(concurrency ?? 8)
    }
  })

  it('reads a sync iterable lazily: never more than twice the concurrency ahead of the answers', async () => {
    let produced = 0
    let answered = 0
    let furthestAhead = 0
    function* generate() {
      for (let i = 0; i < 200; i++) {
        produced++
        furthestAhead = Math.max(furthestAhead, produced - answered)
        yield { provider: 'fake' as const, id: String(i) }
      }
    }
    const provider = fakeProvider(async () => {
      await abortableDelay(0)
      answered++
      return fakePayment('PENDING')
    })
    const durum = createStatusNormalizer({ providers: [provider] })
    const results = await collect(durum.getStatuses(generate(), { concurrency: 4 }))
    expect(results).toHaveLength(200)
    expect(furthestAhead).toBeLessThanOrEqual(2 * 4 + 1)
  })

  it('reads an async iterable', async () => {
    async function* generate() {
      for (let i = 0; i < 20; i++) {
        await abortableDelay(0)
        yield { provider: 'fake' as const, id: String(i) }
      }
    }
    const { provider } = scripted({})
    const durum = createStatusNormalizer({ providers: [provider] })
    const results = await collect(durum.getStatuses(generate(), { concurrency: 3 }))
    expect(results.map((r) => r.index).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i))
  })

  it('reports progress after every start and completion, with the total for an array', async () => {
    const { provider } = scripted({}, new Set(['2']))
    const durum = createStatusNormalizer({ providers: [provider] })
    const snapshots: BatchProgress[] = []
    await collect(durum.getStatuses(queries(4), { onProgress: (p) => snapshots.push(p) }))
    expect(snapshots).toHaveLength(8)
    expect(snapshots.at(-1)).toEqual({ started: 4, completed: 4, succeeded: 3, failed: 1, total: 4 })
    expect(
      snapshots.every(
        (p, i) =>
          i === 0 ||
          p.started + p.completed ===
            (snapshots[i - 1] as BatchProgress).started + (snapshots[i - 1] as BatchProgress).completed + 1,
      ),
    ).toBe(true)
  })

  it('leaves total out for an iterator of unknown length', async () => {
    const { provider } = scripted({})
    const durum = createStatusNormalizer({ providers: [provider] })
    const snapshots: BatchProgress[] = []
    await collect(durum.getStatuses(queries(2).values(), { onProgress: (p) => snapshots.push(p) }))
    expect(snapshots.at(-1)).toEqual({ started: 2, completed: 2, succeeded: 2, failed: 0 })
  })

  it('paces the starts of each provider on slots 60 000 / ratePerMinute ms apart, providers independently', async () => {
    const starts: Record<string, number[]> = { a: [], b: [] }
    const record = (name: 'a' | 'b') =>
      fakeProvider(async () => {
        starts[name]?.push(performance.now())
        return fakePayment('SUCCEEDED', name)
      }, name)
    const durum = createStatusNormalizer({ providers: [record('a'), record('b')] })
    const mixed = [...queries(5, 'a'), ...queries(5, 'b')] as never[]
    await collect(durum.getStatuses(mixed, { ratePerMinute: 3000 }))
    for (const times of Object.values(starts)) {
      expect(times).toHaveLength(5)
      // The i-th start is never before its slot (a late start's successor may catch its own slot up).
      for (let i = 1; i < times.length; i++) {
        expect((times[i] as number) - (times[0] as number)).toBeGreaterThanOrEqual(20 * i - 1)
      }
    }
    // b was not held up behind a: its first query started before a's second.
    expect(starts.b?.[0]).toBeLessThan(starts.a?.[1] as number)
  })

  it('limits only the providers named in a per-provider rate', async () => {
    const starts: Record<string, number[]> = { a: [], b: [] }
    const record = (name: 'a' | 'b') =>
      fakeProvider(async () => {
        starts[name]?.push(performance.now())
        return fakePayment('SUCCEEDED', name)
      }, name)
    const durum = createStatusNormalizer({ providers: [record('a'), record('b')] })
    await collect(
      durum.getStatuses([...queries(3, 'a'), ...queries(6, 'b')] as never[], { ratePerMinute: { a: 2000 } }),
    )
    const a = starts.a as number[]
    const b = starts.b as number[]
    expect(a[2]! - a[0]!).toBeGreaterThanOrEqual(60 - 2)
    // b is unlimited: all of it started before a's second start.
    expect(b.at(-1)).toBeLessThan(a[1] as number)
  })

  it('holds a provider off for the Retry-After it sent', async () => {
    const starts: number[] = []
    let first = true
    const provider = fakeProvider(async () => {
      starts.push(performance.now())
      if (first) {
        first = false
        throw new DurumError({
          code: 'rate_limited',
          provider: 'fake',
          retryAfterMs: 50,
          message: 'slow down',
        })
      }
      return fakePayment('SUCCEEDED')
    })
    const durum = createStatusNormalizer({ providers: [provider] })
    const results = await collect(durum.getStatuses(queries(2), { concurrency: 1 }))
    expect(results.map((r) => r.ok)).toEqual([false, true])
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(49)
  })

  it('on abort: ends promptly with a non-retryable transport error and aborts what is in flight', async () => {
    const signals: AbortSignal[] = []
    const provider = fakeProvider((_, options) => {
      if (options?.signal) signals.push(options.signal)
      return new Promise(() => {})
    })
    const durum = createStatusNormalizer({ providers: [provider] })
    const controller = new AbortController()
    const reason = new Error('shutting down')
    setTimeout(() => controller.abort(reason), 10)
    const began = performance.now()
    const error = await collect(
      durum.getStatuses(queries(50), { concurrency: 4, signal: controller.signal }),
    ).catch((e: unknown) => e as DurumError)
    expect(performance.now() - began).toBeLessThan(200)
    expect(error).toMatchObject({ code: 'transport', retryable: false, cause: reason })
    expect(signals).toHaveLength(4)
    expect(signals.every((s) => s.aborted)).toBe(true)
  })

  it('stops reading and aborts in-flight work when the consumer breaks out', async () => {
    const signals: AbortSignal[] = []
    let produced = 0
    let closedSource = false
    function* generate() {
      try {
        for (let i = 0; ; i++) {
          produced++
          yield { provider: 'fake' as const, id: String(i) }
        }
      } finally {
        closedSource = true
      }
    }
    const provider = fakeProvider(async ({ id }, options) => {
      if (id !== '0') {
        if (options?.signal) signals.push(options.signal)
        await new Promise(() => {})
      }
      return fakePayment('SUCCEEDED')
    })
    const durum = createStatusNormalizer({ providers: [provider] })
    for await (const result of durum.getStatuses(generate(), { concurrency: 2 })) {
      expect(result.index).toBe(0)
      break
    }
    expect(closedSource).toBe(true)
    expect(produced).toBeLessThan(10)
    expect(signals.length).toBeGreaterThan(0)
    expect(signals.every((s) => s.aborted)).toBe(true)
  })

  it('ends with the error of a failing input, and with the error of a throwing onProgress', async () => {
    const { provider } = scripted({})
    const durum = createStatusNormalizer({ providers: [provider] })
    const broken = new Error('CSV line 3 is malformed')
    function* generate() {
      yield { provider: 'fake' as const, id: '1' }
      throw broken
    }
    await expect(collect(durum.getStatuses(generate()))).rejects.toBe(broken)
    const callbackBug = new Error('progress bar crashed')
    const onProgress = vi.fn(() => {
      throw callbackBug
    })
    await expect(collect(durum.getStatuses(queries(3), { onProgress }))).rejects.toBe(callbackBug)
  })

  it('refuses nonsensical options up front', () => {
    const durum = createStatusNormalizer({ providers: [scripted({}).provider] })
    expect(() => durum.getStatuses([], { concurrency: 0 })).toThrow(
      expect.objectContaining({ field: 'concurrency' }),
    )
    expect(() => durum.getStatuses([], { concurrency: 1.5 })).toThrow(
      expect.objectContaining({ field: 'concurrency' }),
    )
    expect(() => durum.getStatuses([], { ratePerMinute: -1 })).toThrow(
      expect.objectContaining({ field: 'ratePerMinute' }),
    )
    expect(() => durum.getStatuses([], { ratePerMinute: { fake: Number.NaN } })).toThrow(
      expect.objectContaining({ field: 'ratePerMinute.fake' }),
    )
  })

  it('finishes at once on an empty input', async () => {
    const durum = createStatusNormalizer({ providers: [scripted({}).provider] })
    expect(await collect(durum.getStatuses([]))).toEqual([])
  })
})
