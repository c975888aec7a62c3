import { DurumError } from '@durum/core'
import * as v from 'valibot'
import { describe, expect, it, vi } from 'vitest'
import { fakePayment, fakeProvider } from './__test__/fake-provider'
import { rejectedDurumError } from './__test__/rejected-durum-error'
import { createStatusNormalizer } from './create-status-normalizer'
import { defineProvider } from './define-provider'
import type { NormalizedPayment } from './normalized-result'

describe('createStatusNormalizer', () => {
  it('refuses two providers with the same name', () => {
    const provider = fakeProvider(async () => fakePayment('PENDING'))
    expect(() => createStatusNormalizer({ providers: [provider, provider] })).toThrow(
      expect.objectContaining({ code: 'validation', field: 'providers' }),
    )
  })

  it('exposes the registered providers by name', () => {
    const a = fakeProvider(async () => fakePayment('PENDING'), 'a')
    const b = fakeProvider(async () => fakePayment('PENDING'), 'b')
    const durum = createStatusNormalizer({ providers: [a, b] })
    expect([...durum.providers.keys()]).toEqual(['a', 'b'])
    expect(durum.providers.get('b')).toBe(b)
  })
})

describe('the engine is the door a query passes once', () => {
  /** A provider whose schema trims its id, recording what its getStatus receives. */
  function trimming() {
    const received: unknown[] = []
    const provider = defineProvider<'trim', { query: { id: string }; result: NormalizedPayment }>({
      name: 'trim',
      querySchema: v.strictObject({
        id: v.pipe(v.string('id must be a string.'), v.trim(), v.nonEmpty('id must not be empty.')),
      }),
      getStatus: async (query) => {
        received.push(query)
        return fakePayment('SUCCEEDED', 'trim')
      },
    })
    return { durum: createStatusNormalizer({ providers: [provider] }), received }
  }

  it('hands the provider the schema’s output, through getStatus, getStatuses and waitForStatus alike', async () => {
    const { durum, received } = trimming()
    const query = { provider: 'trim', id: '  42 ' } as const
    await durum.getStatus(query)
    for await (const _ of durum.getStatuses([query])) {
      // One result; what matters is what the provider received.
    }
    await durum.waitForStatus(query, { timeoutMs: 1000 })
    expect(received).toEqual([{ id: '42' }, { id: '42' }, { id: '42' }])
  })

  it('refuses an invalid query in the same words at every door, and the provider never sees it', async () => {
    const { durum, received } = trimming()
    const query = { provider: 'trim', id: '   ' } as const
    const message = 'The trim query is invalid at `id`: id must not be empty. Nothing was sent to trim.'
    const batch: string[] = []
    for await (const entry of durum.getStatuses([query]))
      batch.push(entry.ok ? 'a result' : entry.error.message)
    expect([
      (await rejectedDurumError(durum.getStatus(query))).message,
      ...batch,
      (await rejectedDurumError(durum.waitForStatus(query, { timeoutMs: 1000 }))).message,
    ]).toEqual([message, message, message])
    expect(received).toEqual([])
  })
})

