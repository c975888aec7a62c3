import { DurumError } from '@durum/core'
import { expect } from 'vitest'

/** Awaits `promise`, expecting it to reject with a `DurumError`, and returns that error for closer checks. */
export async function rejectedDurumError(promise: Promise<unknown>): Promise<DurumError> {
  const outcome = await promise.then(
    () => new Error('expected a rejection, but the promise resolved'),
    (error: unknown) => error,
  )
  expect(DurumError.isInstance(outcome), String(outcome)).toBe(true)
  return outcome as DurumError
}
