import { abortableDelay, DurumError } from '@durum/core'
import * as v from 'valibot'
import { describe, expect, it, vi } from 'vitest'
import { fakePayment, fakeProvider } from './__test__/fake-provider'
import { rejectedDurumError } from './__test__/rejected-durum-error'
import { createStatusNormalizer } from './create-status-normalizer'
import { defineProvider } from './define-provider'
import type { NormalizedPayment, NormalizedSession } from './normalized-result'

const query = { provider: 'fake', id: 'p-1' } as const

/** A provider that answers from `script` in turn (repeating the last entry): a result or an error. */
function scripted(script: readonly (NormalizedPayment | DurumError | 'hang')[]) {
  const calls: number[] = []
  const provider = fakeProvider(async () => {
    calls.push(performance.now())
    const step = script[Math.min(calls.length, script.length) - 1]
    if (step === 'hang') return new Promise<never>(() => {})
    if (DurumError.isInstance(step)) throw step
    return step as NormalizedPayment
  })
  return { durum: createStatusNormalizer({ providers: [provider] }), calls }
}

const transient = new DurumError({
  code: 'transport',
  provider: 'fake',
  message: 'fake did not answer within 10 ms.',
})

describe('waitForStatus', () => {
  it('polls until the payment is settled, calling onChange only when the status moves', async () => {
    const { durum, calls } = scripted([
      fakePayment('PENDING'),
      fakePayment('PENDING'),
      fakePayment('REQUIRES_ACTION'),
      fakePayment('SUCCEEDED'),
    ])
    const onChange = vi.fn()
    const result = await durum.waitForStatus(query, { timeoutMs: 2000, intervalMs: 2, onChange })
    expect(result.status).toBe('SUCCEEDED')
    expect(calls).toHaveLength(4)
    expect(onChange.mock.calls.map(([r]) => (r as NormalizedPayment).status)).toEqual([
      'PENDING',
      'REQUIRES_ACTION',
      'SUCCEEDED',
    ])
  })

  it('returns at once when the first answer already satisfies `until`', async () => {
    const { durum, calls } = scripted([fakePayment('FAILED')])
    expect((await durum.waitForStatus(query, { timeoutMs: 1000 })).status).toBe('FAILED')
    expect(calls).toHaveLength(1)
  })

  it('keeps polling a SUCCEEDED whose refunds are unchecked, and stops once they are checked', async () => {
    const unchecked = { ...fakePayment('SUCCEEDED'), refundsChecked: false }
    const { durum, calls } = scripted([
      unchecked,
      unchecked,
      { ...fakePayment('REFUNDED'), refundsChecked: true },
    ])
    const result = await durum.waitForStatus(query, { timeoutMs: 2000, intervalMs: 1 })
    expect(result.status).toBe('REFUNDED')
    expect(calls).toHaveLength(3)
  })

  it('honours a custom until', async () => {
    const { durum } = scripted([fakePayment('PENDING'), fakePayment('AUTHORIZED'), fakePayment('SUCCEEDED')])
    const result = await durum.waitForStatus(query, {
      timeoutMs: 2000,
      intervalMs: 1,
      until: (r) => r.status === 'SUCCEEDED',
    })
    expect(result.status).toBe('SUCCEEDED')
  })

  it('waits for a session until its status is known', async () => {
    const answers: NormalizedSession['status'][] = ['UNKNOWN', 'INACTIVE']
    let call = 0
    const sessions = defineProvider<'s', { query: { token: string }; result: NormalizedSession }>({
      name: 's',
      querySchema: v.object({ token: v.string() }),
      getStatus: async () => ({
        kind: 'session',
        provider: 's',
        source: 's.session',
        status: answers[Math.min(call++, 1)] as NormalizedSession['status'],
        rawStatus: 'x',
        explanation: 'x',
        reason: 's.session',
        paymentMethod: 'unknown',
        checkedAt: '2026-11-23T10:00:00+03:00',
        raw: {},
      }),
    })
    const durum = createStatusNormalizer({ providers: [sessions] })
    const result = await durum.waitForStatus(
      { provider: 's', token: 't' },
      { timeoutMs: 1000, intervalMs: 1 },
    )
    expect(result.status).toBe('INACTIVE')
  })

  it('keeps polling through transient errors and honours retryAfterMs', async () => {
    const limited = new DurumError({
      code: 'rate_limited',
      provider: 'fake',
      retryAfterMs: 60,
      message: 'slow down',
    })
    const { durum, calls } = scripted([transient, limited, fakePayment('SUCCEEDED')])
    const result = await durum.waitForStatus(query, { timeoutMs: 2000, intervalMs: 1 })
    expect(result.status).toBe('SUCCEEDED')
    expect(calls).toHaveLength(3)
    expect(calls[2]! - calls[1]!).toBeGreaterThanOrEqual(59)
  })

  it('rethrows a non-retryable error at once', async () => {
    const notFound = new DurumError({ code: 'not_found', provider: 'fake', message: 'No payment p-1.' })
    const { durum, calls } = scripted([fakePayment('PENDING'), notFound])
    expect(await rejectedDurumError(durum.waitForStatus(query, { timeoutMs: 2000, intervalMs: 1 }))).toBe(
      notFound,
    )
    expect(calls).toHaveLength(2)
  })

  it('backs off: pauses grow between unchanged answers', async () => {
    const { durum, calls } = scripted([fakePayment('PENDING')])
    await rejectedDurumError(
      durum.waitForStatus(query, { timeoutMs: 150, intervalMs: 8, maxIntervalMs: 1000 }),
    )
    const pauses = calls.slice(1).map((t, i) => t - (calls[i] as number))
    // Nominal 8, 16, 32, 64 ms with jitter in the upper half of each.
    expect(pauses.length).toBeGreaterThanOrEqual(3)
    expect(pauses[0]).toBeGreaterThanOrEqual(4 - 1)
    expect(pauses[2]).toBeGreaterThanOrEqual(16 - 1)
  })

  it('on timeout throws transport naming the last status seen', async () => {
    const { durum } = scripted([fakePayment('PENDING', 'fake', 'waiting for bank')])
    const began = performance.now()
    const error = await rejectedDurumError(durum.waitForStatus(query, { timeoutMs: 80, intervalMs: 5 }))
    expect(performance.now() - began).toBeGreaterThanOrEqual(79)
    expect(performance.now() - began).toBeLessThan(500)
    expect(error.code).toBe('transport')
    expect(error.provider).toBe('fake')
    expect(error.message).toBe(
      'The fake query {"id":"p-1"} did not reach the awaited status within 80 ms; the last status seen was PENDING (fake said "waiting for bank"). Poll again later or raise timeoutMs.',
    )
  })

  it('on timeout with no answer at all names the last error, and cuts a hanging poll short', async () => {
    const { durum } = scripted([transient, 'hang'])
    const began = performance.now()
    const error = await rejectedDurumError(durum.waitForStatus(query, { timeoutMs: 60, intervalMs: 1 }))
    expect(performance.now() - began).toBeLessThan(500)
    expect(error.code).toBe('transport')
    expect(error.message).toBe(
      'The fake query {"id":"p-1"} did not reach the awaited status within 60 ms; no answer was received (last error: fake did not answer within 10 ms.). Poll again later or raise timeoutMs.',
    )
    expect(error.cause).toBe(transient)
  })

  it('on abort ends promptly with a non-retryable transport error, during a poll or a pause', async () => {
    for (const script of [['hang'], [fakePayment('PENDING')]] as const) {
      const { durum } = scripted(script)
      const controller = new AbortController()
      const pending = rejectedDurumError(
        durum.waitForStatus(query, { timeoutMs: 10_000, intervalMs: 5000, signal: controller.signal }),
      )
      await abortableDelay(10)
      const began = performance.now()
      controller.abort()
      const error = await pending
      expect(performance.now() - began).toBeLessThan(250)
      expect(error).toMatchObject({ code: 'transport', retryable: false })
    }
  })

  it('validates the query and the options before polling', async () => {
    const { durum, calls } = scripted([fakePayment('SUCCEEDED')])
    expect(
      (await rejectedDurumError(durum.waitForStatus({ provider: 'fake', id: '' }, { timeoutMs: 100 }))).field,
    ).toBe('id')
    expect((await rejectedDurumError(durum.waitForStatus(query, { timeoutMs: 0 }))).field).toBe('timeoutMs')
    expect(
      (await rejectedDurumError(durum.waitForStatus(query, { timeoutMs: 10, intervalMs: -1 }))).field,
    ).toBe('intervalMs')
    expect(calls).toHaveLength(0)
  })
})