describe('getStatus', () => {
  it('routes the validated query (without provider) to the named provider and returns its answer', async () => {
    const a = fakeProvider(async () => fakePayment('PENDING', 'a'), 'a')
    const answerB = vi.fn(async () => fakePayment('SUCCEEDED', 'b'))
    const durum = createStatusNormalizer({ providers: [a, fakeProvider(answerB, 'b')] })
    const result = await durum.getStatus({ provider: 'b', id: '42' })
    expect(result.status).toBe('SUCCEEDED')
    expect(answerB).toHaveBeenCalledWith({ id: '42' }, expect.objectContaining({ signal: undefined }))
  })

  it('sends nothing when the query is invalid', async () => {
    const answer = vi.fn(async () => fakePayment('PENDING'))
    const durum = createStatusNormalizer({ providers: [fakeProvider(answer)] })
    const error = await rejectedDurumError(durum.getStatus({ provider: 'fake', id: '' }))
    expect(error.field).toBe('id')
    const unknown = await rejectedDurumError(durum.getStatus({ provider: 'nope', id: '1' } as never))
    expect(unknown.field).toBe('provider')
    expect(answer).not.toHaveBeenCalled()
  })

  it("passes a provider's DurumError through unchanged", async () => {
    const notFound = new DurumError({ code: 'not_found', provider: 'fake', message: 'No payment 1.' })
    const durum = createStatusNormalizer({ providers: [fakeProvider(() => Promise.reject(notFound))] })
    expect(await rejectedDurumError(durum.getStatus({ provider: 'fake', id: '1' }))).toBe(notFound)
  })

  it('wraps anything else a provider throws as a provider error, keeping the cause but not its message', async () => {
    const bug = new TypeError('cannot read secretKey sk_live_123 of undefined')
    const durum = createStatusNormalizer({ providers: [fakeProvider(() => Promise.reject(bug))] })
    const error = await rejectedDurumError(durum.getStatus({ provider: 'fake', id: '1' }))
    expect(error.code).toBe('provider')
    expect(error.provider).toBe('fake')
    expect(error.cause).toBe(bug)
    expect(error.message).toBe(
      'The fake provider failed with an unexpected error (TypeError); this is a bug in the provider package, please report it.',
    )
    expect(error.message).not.toContain('sk_live_123')
  })

  it('refuses null, options that are not an object, and a signal that is not an AbortSignal', async () => {
    const answer = vi.fn(async () => fakePayment('PENDING'))
    const durum = createStatusNormalizer({ providers: [fakeProvider(answer)] })
    expect(await rejectedDurumError(durum.getStatus(null as never))).toMatchObject({
      code: 'validation',
      field: 'provider',
    })
    expect(
      await rejectedDurumError(durum.getStatus({ provider: 'fake', id: '1' }, null as never)),
    ).toMatchObject({
      code: 'validation',
      field: 'options',
      message: 'The options of getStatus must be an object, not null.',
    })
    expect(
      await rejectedDurumError(durum.getStatus({ provider: 'fake', id: '1' }, { signal: 'soon' as never })),
    ).toMatchObject({ code: 'validation', field: 'signal' })
    expect(answer).not.toHaveBeenCalled()
  })

  it('wraps a thrown Proxy whose traps throw as a provider error, never letting the trap escape', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap')
        },
        getPrototypeOf() {
          throw new Error('trap')
        },
      },
    )
    const durum = createStatusNormalizer({ providers: [fakeProvider(() => Promise.reject(hostile))] })
    const error = await rejectedDurumError(durum.getStatus({ provider: 'fake', id: '1' }))
    expect(error.code).toBe('provider')
    expect(error.message).toBe(
      'The fake provider failed with an unexpected error (an unreadable value); this is a bug in the provider package, please report it.',
    )
  })

  it("passes a provider's response_format error through as it is, e.g. for a body nested too deep", async () => {
    const tooDeep = new DurumError({
      code: 'response_format',
      provider: 'fake',
      message: 'fake answered with JSON nested deeper than 512 levels.',
    })
    const durum = createStatusNormalizer({ providers: [fakeProvider(() => Promise.reject(tooDeep))] })
    expect(await rejectedDurumError(durum.getStatus({ provider: 'fake', id: '1' }))).toBe(tooDeep)
    const entries = []
    for await (const entry of durum.getStatuses([{ provider: 'fake', id: '1' }])) entries.push(entry)
    expect(entries.map((entry) => (entry.ok ? entry.result : entry.error))).toEqual([tooDeep])
    expect(
      await rejectedDurumError(durum.waitForStatus({ provider: 'fake', id: '1' }, { timeoutMs: 1000 })),
    ).toBe(tooDeep)
  })

  it('sends nothing when the signal is already aborted', async () => {
    const answer = vi.fn(async () => fakePayment('PENDING'))
    const durum = createStatusNormalizer({ providers: [fakeProvider(answer)] })
    const reason = new Error('user left')
    const error = await rejectedDurumError(
      durum.getStatus({ provider: 'fake', id: '1' }, { signal: AbortSignal.abort(reason) }),
    )
    expect(error.code).toBe('transport')
    expect(error.retryable).toBe(false)
    expect(error.cause).toBe(reason)
    expect(answer).not.toHaveBeenCalled()
  })

  it('gives the provider the signal, and rejects promptly on abort even if the provider ignores it', async () => {
    let seen: AbortSignal | undefined
    const durum = createStatusNormalizer({
      providers: [
        fakeProvider((_, options) => {
          seen = options?.signal
          return new Promise(() => {})
        }),
      ],
    })
    const controller = new AbortController()
    const pending = rejectedDurumError(
      durum.getStatus({ provider: 'fake', id: '1' }, { signal: controller.signal }),
    )
    controller.abort()
    const error = await pending
    expect(seen).toBe(controller.signal)
    expect(seen?.aborted).toBe(true)
    expect(error.code).toBe('transport')
    expect(error.retryable).toBe(false)
    expect(error.message).toBe("Cancelled by the caller's AbortSignal; no answer arriving after it is read.")
    expect(error.provider).toBe('fake')
  })
})
