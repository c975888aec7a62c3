import { DurumError } from '@durum/core'
import { engineSaid } from './engine-messages'

/** The one message of every cancellation the engine reports, whichever method the signal was given to. */
const CANCELLED = engineSaid({ reason: 'core.cancelled' })

/**
 * The error for work the caller cancelled: `transport`, never retryable (the caller asked for it to
 * stop), the signal's reason as `cause`, and the provider when one query was cancelled.
 */
export function cancelledError(signal: AbortSignal, provider?: string): DurumError {
  return new DurumError({
    code: 'transport',
    provider,
    retryable: false,
    ...CANCELLED,
    cause: signal.reason,
  })
}

/**
 * Settles with `promise`, or rejects with the cancellation error as soon as `signal` aborts — so a
 * caller's cancellation is prompt even when the work underneath is slow to notice it.
 */
export function abortable<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  provider: string,
): Promise<T> {
  if (signal === undefined) return promise
  if (signal.aborted) {
    promise.catch(() => {})
    return Promise.reject(cancelledError(signal, provider))
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(cancelledError(signal, provider))
    signal.addEventListener('abort', abort, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort)
        reject(error)
      },
    )
  })
}
