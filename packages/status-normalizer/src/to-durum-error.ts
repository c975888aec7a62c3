import { DurumError } from '@durum/core'

/**
 * Every failure the engine reports is a `DurumError`. A provider that throws anything else broke its
 * contract; the error is wrapped (`provider` code, the original kept as `cause`) rather than lost.
 * A failure caused by the caller's own abort becomes the engine's abort error.
 */
export function toDurumError(error: unknown, provider: string, signal?: AbortSignal): DurumError {
  if (DurumError.isInstance(error)) return error
  if (signal?.aborted) return abortError(signal, `The ${provider} status query`, provider)
  return new DurumError({
    code: 'provider',
    provider,
    message: `The ${provider} provider failed with an unexpected error (${errorName(error)}); this is a bug in the provider package, please report it.`,
    cause: error,
  })
}

/** The error for work the caller cancelled: `transport`, never retryable, the signal's reason as `cause`. */
export function abortError(signal: AbortSignal, what: string, provider?: string): DurumError {
  return new DurumError({
    code: 'transport',
    provider,
    retryable: false,
    message: `${what} was cancelled by the caller's AbortSignal.`,
    cause: signal.reason,
  })
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error
}
