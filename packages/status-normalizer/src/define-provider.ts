import type * as v from 'valibot'
import type { NormalizedResult } from './normalized-result'

/** One query shape a provider accepts, and the result it answers with. */
export interface QueryVariant {
  query: object
  result: NormalizedResult
}

export interface ProviderCallOptions {
  signal?: AbortSignal | undefined
}

/**
 * What a provider package hands to `createStatusNormalizer`. Build one with `defineProvider`.
 * `TVariants` is a union of `QueryVariant`s: it lets `getStatus` accept only those query shapes and
 * type the result by the query given.
 */
export interface StatusProvider<TName extends string = string, TVariants extends QueryVariant = QueryVariant> {
  readonly name: TName
  /** Validates a query (without its `provider` key). Its output is what `getStatus` receives. */
  readonly querySchema: v.GenericSchema<unknown, TVariants['query']>
  getStatus(query: TVariants['query'], options?: ProviderCallOptions): Promise<TVariants['result']>
  /** Phantom: carries the variants for the engine's types. Never set at runtime. */
  readonly '~variants'?: TVariants
}

export function defineProvider<const TName extends string, TVariants extends QueryVariant>(
  provider: StatusProvider<TName, TVariants>,
): StatusProvider<TName, TVariants> {
  return provider
}

/** The engine-level query: a provider's query with its `provider` name. */
export type QueryOf<P> = P extends StatusProvider<infer N, infer V> ? { provider: N } & V['query'] : never

/** The result type for a query `Q` sent to one of `P`'s providers. */
export type ResultOf<P, Q> = P extends StatusProvider<infer N, infer V>
  ? Q extends { provider: N }
    ? V extends QueryVariant
      ? Omit<Q, 'provider'> extends V['query']
        ? V['result']
        : never
      : never
    : never
  : never
