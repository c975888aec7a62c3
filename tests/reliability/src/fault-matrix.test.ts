import { writeFileSync } from 'node:fs'
import { isPaid } from '@durum/status-normalizer'
import type { FaultRule } from '@durum/status-normalizer/testing'
import { afterAll, describe, expect, it } from 'vitest'
import { harnesses, type ProviderHarness, type RunningHarness } from './support/provider-harness'
import { activeHandles, describeOutcome, eventually, type Outcome, settle } from './support/settle'

/** Per attempt. Small so a hang or a slow drip costs seconds, not the default 10 s. */
const TIMEOUT_MS = 1000
const RETRY = { limit: 2, backoffMs: 20, maxDelayMs: 50, maxRetryAfterMs: 2000 }
/** How long closed connections and cleared timers may take to show, on a loaded 2-core machine. */
const CLEANUP_MS = 5000
/** Every attempt timing out, every backoff at its cap, and slack for a loaded 2-core machine. */
const BUDGET_MS = (RETRY.limit + 1) * TIMEOUT_MS + RETRY.limit * RETRY.maxDelayMs + 1500

type Expectation =
  /** Only a paid result is right: the answer is unambiguous (possibly after retries). */
  | { paid: true }
  /** Ambiguous: a typed error with one of these codes, or a result that is not paid. */
  | { codes: readonly string[]; orNotPaid?: true }
  /** Either is acceptable; the answer itself is the right shape, so paid is allowed. */
  | { paidOr: readonly string[] }

interface Row {
  name: string
  faults: (harness: ProviderHarness) => FaultRule[]
  expect: Expectation
  /** Further checks on the run (request counts, timing, cleanup). */
  check?: (outcome: Outcome, running: RunningHarness) => Promise<void> | void
}

const MB = 1024 * 1024

const rows: Row[] = [
  {
    name: '503 twice, then the real answer',
    faults: () => [{ type: 'status', status: 503, times: 2 }],
    expect: { paid: true },
    check: (_, running) => expect(running.primaryRequests()).toBe(3),
  },
  {
    name: '500 on every attempt',
    faults: () => [{ type: 'status', status: 500 }],
    expect: { codes: ['provider'] },
    check: (outcome, running) => {
      expect(running.primaryRequests()).toBe(RETRY.limit + 1)
      expect(outcome.kind === 'error' && outcome.error.retryable).toBe(true)
    },
  },
  {
    name: '429 with Retry-After: 1, then the real answer',
    faults: () => [{ type: 'rate_limit', retryAfterSeconds: 1, times: 1 }],
    expect: { paid: true },
    check: (outcome, running) => {
      expect(running.primaryRequests()).toBe(2)
      // Waited as told, and not much longer.
      expect(outcome.elapsedMs).toBeGreaterThanOrEqual(950)
      expect(outcome.elapsedMs).toBeLessThan(1000 + 1500)
    },
  },
  {
    name: '429 with Retry-After: 60 (longer than maxRetryAfterMs)',
    faults: () => [{ type: 'rate_limit', retryAfterSeconds: 60 }],
    expect: { codes: ['rate_limited'] },
    check: (outcome, running) => {
      // Bounded: not waited for, handed back at once with the wait the provider asked for.
      expect(running.primaryRequests()).toBe(1)
      expect(outcome.elapsedMs).toBeLessThan(1000)
      expect(outcome.kind === 'error' && outcome.error.retryAfterMs).toBe(60_000)
    },
  },
  {
    name: 'a server that never answers',
    faults: () => [{ type: 'hang' }],
    expect: { codes: ['transport'] },
    check: async (outcome, running) => {
      expect(outcome.elapsedMs).toBeGreaterThanOrEqual((RETRY.limit + 1) * TIMEOUT_MS - 50)
      expect(running.primaryRequests()).toBe(RETRY.limit + 1)
      // The client hung up on every attempt: the server sees each connection close.
      expect(await eventually(() => running.openRequests() === 0, CLEANUP_MS)).toBe(true)
    },
  },
  {
    name: 'connection reset mid-body, every attempt',
    faults: () => [{ type: 'reset' }],
    expect: { codes: ['transport'] },
    check: (outcome, running) => {
      expect(running.primaryRequests()).toBe(RETRY.limit + 1)
      expect(outcome.kind === 'error' && outcome.error.retryable).toBe(true)
    },
  },
  {
    name: 'connection reset mid-body once, then the real answer',
    faults: () => [{ type: 'reset', times: 1 }],
    expect: { paid: true },
  },
  {
    name: 'truncated JSON',
    faults: () => [{ type: 'truncate' }],
    expect: { codes: ['response_format'] },
  },
  {
    name: 'HTML error page with HTTP 200',
    faults: () => [{ type: 'html', status: 200 }],
    expect: { codes: ['response_format'] },
  },
  {
    name: 'HTML error page with HTTP 502',
    faults: () => [{ type: 'html', status: 502 }],
    expect: { codes: ['provider'] },
    check: (_, running) => expect(running.primaryRequests()).toBe(RETRY.limit + 1),
  },
  {
    name: 'the payment status field missing',
    faults: (harness) => [{ type: 'drift', transform: harness.drift.missingPaymentStatus }],
    expect: { codes: ['response_format'], orNotPaid: true },
  },
  {
    name: 'the envelope status missing',
    faults: (harness) => [{ type: 'drift', transform: harness.drift.missingEnvelopeStatus }],
    expect: { codes: ['response_format'], orNotPaid: true },
  },
  {
    name: 'unknown enum values',
    faults: (harness) => [{ type: 'drift', transform: harness.drift.unknownEnums }],
    expect: { codes: ['response_format'], orNotPaid: true },
    check: (outcome) => {
      if (outcome.kind === 'result') expect(outcome.result.status).toBe('UNKNOWN')
    },
  },
  {
    name: 'extra fields, top-level and nested',
    faults: (harness) => [{ type: 'drift', transform: harness.drift.extraFields }],
    expect: { paid: true },
  },
  {
    name: 'a 64 KB body (the real answer padded)',
    faults: () => [{ type: 'oversize', bytes: 64 * 1024 }],
    expect: { paid: true },
  },
  {
    // Core stops reading past maxResponseBytes (2 MB by default): a typed error, or paid if raised.
    name: 'a 5 MB body (the real answer padded)',
    faults: () => [{ type: 'oversize', bytes: 5 * MB }],
    expect: { paidOr: ['response_format'] },
  },
  {
    name: 'a 5 MB body that is not JSON',
    faults: () => [
      { type: 'status', status: 200, body: 'x'.repeat(5 * MB), contentType: 'application/json' },
    ],
    expect: { codes: ['response_format'] },
    check: (outcome) => {
      // The error keeps a short excerpt, not the 5 MB.
      if (outcome.kind === 'error') expect(JSON.stringify(outcome.error).length).toBeLessThan(10_000)
    },
  },
  {
    name: 'an empty body with HTTP 200',
    faults: () => [{ type: 'empty' }],
    expect: { codes: ['response_format'] },
  },
  {
    name: 'an empty body with HTTP 503',
    faults: () => [{ type: 'empty', status: 503 }],
    expect: { codes: ['provider'] },
  },
  {
    name: 'the real body as text/html',
    faults: () => [{ type: 'content_type', contentType: 'text/html; charset=utf-8' }],
    expect: { paidOr: ['response_format'] },
  },
  {
    name: 'slow drip within the timeout (128 B every 10 ms)',
    faults: () => [{ type: 'drip', bytesPerChunk: 128, delayMs: 10 }],
    expect: { paid: true },
  },
  {
    name: 'slow drip past the timeout (8 B every 100 ms)',
    faults: () => [{ type: 'drip', bytesPerChunk: 8, delayMs: 100 }],
    expect: { codes: ['transport'] },
    check: async (_, running) => {
      // The timeout covers the body, not only the headers, and the dripping connections are dropped
      // (src/connection-cleanup.test.ts checks it with a collection forced mid-attempt).
      expect(running.primaryRequests()).toBe(RETRY.limit + 1)
      expect(await eventually(() => running.openRequests() === 0, CLEANUP_MS)).toBe(true)
    },
  },
  {
    name: 'an answer slower than the timeout once, then the real answer',
    faults: () => [{ type: 'latency', ms: TIMEOUT_MS + 500, times: 1 }],
    expect: { paid: true },
    check: (_, running) => expect(running.primaryRequests()).toBe(2),
  },
]

