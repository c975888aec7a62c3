import {
  type ClientConnectionOptions,
  type ProviderEnvironment,
  type ProviderOptionsSpec,
  type ResolvedProviderOptions,
  resolveProviderOptions,
} from '@durum/core'

/** `sandbox` (EsnekPOS's test service `https://posservicetest.esnekpos.com`, the default) or `production`. */
export type EsnekposEnvironment = ProviderEnvironment

/**
 * The options of `esnekpos()` and `createEsnekposClient()`, all optional: the credentials default to
 * environment variables, and a mistyped option throws a `ValidationError` naming it at start-up.
 */
export interface EsnekposClientOptions extends ClientConnectionOptions<EsnekposEnvironment> {
  /** The merchant id (`MERCHANT`). Defaults to `ESNEKPOS_MERCHANT`, read at the first request (so edge runtimes can set it late). */
  merchant?: string | undefined
  /** The merchant key (`MERCHANT_KEY`). Defaults to `ESNEKPOS_MERCHANT_KEY`, read at the first request. */
  merchantKey?: string | undefined
}

export interface EsnekposCredentials {
  merchant: string
  merchantKey: string
}

const ESNEKPOS_OPTIONS: ProviderOptionsSpec<keyof EsnekposCredentials> = {
  provider: 'esnekpos',
  providerLabel: 'EsnekPOS',
  environments: {
    production: 'https://posservice.esnekpos.com',
    /** What EsnekPOS calls its test service. */
    sandbox: 'https://posservicetest.esnekpos.com',
  },
  credentials: {
    merchant: { name: 'merchant', secret: false },
    merchantKey: { name: 'merchant key', secret: true },
  },
}

export const ESNEKPOS_BASE_URLS = ESNEKPOS_OPTIONS.environments

export type ResolvedEsnekposOptions = ResolvedProviderOptions<keyof EsnekposCredentials>

/** Checks the options (a typo fails at start-up, naming the option) and fills in the defaults. */
export function resolveEsnekposOptions(options: EsnekposClientOptions = {}): ResolvedEsnekposOptions {
  return resolveProviderOptions(ESNEKPOS_OPTIONS, options)
}
