import {
  checkClientOptions,
  optionalTextSchema,
  type RequestEvent,
  type ResponseEvent,
  type RetryOptions,
  readEnv,
  requireCredential,
  transportOptionsEntries,
} from '@durum/core'
import * as v from 'valibot'

export const ESNEKPOS_BASE_URLS = {
  production: 'https://posservice.esnekpos.com',
  /** What EsnekPOS calls its test service. */
  sandbox: 'https://posservicetest.esnekpos.com',
} as const

export type EsnekposEnvironment = keyof typeof ESNEKPOS_BASE_URLS

export interface EsnekposClientOptions {
  /** The merchant id (`MERCHANT`). Defaults to `ESNEKPOS_MERCHANT`, read at the first request (so edge runtimes can set it late). */
  merchant?: string | undefined
  /** The merchant key (`MERCHANT_KEY`). Defaults to `ESNEKPOS_MERCHANT_KEY`, read at the first request. */
  merchantKey?: string | undefined
  /** `sandbox` (EsnekPOS's test service, the default) or `production`. Ignored when `baseUrl` is given. */
  environment?: EsnekposEnvironment | undefined
  /** Overrides `environment`, e.g. a simulator's URL. Defaults to `ESNEKPOS_BASE_URL` when set. */
  baseUrl?: string | undefined
  /** A fetch-compatible function; defaults to the global `fetch`. */
  fetch?: typeof fetch | undefined
  /** Milliseconds per attempt (default 10 000). */
  timeout?: number | undefined
  /** Retries of transport errors, 429 and 5xx (default 2); `false` for none. */
  retry?: number | RetryOptions | false | undefined
  /** Sees every attempt, redacted: the merchant key never reaches a hook. */
  onRequest?: ((event: RequestEvent) => void) | undefined
  /** Sees every answer, redacted. */
  onResponse?: ((event: ResponseEvent) => void) | undefined
}

const EsnekposClientOptionsSchema = v.object({
  merchant: optionalTextSchema,
  merchantKey: optionalTextSchema,
  ...transportOptionsEntries,
})

export interface EsnekposCredentials {
  merchant: string
  merchantKey: string
}

export interface ResolvedEsnekposOptions {
  /** Read at the first request, so an environment variable set after start-up is still seen. */
  baseUrl(): string
  fetch: typeof fetch | undefined
  timeout: number | undefined
  retry: number | RetryOptions | false | undefined
  onRequest: EsnekposClientOptions['onRequest']
  onResponse: EsnekposClientOptions['onResponse']
  /** Read at request time; throws `ValidationError` when a credential is nowhere to be found. */
  credentials(): EsnekposCredentials
  /** The merchant key if known, for redaction; never throws. */
  knownSecrets(): (string | undefined)[]
}

/** Checks the options (a typo fails at start-up, naming the option) and fills in the defaults. */
export function resolveEsnekposOptions(options: EsnekposClientOptions = {}): ResolvedEsnekposOptions {
  checkClientOptions(EsnekposClientOptionsSchema, options, {
    provider: 'esnekpos',
    providerLabel: 'EsnekPOS',
  })
  const environment = options.environment ?? 'sandbox'
  const merchant = () => options.merchant ?? readEnv('ESNEKPOS_MERCHANT')
  const merchantKey = () => options.merchantKey ?? readEnv('ESNEKPOS_MERCHANT_KEY')
  return {
    baseUrl: () =>
      (options.baseUrl ?? readEnv('ESNEKPOS_BASE_URL') ?? ESNEKPOS_BASE_URLS[environment]).replace(
        /\/+$/,
        '',
      ),
    fetch: options.fetch,
    timeout: options.timeout,
    retry: options.retry,
    onRequest: options.onRequest,
    onResponse: options.onResponse,
    credentials: () => ({
      merchant: requireCredential(merchant(), {
        provider: 'esnekpos',
        field: 'merchant',
        message:
          'No EsnekPOS merchant: pass merchant to esnekpos() or createEsnekposClient(), or set ESNEKPOS_MERCHANT.',
      }),
      merchantKey: requireCredential(merchantKey(), {
        provider: 'esnekpos',
        field: 'merchantKey',
        message:
          'No EsnekPOS merchant key: pass merchantKey to esnekpos() or createEsnekposClient(), or set ESNEKPOS_MERCHANT_KEY.',
      }),
    }),
    knownSecrets: () => [merchantKey()],
  }
}