/** What each row gave per provider; written out when DURUM_FAULT_MATRIX_REPORT names a file. */
const table = new Map<string, Record<string, string>>()

afterAll(() => {
  const file = process.env.DURUM_FAULT_MATRIX_REPORT
  if (file === undefined) return
  const lines = ['| fault | iyzico | esnekpos |', '|---|---|---|']
  for (const [row, byProvider] of table)
    lines.push(`| ${row} | ${byProvider.iyzico} | ${byProvider.esnekpos} |`)
  writeFileSync(file, `${lines.join('\n')}\n`)
})

describe.each(harnesses)('fault matrix: $name on a real socket', (harness) => {
  it('answers the paid query as SUCCEEDED when nothing goes wrong (the baseline of every row)', async () => {
    const running = await harness.start({ timeout: TIMEOUT_MS, retry: RETRY })
    try {
      const outcome = await settle(() => running.getStatus(harness.paidQuery))
      expect(describeOutcome(outcome)).toBe('SUCCEEDED')
    } finally {
      await running.close()
    }
  })

  it.each(rows)(
    '$name: settles in budget, typed, never paid when ambiguous',
    async (row) => {
      const running = await harness.start({ timeout: TIMEOUT_MS, retry: RETRY })
      const before = activeHandles()
      try {
        for (const fault of row.faults(harness)) running.addFault(fault)

        const outcome = await settle(() => running.getStatus(harness.paidQuery))
        const seen = describeOutcome(outcome)
        table.set(row.name, { ...table.get(row.name), [harness.name]: seen })

        expect(outcome.elapsedMs, `settled after ${Math.round(outcome.elapsedMs)} ms`).toBeLessThan(BUDGET_MS)
        const expectation = row.expect
        if ('paid' in expectation) {
          expect(seen).toBe('SUCCEEDED')
        } else if ('paidOr' in expectation) {
          if (outcome.kind === 'error') expect(expectation.paidOr).toContain(outcome.error.code)
          else expect(outcome.result.status).toBe('SUCCEEDED')
        } else if (outcome.kind === 'error') {
          expect(expectation.codes).toContain(outcome.error.code)
        } else {
          expect(expectation.orNotPaid, `expected an error, got ${seen}`).toBe(true)
          expect(isPaid(outcome.result), seen).toBe(false)
        }
        if (outcome.kind === 'error') {
          expect(outcome.error.provider).toBe(harness.name)
          // A sentence a merchant can act on names the provider that failed.
          expect(outcome.error.message.toLowerCase()).toContain(harness.name)
        }
        await row.check?.(outcome, running)
      } finally {
        await running.close()
      }
      // Every per-attempt timer and backoff timer is cleared once the call has settled.
      expect(await eventually(() => activeHandles().timers <= before.timers, CLEANUP_MS)).toBe(true)
    },
    BUDGET_MS + 2 * CLEANUP_MS,
  )
})
