import { abortableDelay, DurumError } from '@durum/core'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakePayment, fakeProvider } from './__test__/fake-provider'
import { createStatusNormalizer } from './create-status-normalizer'
import type { BatchProgress } from './get-statuses'

type Outcome = 'ok' | 'durum_error' | 'foreign_error' | 'invalid'

const behaviour = fc.record({
  outcome: fc.constantFrom<Outcome>('ok', 'ok', 'durum_error', 'foreign_error', 'invalid'),
  latencyMs: fc.constantFrom(-1, 0, 1, 2), // -1: answers synchronously-resolved, without a timer
})

function toInput<T>(items: T[], kind: 'array' | 'sync' | 'async'): Iterable<T> | AsyncIterable<T> {
  if (kind === 'array') return items
  if (kind === 'sync') return items.values()
  return (async function* () {
    for (const item of items) {
      await Promise.resolve()
      yield item
    }
  })()
}

describe('getStatuses properties', () => {
  it('every query yields exactly one result of the right kind, and concurrency is never exceeded', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(behaviour, { maxLength: 30 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom<'array' | 'sync' | 'async'>('array', 'sync', 'async'),
        async (behaviours, concurrency, kind) => {
          let inFlight = 0
          let peak = 0
          const provider = fakeProvider(async ({ id }) => {
            peak = Math.max(peak, ++inFlight)
            const { outcome, latencyMs } = behaviours[Number(id)] as (typeof behaviours)[number]
            try {
              if (latencyMs >= 0) await abortableDelay(latencyMs)
              if (outcome === 'durum_error') throw new DurumError({ code: 'not_found', message: `No ${id}.` })
              if (outcome === 'foreign_error') throw new RangeError('provider bug')
              return fakePayment('SUCCEEDED')
            } finally {
              inFlight--
            }
          })
          const durum = createStatusNormalizer({ providers: [provider] })
          const queries = behaviours.map(({ outcome }, i) => ({
            provider: 'fake' as const,
            id: outcome === 'invalid' ? '' : String(i),
          }))
          let last: BatchProgress | undefined
          const seen = new Map<number, boolean>()
          for await (const result of durum.getStatuses(toInput(queries, kind), {
            concurrency,
            onProgress: (p) => {
              last = p
            },
          })) {
            expect(seen.has(result.index)).toBe(false)
            expect(result.query).toBe(queries[result.index])
            seen.set(result.index, result.ok)
            if (!result.ok) expect(DurumError.isInstance(result.error)).toBe(true)
          }
          expect(seen.size).toBe(behaviours.length)
          behaviours.forEach(({ outcome }, i) => {
            expect(seen.get(i)).toBe(outcome === 'ok')
          })
          expect(peak).toBeLessThanOrEqual(concurrency)
          const failed = behaviours.filter((b) => b.outcome !== 'ok').length
          if (behaviours.length > 0) {
            expect(last).toMatchObject({
              started: behaviours.length,
              completed: behaviours.length,
              succeeded: behaviours.length - failed,
              failed,
            })
          }
        },
      ),
      { numRuns: 60 },
    )
  })

  describe('on a fake clock', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    })
    afterEach(() => {
      vi.useRealTimers()
    })

    it('no provider ever starts its n-th query before its n-th slot, 60 000 / ratePerMinute ms apart', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom<'a' | 'b'>('a', 'b'), { maxLength: 12 }),
          fc.integer({ min: 6000, max: 12_000 }),
          fc.integer({ min: 1, max: 6 }),
          async (names, ratePerMinute, concurrency) => {
            const starts: Record<'a' | 'b', number[]> = { a: [], b: [] }
            const record = (name: 'a' | 'b') =>
              fakeProvider(async () => {
                starts[name].push(performance.now())
                await abortableDelay(1)
                return fakePayment('SUCCEEDED', name)
              }, name)
            const durum = createStatusNormalizer({ providers: [record('a'), record('b')] })
            const queries = names.map((provider, i) => ({ provider, id: String(i) }))
            let count = 0
            let done = false
            const run = (async () => {
              for await (const _ of durum.getStatuses(queries, { ratePerMinute, concurrency })) count++
              done = true
            })()
            // The clock is fake, so it stands still between timers: the starts land on their slots
            // exactly, whatever the load on the machine.
            for (let round = 0; !done && round < 1000; round++) await vi.runAllTimersAsync()
            await run
            expect(count).toBe(names.length)
            const interval = 60_000 / ratePerMinute
            for (const times of Object.values(starts)) {
              for (let i = 1; i < times.length; i++) {
                expect((times[i] as number) - (times[0] as number)).toBeGreaterThanOrEqual(
                  i * interval - 1e-6,
                )
              }
            }
          },
        ),
        { numRuns: 15 },
      )
    })
  })
})
