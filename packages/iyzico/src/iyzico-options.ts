import {
  type ClientConnectionOptions,
  localized,
  optionalFunctionSchema,
  type ProviderEnvironment,
  type ProviderOptionsSpec,
  type ResolvedProviderOptions,
  type RetryOptions,
  resolveProviderOptions,
} from '@durum/core'
import * as v from 'valibot'

/** `sandbox` (`https://sandbox-api.iyzipay.com`, the default) or `production` (`https://api.iyzipay.com`). */
export type IyzicoEnvironment = ProviderEnvironment

/** Retries of transport errors, 429 and 5xx: core's retry options. */
export type IyzicoRetryOptions = RetryOptions

/**
 * The options of `iyzico()` and `createIyzicoClient()`, all optional: the keys default to environment
 * variables, and a mistyped option throws a `ValidationError` naming it at start-up.
 */
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

export interface IyzicoCredentials {
  apiKey: string
  secretKey: string
}

const IYZICO_OPTIONS: ProviderOptionsSpec<keyof IyzicoCredentials> = {
  provider: 'iyzico',
  providerLabel: 'iyzico',
  ownOptions: {
    randomKey: optionalFunctionSchema,
    conversationId: optionalFunctionSchema,
    requireSignature: v.optional(
      v.boolean(localized({ en: 'must be true or false', tr: 'true ya da false olmalı' })),
    ),
    locale: v.optional(
      v.picklist(['tr', 'en'], localized({ en: "must be 'tr' or 'en'", tr: "'tr' ya da 'en' olmalı" })),
    ),
    refunds: v.optional(
      v.picklist(
        ['check', 'skip'],
        localized({ en: "must be 'check' or 'skip'", tr: "'check' ya da 'skip' olmalı" }),
      ),
    ),
  },
  environments: { production: 'https://api.iyzipay.com', sandbox: 'https://sandbox-api.iyzipay.com' },
  credentials: {
    apiKey: { name: 'API key', secret: true },
    secretKey: { name: 'secret key', secret: true },
  },
}

export const IYZICO_BASE_URLS = IYZICO_OPTIONS.environments

export interface ResolvedIyzicoOptions extends ResolvedProviderOptions<keyof IyzicoCredentials> {
  locale: 'tr' | 'en'
  refunds: 'check' | 'skip'
  randomKey: (() => string) | undefined
  conversationId: () => string
  requireSignature: boolean
}

/** Checks the options (a typo fails at start-up, naming the option) and fills in the defaults. */
export function resolveIyzicoOptions(options: IyzicoClientOptions = {}): ResolvedIyzicoOptions {
  return {
    ...resolveProviderOptions(IYZICO_OPTIONS, options),
    locale: options.locale ?? 'tr',
    refunds: options.refunds ?? 'check',
    randomKey: options.randomKey,
    conversationId: options.conversationId ?? (() => crypto.randomUUID()),
    requireSignature: options.requireSignature ?? false,
  }
}
