import { type RequestEvent, type ResponseEvent, type RetryOptions, ValidationError } from '@durum/core'
import * as v from 'valibot'

export const IYZICO_BASE_URLS = {
  production: 'https://api.iyzipay.com',
  sandbox: 'https://sandbox-api.iyzipay.com',
} as const

export type IyzicoEnvironment = keyof typeof IYZICO_BASE_URLS

/** Retries of transport errors, 429 and 5xx: core's retry options. */
export type IyzicoRetryOptions = RetryOptions

export interface IyzicoClientOptions {
  /** Defaults to `IYZICO_API_KEY`, read when the first request is made (so edge runtimes can set it late). */
  apiKey?: string | undefined
  /** Defaults to `IYZICO_SECRET_KEY`, read when the first request is made. */
  secretKey?: string | undefined
  /** `sandbox` (default) or `production`. Ignored when `baseUrl` is given. */
  environment?: IyzicoEnvironment | undefined
  /** Overrides `environment`, e.g. a simulator's URL. Defaults to `IYZICO_BASE_URL` when set. */
  baseUrl?: string | undefined
  /** A fetch-compatible function; defaults to the global `fetch`. */
  fetch?: typeof fetch | undefined
  /** Milliseconds per attempt (default 10 000). */
  timeout?: number | undefined
  /** Retries of transport errors, 429 and 5xx (default 2); `false` for none. */
  retry?: number | IyzicoRetryOptions | false | undefined
  /** Generates the per-request random key; for tests. */
  randomKey?: (() => string) | undefined
  /** The language of iyzico's error messages (default `tr`). */
  locale?: 'tr' | 'en' | undefined
  /** Whether a taken payment is also looked up in reporting for refunds and cancels (default `check`). */
  refunds?: 'check' | 'skip' | undefined
  /** Called before every attempt, with the Authorization header and keys redacted. */
  onRequest?: ((event: RequestEvent) => void) | undefined
  /** Called after every attempt that got an answer, redacted likewise. */
  onResponse?: ((event: ResponseEvent) => void) | undefined
}

const OptionalText = v.optional(v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty')))
const OptionalFunction = v.optional(v.function('must be a function'))

const IyzicoClientOptionsSchema = v.object({
  apiKey: OptionalText,
  secretKey: OptionalText,
  environment: v.optional(v.picklist(['sandbox', 'production'], "must be 'sandbox' or 'production'")),
  baseUrl: v.optional(v.pipe(v.string('must be a string'), v.url('must be an absolute URL'))),
  fetch: OptionalFunction,
  timeout: v.optional(
    v.pipe(v.number('must be a number'), v.integer(), v.minValue(1, 'must be at least 1 ms')),
  ),
  retry: v.optional(
    v.union(
      [
        v.literal(false),
        v.pipe(v.number(), v.integer(), v.minValue(0)),
        v.object({
          limit: v.pipe(v.number(), v.integer(), v.minValue(0)),
          backoffMs: v.optional(v.pipe(v.number(), v.minValue(0))),
          maxDelayMs: v.optional(v.pipe(v.number(), v.minValue(0))),
          maxRetryAfterMs: v.optional(v.pipe(v.number(), v.minValue(0))),
        }),
      ],
      'must be false, a number of retries or { limit }',
    ),
  ),
  randomKey: OptionalFunction,
  locale: v.optional(v.picklist(['tr', 'en'], "must be 'tr' or 'en'")),
  refunds: v.optional(v.picklist(['check', 'skip'], "must be 'check' or 'skip'")),
  onRequest: OptionalFunction,
  onResponse: OptionalFunction,
})

function env(name: string): string | undefined {
  // `globalThis.process?.env` so the same build runs where there is no `process` (edge workers).
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
    name
  ]
  return value === undefined || value === '' ? undefined : value
}

export interface IyzicoCredentials {
  apiKey: string
  secretKey: string
}

export interface ResolvedIyzicoOptions {
  baseUrl: string
  locale: 'tr' | 'en'
  refunds: 'check' | 'skip'
  randomKey: (() => string) | undefined
  fetch: typeof fetch | undefined
  timeout: number | undefined
  retry: number | IyzicoRetryOptions | false | undefined
  onRequest: IyzicoClientOptions['onRequest']
  onResponse: IyzicoClientOptions['onResponse']
  /** Read at request time; throws `ValidationError` when a key is nowhere to be found. */
  credentials(): IyzicoCredentials
  /** The keys known so far, for redaction; never throws. */
  knownSecrets(): (string | undefined)[]
}

/** Checks the options (a typo fails at start-up, naming the option) and fills in the defaults. */
export function resolveIyzicoOptions(options: IyzicoClientOptions = {}): ResolvedIyzicoOptions {
  const result = v.safeParse(IyzicoClientOptionsSchema, options)
  if (!result.success) {
    const [issue] = result.issues
    const field = v.getDotPath(issue) ?? 'options'
    // The value is not echoed: it may be a key.
    throw new ValidationError({
      provider: 'iyzico',
      field,
      message: `The iyzico option ${field} ${issue.message}.`,
    })
  }
  const environment = options.environment ?? 'sandbox'
  const apiKey = () => options.apiKey ?? env('IYZICO_API_KEY')
  const secretKey = () => options.secretKey ?? env('IYZICO_SECRET_KEY')
  return {
    baseUrl: (options.baseUrl ?? env('IYZICO_BASE_URL') ?? IYZICO_BASE_URLS[environment]).replace(/\/+$/, ''),
    locale: options.locale ?? 'tr',
    refunds: options.refunds ?? 'check',
    randomKey: options.randomKey,
    fetch: options.fetch,
    timeout: options.timeout,
    retry: options.retry,
    onRequest: options.onRequest,
    onResponse: options.onResponse,
    credentials() {
      const key = apiKey()
      const secret = secretKey()
      if (key === undefined) {
        throw new ValidationError({
          provider: 'iyzico',
          field: 'apiKey',
          message:
            'No iyzico API key: pass apiKey to iyzico() or createIyzicoClient(), or set IYZICO_API_KEY.',
        })
      }
      if (secret === undefined) {
        throw new ValidationError({
          provider: 'iyzico',
          field: 'secretKey',
          message:
            'No iyzico secret key: pass secretKey to iyzico() or createIyzicoClient(), or set IYZICO_SECRET_KEY.',
        })
      }
      return { apiKey: key, secretKey: secret }
    },
    knownSecrets: () => [apiKey(), secretKey()],
  }
}
