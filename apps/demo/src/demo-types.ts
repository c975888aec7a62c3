import type { DurumError, Locale, NormalizedResult } from '@durum/status-normalizer'

/** An engine query as the demo builds it from a URL or a CSV row: `{ provider: 'iyzico', paymentId: '1' }`. */
export type DemoQuery = { provider: string } & Record<string, unknown>

export interface BatchProgress {
  started: number
  completed: number
  succeeded: number
  failed: number
  total?: number | undefined
}

export type DemoBatchResult =
  | { index: number; query: DemoQuery; ok: true; result: NormalizedResult }
  | { index: number; query: DemoQuery; ok: false; error: DurumError }

/** One HTTP answer a provider gave while durum worked out a result, redacted as the library's hooks see it. */
export interface ProviderAnswer {
  /** Which endpoint answered, e.g. `iyzico.reporting-payment-details`. */
  source: string
  method: string
  url: string
  status: number
  body: string
}

export interface DemoCallOptions {
  signal?: AbortSignal
  /** The language of explanations and error messages; `reason` codes are the same in both. */
  locale?: Locale
}

export interface DemoBatchOptions {
  locale?: Locale
  concurrency?: number
  ratePerMinute?: number
  signal?: AbortSignal
  onProgress?: (progress: BatchProgress) => void
}

/**
 * The part of `createStatusNormalizer`'s return value the demo uses. Typed loosely on purpose: the
 * demo forwards whatever a user typed, and the engine's own validation answers for it.
 */
export interface DemoNormalizer {
  getStatus(query: DemoQuery, options?: DemoCallOptions): Promise<NormalizedResult>
  /** The result, with every answer the providers gave on the way (the reporting answer that found a cancel, say). */
  getStatusWithAnswers(
    query: DemoQuery,
    options?: DemoCallOptions,
  ): Promise<{ result: NormalizedResult; answers: ProviderAnswer[] }>
  getStatuses(queries: Iterable<DemoQuery>, options?: DemoBatchOptions): AsyncIterable<DemoBatchResult>
}

/** Where a provider's answers come from: the in-process simulator, or the real service. */
export type ProviderMode = { mode: 'simulator' } | { mode: 'live'; baseUrl: string }

/** One seeded simulator case, shown as a card in the gallery. */
export interface DemoScenario {
  provider: string
  name: string
  description?: string | undefined
  query: DemoQuery
  /** What querying it gives: a status, or a typed error code. */
  expect: { status: string } | { error: string }
}
