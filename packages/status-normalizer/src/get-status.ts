import { DEFAULT_LOCALE, type Locale } from '@durum/core'
import { abortable, cancelledError } from './cancellation'
import type { ProviderCallOptions, StatusProvider } from './define-provider'
import { checkLocale, inLocale } from './locale-option'
import type { NormalizedResult } from './normalized-result'
import { checkSignal, readOptions } from './read-options'
import { toDurumError } from './to-durum-error'
import { type ValidatedQuery, validateQuery } from './validate-query'

export type ProviderRegistry = ReadonlyMap<string, StatusProvider>

/**
 * One query, start to end: validated before anything is sent, cancelled promptly when `signal`
 * aborts, and every failure a `DurumError` in the call's locale (`options.locale`, else `locale`).
 */
export function getStatus(
  providers: ProviderRegistry,
  query: unknown,
  options: ProviderCallOptions = {},
  locale: Locale = DEFAULT_LOCALE,
): Promise<NormalizedResult> {
  let callLocale = locale
  try {
    const given = readOptions(options, ['signal', 'locale'], 'getStatus')
    callLocale = checkLocale(given.locale, 'locale') ?? locale
    const validated = validateQuery(providers, query, callLocale)
    return callProvider(validated, checkSignal(given.signal))
  } catch (error) {
    return Promise.reject(inLocale(error, callLocale))
  }
}

/** Sends an already validated query to its provider; what fails is a `DurumError` in the query's locale. */
export async function callProvider(
  { provider, query, locale }: ValidatedQuery,
  signal: AbortSignal | undefined,
): Promise<NormalizedResult> {
  try {
    if (signal?.aborted) throw cancelledError(signal, provider.name)
    return await abortable(provider.getStatus(query, { signal, locale }), signal, provider.name)
  } catch (error) {
    throw inLocale(toDurumError(error, provider.name, signal), locale)
  }
}
