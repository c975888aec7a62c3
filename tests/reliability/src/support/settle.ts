import { DurumError } from '@durum/core'
import { type NormalizedResult, NormalizedResultSchema } from '@durum/status-normalizer'
import * as v from 'valibot'

/** How a call ended: a result that fits the model, or a typed error. Anything else fails the test. */
export type Outcome =
  | { kind: 'result'; result: NormalizedResult; elapsedMs: number }
  | { kind: 'error'; error: DurumError; elapsedMs: number }

export async function settle(call: () => Promise<NormalizedResult>): Promise<Outcome> {
  const started = performance.now()
  try {
    const result = await call()
    const elapsedMs = performance.now() - started
    // The model's schema is the contract: a result that does not fit it is a bug, not an outcome.
    v.parse(NormalizedResultSchema, result)
    return { kind: 'result', result, elapsedMs }
  } catch (error) {
    const elapsedMs = performance.now() - started
    if (!DurumError.isInstance(error)) {
      throw new Error(`Expected a DurumError, got ${String(error)}`, { cause: error })
    }
    return { kind: 'error', error, elapsedMs }
  }
}

/** `SUCCEEDED → paid`, `transport error → transport`: one word per outcome, for messages and tables. */
export function describeOutcome(outcome: Outcome): string {
  return outcome.kind === 'result'
    ? `${outcome.result.status}`
    : `${outcome.error.code}${outcome.error.retryable ? ' (retryable)' : ''}`
}

/** Timers (`Timeout`) and sockets (`TCPSocketWrap`) this process holds right now. */
export function activeHandles(): { timers: number; sockets: number } {
  const resources = process.getActiveResourcesInfo()
  return {
    timers: resources.filter((name) => name === 'Timeout').length,
    sockets: resources.filter((name) => name === 'TCPSocketWrap').length,
  }
}

export const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls `condition` every 10 ms for up to `ms` (default generous: it returns as soon as it holds). */
export async function eventually(condition: () => boolean, ms = 5000): Promise<boolean> {
  const deadline = performance.now() + ms
  while (!condition()) {
    if (performance.now() > deadline) return false
    await delay(10)
  }
  return true
}
