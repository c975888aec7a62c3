import * as v from 'valibot'
import { coreMessages } from './core-messages'
import { ValidationError } from './durum-error'
import { type LocalizedText, localized, localizeReason } from './locale'
import type { RetryOptions } from './retry-options'
import type { RequestEvent, ResponseEvent, TransportOptions } from './transport'
import { RETRY_AFTER_MAX_MS, RETRY_LIMIT_MAX, TIMEOUT_MAX_MS } from './wait-bounds'

/** An optional option that, when given, must be a non-empty string (a key, a merchant id). */
export const optionalTextSchema = v.optional(
  v.pipe(
    v.string(localized({ en: 'must be a string', tr: 'metin olmalı' })),
    v.nonEmpty(localized({ en: 'must not be empty', tr: 'boş olmamalı' })),
  ),
)

/** An optional option that, when given, must be a function (a hook, a `fetch`). */
export const optionalFunctionSchema = v.optional(
  v.function(localized({ en: 'must be a function', tr: 'bir fonksiyon olmalı' })),
)

const retryLimitMessage = localized({
  en: `must be a whole number of retries from 0 to ${RETRY_LIMIT_MAX}`,
  tr: `0 ile ${RETRY_LIMIT_MAX} arasında tam sayıda yeniden deneme olmalı`,
})
const retryLimitSchema = v.pipe(
  v.number(retryLimitMessage),
  v.integer(retryLimitMessage),
  v.minValue(0, retryLimitMessage),
  v.maxValue(RETRY_LIMIT_MAX, retryLimitMessage),
)
const retryWaitMessage = localized({
  en: `must be a number of milliseconds from 0 to ${RETRY_AFTER_MAX_MS} (an hour)`,
  tr: `0 ile ${RETRY_AFTER_MAX_MS} (bir saat) arasında bir milisaniye sayısı olmalı`,
})
const retryWaitSchema = v.pipe(
  v.number(retryWaitMessage),
  v.minValue(0, retryWaitMessage),
  v.maxValue(RETRY_AFTER_MAX_MS, retryWaitMessage),
)

/**
 * The valibot entries of the options every provider client shares (`environment`, `baseUrl`, `fetch`,
 * `timeout`, `retry`, `onRequest`, `onResponse`), so a provider's schema is
 * `v.object({ ...transportOptionsEntries, merchant: optionalTextSchema })`.
 */
export const transportOptionsEntries = {
  environment: v.optional(
    v.picklist(
      ['sandbox', 'production'],
      localized({ en: "must be 'sandbox' or 'production'", tr: "'sandbox' ya da 'production' olmalı" }),
    ),
  ),
  baseUrl: v.optional(
    v.pipe(
      v.string(localized({ en: 'must be a string', tr: 'metin olmalı' })),
      v.url(localized({ en: 'must be an absolute URL', tr: 'mutlak bir URL olmalı' })),
    ),
  ),
  fetch: optionalFunctionSchema,
  timeout: v.optional(
    v.pipe(
      v.number(localized({ en: 'must be a number', tr: 'bir sayı olmalı' })),
      v.integer(localized({ en: 'must be a whole number of ms', tr: 'tam sayı milisaniye olmalı' })),
      v.minValue(1, localized({ en: 'must be at least 1 ms', tr: 'en az 1 ms olmalı' })),
      v.maxValue(
        TIMEOUT_MAX_MS,
        localized({
          en: `must be at most ${TIMEOUT_MAX_MS} ms (5 minutes)`,
          tr: `en fazla ${TIMEOUT_MAX_MS} ms (5 dakika) olmalı`,
        }),
      ),
    ),
  ),
  retry: v.optional(
    v.union(
      [
        v.literal(false),
        retryLimitSchema,
        v.object({
          limit: retryLimitSchema,
          backoffMs: v.optional(retryWaitSchema),
          maxDelayMs: v.optional(retryWaitSchema),
          maxRetryAfterMs: v.optional(retryWaitSchema),
        }),
      ],
      localized({
        en: 'must be false, a number of retries or { limit }',
        tr: 'false, bir yeniden deneme sayısı ya da { limit } olmalı',
      }),
    ),
  ),
  onRequest: optionalFunctionSchema,
  onResponse: optionalFunctionSchema,
}

export interface ClientOptionsContext {
  /** The provider's id in errors, e.g. `esnekpos`. */
  provider: string
  /** The provider's name in sentences, e.g. `EsnekPOS`. */
  providerLabel: string
}

/**
 * Checks a provider client's options against its schema, so a typo fails at start-up naming the option.
 * Throws `ValidationError` with the option's path; the value is never echoed, as it may be a key. No
 * locale reaches a client's construction: the message is English, with the Turkish in `messages`.
 */