describe('waitForStatus bounds and input', () => {
  it.each<[string, object, string]>([
    [
      'timeoutMs past a day',
      { timeoutMs: 3e9 },
      'timeoutMs must be a positive number of milliseconds, at most 86400000 (a day), not 3000000000.',
    ],
    [
      'intervalMs past an hour',
      { timeoutMs: 1000, intervalMs: 4e6 },
      'intervalMs must be a positive number of milliseconds, at most 3600000 (an hour), not 4000000.',
    ],
    [
      'maxIntervalMs past an hour',
      { timeoutMs: 1000, maxIntervalMs: 1e10 },
      'maxIntervalMs must be a positive number of milliseconds, at most 3600000 (an hour), not 10000000000.',
    ],
    [
      'a timeoutMs that is not a number',
      { timeoutMs: '5000' },
      'timeoutMs must be a positive number of milliseconds, at most 86400000 (a day), not a string.',
    ],
    ['no timeoutMs', {}, 'waitForStatus needs timeoutMs: how long to poll, at most 86400000 ms (a day).'],
  ])('refuses %s before polling, naming the option and its bound', async (_, options, message) => {
    const { durum, calls } = scripted([fakePayment('PENDING')])
    const error = await rejectedDurumError(durum.waitForStatus(query, options as never))
    expect(error).toMatchObject({ code: 'validation', message })
    expect(calls).toHaveLength(0)
  })

  it('refuses an undefined query, missing or null options, and callbacks that are not functions', async () => {
    const { durum, calls } = scripted([fakePayment('PENDING')])
    const wait = durum.waitForStatus as (query: unknown, options?: unknown) => Promise<unknown>
    expect(await rejectedDurumError(wait(undefined))).toMatchObject({ code: 'validation', field: 'provider' })
    expect(await rejectedDurumError(wait(query))).toMatchObject({ code: 'validation', field: 'timeoutMs' })
    expect(await rejectedDurumError(wait(query, null))).toMatchObject({
      code: 'validation',
      field: 'options',
    })
    expect(await rejectedDurumError(wait(query, { timeoutMs: 100, until: true }))).toMatchObject({
      field: 'until',
    })
    expect(await rejectedDurumError(wait(query, { timeoutMs: 100, signal: 1 }))).toMatchObject({
      field: 'signal',
    })
    expect(calls).toHaveLength(0)
  })

  it.each([
    ['of 99999999 s', [], 99_999_999_000, 10_000],
    ['longer than the time left', [fakePayment('PENDING')], 5000, 1000],
  ])(
    'gives a Retry-After %s back as rate_limited at once, instead of a poll loop or a timeout',
    async (_, before, retryAfterMs, timeoutMs) => {
      const limited = new DurumError({
        code: 'rate_limited',
        provider: 'fake',
        retryAfterMs,
        message: 'wait.',
      })
      const { durum, calls } = scripted([...before, limited])
      const began = performance.now()
      expect(await rejectedDurumError(durum.waitForStatus(query, { timeoutMs, intervalMs: 1 }))).toBe(limited)
      expect(performance.now() - began).toBeLessThan(500)
      expect(calls).toHaveLength(before.length + 1)
    },
  )

  it('lets what the caller’s own until throws out as it is, not as a provider bug', async () => {
    const { durum } = scripted([fakePayment('PENDING')])
    const mistake = new RangeError('until broke')
    const until = () => {
      throw mistake
    }
    await expect(durum.waitForStatus(query, { timeoutMs: 1000, until })).rejects.toBe(mistake)
  })
})
