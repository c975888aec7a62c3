import {
  type ClientConnectionOptions,
  type ProviderEnvironment,
  type ProviderOptionsSpec,
  type ResolvedProviderOptions,
  resolveProviderOptions,
} from '@durum/core'

export type PaytrEnvironment = ProviderEnvironment

export interface PaytrClientOptions extends ClientConnectionOptions<PaytrEnvironment> {
  /** The store number (`merchant_id`). Defaults to `PAYTR_MERCHANT_ID`, read at the first request (edge runtimes set it late). */
  merchantId?: string | undefined
  /** The store password (`merchant_key`), the HMAC key of every token. Defaults to `PAYTR_MERCHANT_KEY`. Never sent. */
  merchantKey?: string | undefined
  /** The store secret (`merchant_salt`), signed into every token. Defaults to `PAYTR_MERCHANT_SALT`. Never sent. */
  merchantSalt?: string | undefined
}

export interface PaytrCredentials {
  merchantId: string
  merchantKey: string
  merchantSalt: string
}

const PAYTR_OPTIONS: ProviderOptionsSpec<keyof PaytrCredentials> = {
  provider: 'paytr',
  providerLabel: 'PayTR',
  // PayTR has one host: test or live belongs to the store and the transaction (`test_mode`), not the URL.
  environments: { production: 'https://www.paytr.com', sandbox: 'https://www.paytr.com' },
  credentials: {
    merchantId: { name: 'merchant id', secret: false },
    merchantKey: { name: 'merchant key', secret: true },
    merchantSalt: { name: 'merchant salt', secret: true },
  },
}

export const PAYTR_BASE_URLS = PAYTR_OPTIONS.environments

export type ResolvedPaytrOptions = ResolvedProviderOptions<keyof PaytrCredentials>

/** Checks the options (an invalid value fails at start-up, naming the option) and fills in the defaults. */
export function resolvePaytrOptions(options: PaytrClientOptions = {}): ResolvedPaytrOptions {
  return resolveProviderOptions(PAYTR_OPTIONS, options)
}
