import {
  type ClientConnectionOptions,
  checkClientOptions,
  optionalFunctionSchema,
  optionalTextSchema,
  type ResolvedConnection,
  type RetryOptions,
  readEnv,
  requireCredential,
  resolveConnection,
  transportOptionsEntries,
} from '@durum/core'
import * as v from 'valibot'

export const IYZICO_BASE_URLS = {
  production: 'https://api.iyzipay.com',
  sandbox: 'https://sandbox-api.iyzipay.com',
} as const

export type IyzicoEnvironment = keyof typeof IYZICO_BASE_URLS

/** Retries of transport errors, 429 and 5xx: core's retry options. */
export type IyzicoRetryOptions = RetryOptions

export interface IyzicoClientOptions extends ClientConnectionOptions<IyzicoEnvironment> {
  /** Defaults to `IYZICO_API_KEY`, read when the first request is made (so edge runtimes can set it late). */
  apiKey?: string | undefined
  /** Defaults to `IYZICO_SECRET_KEY`, read when the first request is made. */
  secretKey?: string | undefined
  /** Generates the per-request random key; for tests. */
  randomKey?: (() => string) | undefined
  /**
   * Generates the `conversationId` sent with each request, which iyzico must echo (and signs into
   * its response signature); a fresh random UUID by default, so a replayed answer is refused. For tests.
   */
  conversationId?: (() => string) | undefined
  /**
   * Refuse a payment-detail or checkout-form answer that carries no response `signature` (default
   * `false`: such an answer is used, and the result says `signed: false`).
   */
  requireSignature?: boolean | undefined
  /** The language of iyzico's error messages (default `tr`). */
  locale?: 'tr' | 'en' | undefined
  /** Whether a taken payment is also looked up in reporting for refunds and cancels (default `check`). */
  refunds?: 'check' | 'skip' | undefined
}

// The hooks stay last, where they always were: the first invalid option named is the first in this order.
const { onRequest, onResponse, ...connectionEntries } = transportOptionsEntries

const IyzicoClientOptionsSchema = v.object({
  apiKey: optionalTextSchema,
  secretKey: optionalTextSchema,
  ...connectionEntries,
  randomKey: optionalFunctionSchema,
  conversationId: optionalFunctionSchema,
  requireSignature: v.optional(v.boolean('must be true or false')),
  locale: v.optional(v.picklist(['tr', 'en'], "must be 'tr' or 'en'")),
  refunds: v.optional(v.picklist(['check', 'skip'], "must be 'check' or 'skip'")),
  onRequest,
  onResponse,
})

export interface IyzicoCredentials {
  apiKey: string
  secretKey: string
}

export interface ResolvedIyzicoOptions extends ResolvedConnection {
  locale: 'tr' | 'en'
  refunds: 'check' | 'skip'
  randomKey: (() => string) | undefined
  conversationId: () => string
  requireSignature: boolean
  /** Read at request time; throws `ValidationError` when a key is nowhere to be found. */
  credentials(): IyzicoCredentials
  /** The keys known so far, for redaction; never throws. */
  knownSecrets(): (string | undefined)[]
}

/** Checks the options (a typo fails at start-up, naming the option) and fills in the defaults. */
export function resolveIyzicoOptions(options: IyzicoClientOptions = {}): ResolvedIyzicoOptions {
  checkClientOptions(IyzicoClientOptionsSchema, options, { provider: 'iyzico', providerLabel: 'iyzico' })
  const apiKey = () => options.apiKey ?? readEnv('IYZICO_API_KEY')
  const secretKey = () => options.secretKey ?? readEnv('IYZICO_SECRET_KEY')
  return {
    ...resolveConnection(options, IYZICO_BASE_URLS, 'IYZICO_BASE_URL'),
    locale: options.locale ?? 'tr',
    refunds: options.refunds ?? 'check',
    randomKey: options.randomKey,
    conversationId: options.conversationId ?? (() => crypto.randomUUID()),
    requireSignature: options.requireSignature ?? false,
    credentials: () => ({
      apiKey: requireCredential(apiKey(), {
        provider: 'iyzico',
        field: 'apiKey',
        message: 'No iyzico API key: pass apiKey to iyzico() or createIyzicoClient(), or set IYZICO_API_KEY.',
      }),
      secretKey: requireCredential(secretKey(), {
        provider: 'iyzico',
        field: 'secretKey',
        message:
          'No iyzico secret key: pass secretKey to iyzico() or createIyzicoClient(), or set IYZICO_SECRET_KEY.',
      }),
    }),
    knownSecrets: () => [apiKey(), secretKey()],
  }
}
