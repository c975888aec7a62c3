import { abortable, cancelledError } from './cancellation'
import type { ProviderCallOptions, StatusProvider } from './define-provider'
import type { NormalizedResult } from './normalized-result'
import { checkSignal, readOptions } from './read-options'
import { toDurumError } from './to-durum-error'
import { type ValidatedQuery, validateQuery } from './validate-query'

export type ProviderRegistry = ReadonlyMap<string, StatusProvider>

/**
 * One query, start to end: validated before anything is sent, cancelled promptly when `signal`
 * aborts, and every failure a `DurumError`.
 */
export function getStatus(
  providers: ProviderRegistry,
  query: unknown,
  options: ProviderCallOptions = {},
): Promise<NormalizedResult> {
  try {
    const validated = validateQuery(providers, query)
    const signal = checkSignal(readOptions(options, ['signal'], 'getStatus').signal)
    return callProvider(validated, signal)
  } catch (error) {
    return Promise.reject(error)
  }
}

/** Sends an already validated query to its provider. */
export async function callProvider(
  { provider, query }: ValidatedQuery,
  signal: AbortSignal | undefined,
): Promise<NormalizedResult> {
  if (signal?.aborted) throw cancelledError(signal, provider.name)
  try {
    return await abortable(provider.getStatus(query, { signal }), signal, provider.name)
  } catch (error) {
    throw toDurumError(error, provider.name, signal)
  }
}
