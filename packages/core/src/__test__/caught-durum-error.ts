import { expect } from 'vitest'
import { DurumError } from '../durum-error'

/** Runs `run`, expecting it to throw a `DurumError`, and returns that error for closer checks. */
export function caughtDurumError(run: () => unknown): DurumError {
  try {
    run()
  } catch (error) {
    expect(DurumError.isInstance(error)).toBe(true)
    return error as DurumError
  }
  throw new Error('expected a DurumError')
}

/** Awaits `promise`, expecting it to reject with a `DurumError`, and returns that error for closer checks. */
export async function rejectedDurumError(promise: Promise<unknown>): Promise<DurumError> {
  try {
    await promise
  } catch (error) {
    expect(DurumError.isInstance(error)).toBe(true)
    return error as DurumError
  }
  throw new Error('expected a DurumError')
}