export function checkClientOptions(
  schema: v.GenericSchema,
  options: unknown,
  { provider, providerLabel }: ClientOptionsContext,
): void {
  const result = v.safeParse(schema, options)
  if (result.success) return
  const [issue] = result.issues
  const field = v.getDotPath(issue) ?? 'options'
  // Read again in Turkish only on failure: schemas word their issues by the parse's `lang`.
  const turkish = v.safeParse(schema, options, { lang: 'tr' })
  const tr = turkish.success ? issue.message : (turkish.issues[0]?.message ?? issue.message)
  throw new ValidationError({
    provider,
    field,
    reason: 'core.invalid_option',
    message: localizeReason(coreMessages, {
      reason: 'core.invalid_option',
      params: { label: providerLabel, field, issue: { en: issue.message, tr } },
    }),
  })
}

/**
 * An environment variable, or `undefined` when unset or empty. Reads `globalThis.process?.env` so the
 * same build runs where there is no `process` (edge workers).
 */
export function readEnv(name: string): string | undefined {
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
    name
  ]
  return value === undefined || value === '' ? undefined : value
}

/** The client options a provider hands on to `createTransport` unchanged. */
export interface ClientTransportOptions {
  /** A fetch-compatible function; defaults to the global `fetch`. */
  fetch?: typeof fetch | undefined
  /** Milliseconds per attempt (default 10 000). */
  timeout?: number | undefined
  /** Retries of transport errors, 429 and 5xx (default 2); `false` for none. */
  retry?: number | RetryOptions | false | undefined
  /** Called before every attempt, redacted: no key or secret reaches a hook. */
  onRequest?: ((event: RequestEvent) => void) | undefined
  /** Called after every attempt that got an answer, redacted likewise. */
  onResponse?: ((event: ResponseEvent) => void) | undefined
}

/** Where a provider client connects, besides its credentials: shared by every provider's options. */
export interface ClientConnectionOptions<TEnvironment extends string> extends ClientTransportOptions {
  /** `sandbox` (the provider's test service, the default) or `production`. Ignored when `baseUrl` is given. */
  environment?: TEnvironment | undefined
  /** Overrides `environment`, e.g. a simulator's URL. Defaults to the provider's `…_BASE_URL` variable when set. */
  baseUrl?: string | undefined
}

/** A client's connection options, resolved: what the provider kit takes as they are. */
export interface ResolvedConnection extends ClientTransportOptions {
  /** Read at the first request, so an environment variable set after start-up (edge runtimes) is seen. */
  baseUrl(): string
}

/**
 * The connection options with their defaults: `baseUrl`, else the `baseUrlVariable` environment
 * variable, else the URL of `environment` (default `sandbox`), without trailing slashes.
 */
export function resolveConnection(
  options: ClientConnectionOptions<'sandbox' | 'production'>,
  baseUrls: Readonly<Record<'sandbox' | 'production', string>>,
  baseUrlVariable: string,
): ResolvedConnection {
  const environment = options.environment ?? 'sandbox'
  return {
    baseUrl: () => (options.baseUrl ?? readEnv(baseUrlVariable) ?? baseUrls[environment]).replace(/\/+$/, ''),
    fetch: options.fetch,
    timeout: options.timeout,
    retry: options.retry,
    onRequest: options.onRequest,
    onResponse: options.onResponse,
  }
}

/** Those of `options` that were given, to spread into `createTransport` (which takes no `undefined`). */
export function givenTransportOptions(
  options: ClientTransportOptions,
): Pick<TransportOptions, 'fetch' | 'timeout' | 'retry' | 'onRequest' | 'onResponse'> {
  const given: Pick<TransportOptions, 'fetch' | 'timeout' | 'retry' | 'onRequest' | 'onResponse'> = {}
  if (options.fetch !== undefined) given.fetch = options.fetch
  if (options.timeout !== undefined) given.timeout = options.timeout
  if (options.retry !== undefined) given.retry = options.retry
  if (options.onRequest !== undefined) given.onRequest = options.onRequest
  if (options.onResponse !== undefined) given.onResponse = options.onResponse
  return given
}

/**
 * A credential read at request time, or a `ValidationError` on `field` whose `message` tells the
 * merchant where to set it. The message must not contain the value (there is none to leak).
 */
export function requireCredential(
  value: string | undefined,
  missing: { provider: string; field: string; reason?: string; message: string | LocalizedText },
): string {
  if (value === undefined) throw new ValidationError(missing)
  return value
}
