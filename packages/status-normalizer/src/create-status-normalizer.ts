import { DEFAULT_LOCALE, type Locale, ValidationError } from '@durum/core'
import type {
  KnownKeysOnly,
  ProviderCallOptions,
  ProviderNameOf,
  QueryOf,
  QueryVariant,
  ResultOf,
  StatusProvider,
} from './define-provider'
import { engineSaid } from './engine-messages'
import { getStatus } from './get-status'
import { type BatchResult, type GetStatusesOptions, getStatuses } from './get-statuses'
import { checkLocale } from './locale-option'
import { type WaitForStatusOptions, waitForStatus } from './wait-for-status'

/** What `createStatusNormalizer` takes. */
export interface StatusNormalizerOptions<TProviders extends readonly StatusProvider<string, QueryVariant>[]> {
  /** The providers to ask, each from its package's factory (e.g. `iyzico({ … })`); names must be unique. */
  providers: TProviders
  /**
   * The language of every result's `explanation` and every error message: `en` (default) or `tr`.
   * A call's own `{ locale }` overrides it. `reason` codes are the same in both.
   */
  locale?: Locale | undefined
}

/** The engine over a set of providers `P`: every method accepts only their query shapes. */
export interface StatusNormalizer<P extends StatusProvider<string, QueryVariant>> {
  /** The registered providers, by name. */
  readonly providers: ReadonlyMap<ProviderNameOf<P>, P>
  /** Asks one provider for one payment or session. The result type follows the query shape. */
  getStatus<Q extends QueryOf<P>>(
    query: KnownKeysOnly<P, Q>,
    options?: ProviderCallOptions,
  ): Promise<ResultOf<P, Q>>
  /** Many queries, with a concurrency limit and optional rate limits; results in completion order. */
  getStatuses<Q extends QueryOf<P>>(
    queries: Iterable<Q> | AsyncIterable<Q>,
    options?: GetStatusesOptions<ProviderNameOf<P>>,
  ): AsyncIterable<BatchResult<Q, ResultOf<P, Q>>>
  /** Polls one query with backoff until `until` holds (default: settled), or `timeoutMs` passes. */
  waitForStatus<Q extends QueryOf<P>>(
    query: KnownKeysOnly<P, Q>,
    options: WaitForStatusOptions<ResultOf<P, Q>>,
  ): Promise<ResultOf<P, Q>>
}

/**
 * Builds the engine over one or more providers (each from its package's factory, e.g. `iyzico({...})`).
 * Provider names must be unique.
 */
export function createStatusNormalizer<
  const TProviders extends readonly StatusProvider<string, QueryVariant>[],
>(options: StatusNormalizerOptions<TProviders>): StatusNormalizer<TProviders[number]> {
  type P = TProviders[number]
  const locale = checkLocale(options.locale, 'locale') ?? DEFAULT_LOCALE
  const registry = new Map<string, StatusProvider>()
  for (const provider of options.providers) {
    if (registry.has(provider.name)) {
      throw new ValidationError({
        field: 'providers',
        provider: provider.name,
        ...engineSaid({ reason: 'core.duplicate_provider', params: { name: provider.name } }),
      })
    }
    registry.set(provider.name, provider)
  }
  return {
    providers: registry as unknown as ReadonlyMap<ProviderNameOf<P>, P>,
    getStatus: (query, callOptions) => getStatus(registry, query, callOptions, locale) as Promise<never>,
    getStatuses: (queries, batchOptions) =>
      getStatuses(registry, queries, batchOptions, locale) as AsyncIterable<never>,
    waitForStatus: (query, waitOptions) =>
      waitForStatus(registry, query, waitOptions as WaitForStatusOptions, locale) as Promise<never>,
  }
}
