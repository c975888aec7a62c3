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
    // Slots count from no earlier than the call: a busy machine may start any query late, the first
    // included, but never one before its slot.
    const called = performance.now()
    await collect(durum.getStatuses(mixed, { ratePerMinute: 3000 }))
    for (const times of Object.values(starts)) {
      expect(times).toHaveLength(5)
      for (let i = 1; i < times.length; i++) {
        expect((times[i] as number) - called).toBeGreaterThanOrEqual(20 * i - 1)
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
    // From the call, not from a's first start, which a busy machine may run late.
    const called = performance.now()
    await collect(
      durum.getStatuses([...queries(3, 'a'), ...queries(6, 'b')] as never[], { ratePerMinute: { a: 2000 } }),
    )
    const a = starts.a as number[]
    const b = starts.b as number[]
    expect(a[2]! - called).toBeGreaterThanOrEqual(60 - 2)
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

  it('ends with a validation error caused by a failing input, and with the error of a throwing onProgress', async () => {
    const { provider } = scripted({})
    const durum = createStatusNormalizer({ providers: [provider] })
    const broken = new Error('CSV line 3 is malformed')
    function* generate() {
      yield { provider: 'fake' as const, id: '1' }
      throw broken
    }
    await expect(collect(durum.getStatuses(generate()))).rejects.toMatchObject({
      code: 'validation',
      field: 'queries',
      message:
        'Reading the next query failed: the input threw (Error); the batch stopped. The error is the cause.',
      cause: broken,
    })
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

describe('getStatuses on hostile input', () => {
  const durum = () => createStatusNormalizer({ providers: [scripted({}).provider] })

  it.each<[string, unknown, string]>([
    ['a number', 42, 'a number'],
    ['null', null, 'null'],
    ['a string', 'ab', 'a string'],
    ['an object that is not iterable', { provider: 'fake', id: '1' }, 'an object that is not iterable'],
  ])('refuses %s at the call, naming queries', (_, queries, what) => {
    expect(() => durum().getStatuses(queries as never)).toThrow(
      expect.objectContaining({
        code: 'validation',
        field: 'queries',
        message: `getStatuses needs an array, an iterable or an async iterable of queries, not ${what}.`,
      }),
    )
  })

  it('refuses an iterable whose iterator method cannot be read, at the call', () => {
    const hostile = new Proxy([], {
      get() {
        throw new TypeError('trap')
      },
    })
    expect(() => durum().getStatuses(hostile)).toThrow(
      expect.objectContaining({ code: 'validation', field: 'queries' }),
    )
  })

  it('ends with a validation error when the iterator cannot be opened or its next() throws at once', async () => {
    const unopenable = {
      [Symbol.iterator]() {
        throw new TypeError('not today')
      },
    }
    const syncThrowingAsync = {
      [Symbol.asyncIterator]: () => ({
        next() {
          throw new TypeError('not today')
        },
      }),
    }
    for (const queries of [unopenable, syncThrowingAsync]) {
      await expect(collect(durum().getStatuses(queries as never))).rejects.toMatchObject({
        code: 'validation',
        field: 'queries',
        message:
          'Reading the next query failed: the input threw (TypeError); the batch stopped. The error is the cause.',
      })
    }
  })

  it('ends with a validation error, not an empty success, when a sync input throws on its first read', async () => {
    const broken = new TypeError('no rows')
    const input = {
      [Symbol.iterator]: () => ({
        next(): IteratorResult<{ provider: 'fake'; id: string }> {
          throw broken
        },
      }),
    }
    await expect(collect(durum().getStatuses(input))).rejects.toMatchObject({
      code: 'validation',
      field: 'queries',
      message:
        'Reading the next query failed: the input threw (TypeError); the batch stopped. The error is the cause.',
      cause: broken,
    })
  })

  it('gives a query with a throwing getter, or a Proxy that throws, its own validation result and goes on', async () => {
    const throwing = Object.defineProperty({ provider: 'fake' }, 'id', {
      enumerable: true,
      get() {
        throw new Error('no id today')
      },
    })
    const trap = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap')
        },
      },
    )
    const results = await collect(
      durum().getStatuses([throwing, { provider: 'fake', id: '2' }, trap] as never[]),
    )
    const byIndex = new Map(results.map((r) => [r.index, r.ok ? 'ok' : `${r.error.code} ${r.error.field}`]))
    expect(Object.fromEntries(byIndex)).toEqual({ 0: 'validation query', 1: 'ok', 2: 'validation query' })
  })

  it('refuses options that are not an object, a signal that is not one, and a callback that is not a function', () => {
    expect(() => durum().getStatuses([], null as never)).toThrow(
      expect.objectContaining({ field: 'options' }),
    )
    expect(() => durum().getStatuses([], { signal: {} as never })).toThrow(
      expect.objectContaining({ field: 'signal' }),
    )
    expect(() => durum().getStatuses([], { onProgress: 'log' as never })).toThrow(
      expect.objectContaining({
        field: 'onProgress',
        message: 'onProgress must be a function, not a string.',
      }),
    )
  })
})

describe('getStatuses bounds', () => {
  const durum = () => createStatusNormalizer({ providers: [scripted({}).provider] })

  it.each([1001, 1e9])('refuses concurrency %s, naming the bound', (concurrency) => {
    expect(() => durum().getStatuses([], { concurrency })).toThrow(
      expect.objectContaining({
        field: 'concurrency',
        message: `concurrency must be a whole number from 1 to 1000, not ${concurrency}.`,
      }),
    )
  })

  it.each([1e-5, 0.01, 2e6, Number.POSITIVE_INFINITY])(
    'refuses ratePerMinute %s, naming the bounds',
    (rate) => {
      for (const [option, field] of [
        [rate, 'ratePerMinute'],
        [{ fake: rate }, 'ratePerMinute.fake'],
      ] as const) {
        expect(() => durum().getStatuses([], { ratePerMinute: option })).toThrow(
          expect.objectContaining({
            field,
            message: `${field} must be a number of queries per minute from 1/60 (one an hour) to 1000000, not ${rate}.`,
          }),
        )
      }
    },
  )

  it('accepts the bounds themselves', () => {
    expect(() => durum().getStatuses([], { concurrency: 1000, ratePerMinute: 1 / 60 })).not.toThrow()
    expect(() => durum().getStatuses([], { ratePerMinute: 1_000_000 })).not.toThrow()
  })

  it('does not sleep through a Retry-After past the bound: the provider’s other queries fail at once, unsent', async () => {
    const starts: string[] = []
    const provider = fakeProvider(async ({ id }) => {
      starts.push(id)
      throw new DurumError({
        code: 'rate_limited',
        provider: 'fake',
        retryAfterMs: 99_999_999_000,
        message: 'fake asked to wait 99999999 s.',
      })
    })
    const began = performance.now()
    const results = await collect(
      createStatusNormalizer({ providers: [provider] }).getStatuses(queries(3), { concurrency: 1 }),
    )
    expect(performance.now() - began).toBeLessThan(500)
    expect(starts).toEqual(['0'])
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([
      'rate_limited',
      'rate_limited',
      'rate_limited',
    ])
    const [, second] = results
    expect(second?.ok).toBe(false)
    if (second !== undefined && !second.ok) {
      expect(second.error.message).toBe(
        'fake asked to be left alone for 99999999 s more, longer than a batch waits (3600 s); this query was not sent. Send it again later.',
      )
      expect(second.error.retryAfterMs).toBeGreaterThan(99_999_998_000)
      expect(second.error.retryable).toBe(true)
    }
  })
})
