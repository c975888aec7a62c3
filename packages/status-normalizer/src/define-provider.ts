import type { Locale } from '@durum/core'
import type * as v from 'valibot'
import type { NormalizedResult } from './normalized-result'

/** One query shape a provider accepts, and the result it answers with. */
export interface QueryVariant {
  query: object
  result: NormalizedResult
}

/** What `getStatus` takes besides the query. */
export interface ProviderCallOptions {
  /** Aborts the request: the call ends promptly with a `transport` error. */
  signal?: AbortSignal | undefined
  /**
   * The language of the result's `explanation` and of error messages. The engine always passes the
   * resolved one to a provider: this call's, else the normalizer's, else `en`.
   */
  locale?: Locale | undefined
}

/**
 * What a provider package hands to `createStatusNormalizer`. Build one with `defineProvider`.
 * `TVariants` is a union of `QueryVariant`s: it lets `getStatus` accept only those query shapes and
 * type the result by the query given.
 *
 * The engine is the public door: its `getStatus`, `getStatuses` and `waitForStatus` validate every
 * query against `querySchema` before the provider sees it, and refuse an invalid one with a
 * `ValidationError` naming the field. A provider therefore validates nothing again: its `getStatus`
 * receives the schema's typed output.
 */
export interface StatusProvider<
  TName extends string = string,
  TVariants extends QueryVariant = QueryVariant,
> {
  readonly name: TName
  /**
   * The query's one validation (without its `provider` key), run by the engine; its messages are the
   * ones a caller reads. Its output is what `getStatus` receives.
   */
  readonly querySchema: v.GenericSchema<unknown, TVariants['query']>
  /**
   * Answers a query that already passed `querySchema` (its output, trimmed and typed as the schema
   * made it). Every failure is a `DurumError`; `options.signal` ends the request promptly.
   */
  getStatus(query: TVariants['query'], options?: ProviderCallOptions): Promise<TVariants['result']>
  /** Phantom: carries the variants for the engine's types. Never set at runtime. */
  readonly '~variants'?: TVariants
}

export function defineProvider<const TName extends string, TVariants extends QueryVariant>(
  provider: StatusProvider<TName, TVariants>,
): StatusProvider<TName, TVariants> {
  return provider
}

/** The name of a provider, or the union of names of a union of providers. */
export type ProviderNameOf<P> = P extends StatusProvider<infer N, QueryVariant> ? N : never

/**
 * The query variants of a provider. Read from the phantom `~variants` so that inference never mixes
 * in the contravariant `getStatus` parameter.
 */
export type VariantsOf<P> = P extends { readonly '~variants'?: infer V } ? Extract<V, QueryVariant> : never

/**
 * The engine-level query: a provider's query with its `provider` name. Distributes over providers and
 * over each provider's variants, so the result is a union with one member per query shape.
 */
export type QueryOf<P> =
  P extends StatusProvider<infer N, QueryVariant> ? VariantQuery<N, VariantsOf<P>> : never

type VariantQuery<N extends string, V> = V extends QueryVariant ? { provider: N } & V['query'] : never

/**
 * The result type for a query `Q` sent to one of `P`'s providers: the results of the variants whose
 * query shape `Q` (without `provider`) matches. Distributes over `P`, over `Q` and over the variants.
 */
export type ResultOf<P, Q> =
  P extends StatusProvider<infer N, QueryVariant>
    ? Q extends { provider: N }
      ? VariantResult<VariantsOf<P>, Omit<Q, 'provider'>>
      : never
    : never

type VariantResult<V, Q> = V extends QueryVariant ? (Q extends V['query'] ? V['result'] : never) : never

type KeysOfUnion<T> = T extends unknown ? keyof T : never

/**
 * `Q` with every top-level key that no query shape of `P` has typed as `never`, so a misspelt or
 * stray key (`paymentid`) is a compile error even though `Q` is inferred.
 */
export type KnownKeysOnly<P, Q> = Q & { [K in Exclude<keyof Q, KeysOfUnion<QueryOf<P>>>]: never }
