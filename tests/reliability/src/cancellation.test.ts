import { DurumError } from '@durum/core'
import { afterEach, describe, expect, it } from 'vitest'
import { harnesses, type RunningHarness } from './support/provider-harness'
import { pendingQueries } from './support/seeded-answers'
import { eventually } from './support/settle'

/** How long after `abort()` a call may take to settle, on a loaded machine. */
const PROMPT_MS = 500
/** Per-attempt timeout far beyond the test, so only the abort can end a hanging call. */
const TIMEOUT_MS = 30_000

let running: RunningHarness | undefined
afterEach(async () => {
  await running?.close()
  running = undefined
})

/** Runs `call`, aborts after `afterMs`, and returns how long the call took to settle after the abort. */
async function abortDuring(
  call: (signal: AbortSignal) => Promise<unknown>,
  afterMs = 100,
): Promise<{ error: unknown; settledAfterAbortMs: number }> {
  const controller = new AbortController()
  const reason = new Error('the merchant closed the page')
  let abortedAt = 0
  setTimeout(() => {
    abortedAt = performance.now()
    controller.abort(reason)
  }, afterMs)
  try {
    await call(controller.signal)
  } catch (error) {
    return { error, settledAfterAbortMs: performance.now() - abortedAt }
  }
  throw new Error('the call was expected to end with the abort')
}

function expectCancelled(error: unknown) {
  expect(DurumError.isInstance(error)).toBe(true)
  const durumError = error as DurumError
  expect(durumError.code).toBe('transport')
  // A cancelled call is not retried by a wrapper that trusts `retryable`.
  expect(durumError.retryable).toBe(false)
  expect(durumError.message).toMatch(/cancel/i)
}

describe.each(harnesses)('cancellation: $name', (harness) => {
  it('a single query hanging on the server ends promptly, and its connection is closed', async () => {
    running = await harness.start({ timeout: TIMEOUT_MS })
    running.addFault({ type: 'hang' })
    const { error, settledAfterAbortMs } = await abortDuring((signal) =>
      (running as RunningHarness).getStatus(harness.paidQuery, signal),
    )
    expectCancelled(error)
    expect(settledAfterAbortMs).toBeLessThan(PROMPT_MS)
    expect(running.primaryRequests()).toBe(1)
    expect(await eventually(() => running?.openRequests() === 0)).toBe(true)
  })

  it('a query waiting out a Retry-After ends promptly, without another attempt', async () => {
    running = await harness.start({ timeout: TIMEOUT_MS, retry: { limit: 2, maxRetryAfterMs: 5000 } })
    running.addFault({ type: 'rate_limit', retryAfterSeconds: 3 })
    const { error, settledAfterAbortMs } = await abortDuring((signal) =>
      (running as RunningHarness).getStatus(harness.paidQuery, signal),
    )
    expectCancelled(error)
    expect(settledAfterAbortMs).toBeLessThan(PROMPT_MS)
    expect(running.primaryRequests()).toBe(1)
  })

  it('an already aborted signal sends nothing', async () => {
    running = await harness.start({ timeout: TIMEOUT_MS })
    const controller = new AbortController()
    controller.abort(new Error('gone'))
    await expect(running.getStatus(harness.paidQuery, controller.signal)).rejects.toSatisfy(
      (error) => DurumError.isInstance(error) && error.code === 'transport' && !error.retryable,
    )
    expect(running.primaryRequests()).toBe(0)
  })

  it('a batch ends promptly: in-flight queries are dropped and nothing more is started', async () => {
    running = await harness.start({ timeout: TIMEOUT_MS })
    running.addFault({ type: 'hang' })
    const queries = Array.from({ length: 20 }, () => ({ provider: harness.name, ...harness.paidQuery }))
    const yielded: unknown[] = []
    const { error, settledAfterAbortMs } = await abortDuring(async (signal) => {
      const batch = running?.normalizer.getStatuses(queries as never, { concurrency: 4, signal })
      for await (const entry of batch ?? []) yielded.push(entry)
    })
    expectCancelled(error)
    expect(settledAfterAbortMs).toBeLessThan(PROMPT_MS)
    expect(running.primaryRequests()).toBe(4)
    expect(await eventually(() => running?.openRequests() === 0)).toBe(true)
    // Whatever was yielded before the end is a settled entry, never a half result.
    for (const entry of yielded) expect(entry).toHaveProperty('ok')
  })

  it('a batch keeps the answers it had and stops at the abort', async () => {
    running = await harness.start({ timeout: TIMEOUT_MS })
    // Every other request hangs; the others answer at once.
    let count = 0
    running.addFault({ type: 'hang', match: () => count++ % 2 === 1 })
    const queries = Array.from({ length: 6 }, () => ({ provider: harness.name, ...harness.paidQuery }))
    const yielded: { ok: boolean }[] = []
    const { error } = await abortDuring(async (signal) => {
      const batch = running?.normalizer.getStatuses(queries as never, { concurrency: 6, signal })
      for await (const entry of batch ?? []) yielded.push(entry as { ok: boolean })
    }, 300)
    expectCancelled(error)
    expect(yielded.length).toBeGreaterThan(0)
    expect(yielded.every((entry) => entry.ok)).toBe(true)
  })

  it('waitForStatus on a payment that never settles ends promptly, between polls and during one', async () => {
    running = await harness.start({ timeout: TIMEOUT_MS })
    const query = { provider: harness.name, ...pendingQueries[harness.name] }
    // Between polls: the first answer comes at once, then it sleeps.
    const between = await abortDuring((signal) =>
      (running as RunningHarness).normalizer.waitForStatus(query as never, {
        timeoutMs: 60_000,
        intervalMs: 5_000,
        signal,
      }),
    )
    expectCancelled(between.error)
    expect(between.settledAfterAbortMs).toBeLessThan(PROMPT_MS)
    expect(running.primaryRequests()).toBe(1)

    // During a poll the server never answers.
    running.addFault({ type: 'hang' })
    const during = await abortDuring((signal) =>
      (running as RunningHarness).normalizer.waitForStatus(query as never, { timeoutMs: 60_000, signal }),
    )
    expectCancelled(during.error)
    expect(during.settledAfterAbortMs).toBeLessThan(PROMPT_MS)
    expect(await eventually(() => running?.openRequests() === 0)).toBe(true)
  })

  it("waitForStatus's own timeoutMs ends a wait whose polls hang", async () => {
    running = await harness.start({ timeout: TIMEOUT_MS })
    running.addFault({ type: 'hang' })
    const started = performance.now()
    await expect(
      running.normalizer.waitForStatus({ provider: harness.name, ...harness.paidQuery } as never, {
        timeoutMs: 300,
      }),
    ).rejects.toSatisfy((error) => DurumError.isInstance(error) && error.code === 'transport')
    expect(performance.now() - started).toBeLessThan(300 + PROMPT_MS)
    expect(await eventually(() => running?.openRequests() === 0)).toBe(true)
  })
})
