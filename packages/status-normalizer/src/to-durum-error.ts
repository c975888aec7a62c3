import { DurumError } from '@durum/core'
import { cancelledError } from './cancellation'
import { engineSaid } from './engine-messages'
import { thrownName } from './read-options'

/**
 * Every failure the engine reports is a `DurumError`. A provider's `DurumError` passes through as it
 * is, whatever its code (a `response_format` for a body nested too deep stays that). A provider that
 * throws anything else broke its contract; the error is wrapped (`provider` code, the original kept as
 * `cause`) rather than lost. A failure caused by the caller's own abort becomes the engine's cancellation.
 */
export function toDurumError(error: unknown, provider: string, signal?: AbortSignal): DurumError {
  if (isDurumError(error)) return error
  if (signal?.aborted) return cancelledError(signal, provider)
  return new DurumError({
    code: 'provider',
    provider,
    ...engineSaid({ reason: 'core.provider_bug', params: { provider, thrown: thrownName(error) } }),
    cause: error,
  })
}

/** `DurumError.isInstance`, where a thrown Proxy whose traps throw is simply not a `DurumError`. */
function isDurumError(error: unknown): error is DurumError {
  try {
    return DurumError.isInstance(error)
  } catch {
    return false
  }
}
