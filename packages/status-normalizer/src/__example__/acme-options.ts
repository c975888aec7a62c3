import {
  type ClientConnectionOptions,
  type ProviderEnvironment,
  type ProviderOptionsSpec,
  type ResolvedProviderOptions,
  resolveProviderOptions,
} from '@durum/core'

export interface AcmeOptions extends ClientConnectionOptions<ProviderEnvironment> {
  /** The API key. Defaults to `ACME_API_KEY`, read at the first request (edge runtimes set it late). */
  apiKey?: string | undefined
}

export interface AcmeCredentials {
  apiKey: string
}

/** acme's options as data: the kit checks them, fills in the defaults and reads the credentials. */
const ACME_OPTIONS: ProviderOptionsSpec<keyof AcmeCredentials> = {
  provider: 'acme',
  providerLabel: 'acme',
  environments: { production: 'https://api.acme.example', sandbox: 'https://sandbox.acme.example' },
  credentials: { apiKey: { name: 'API key', secret: true } },
}

export type ResolvedAcmeOptions = ResolvedProviderOptions<keyof AcmeCredentials>

/** Checks the options (a typo fails at start-up, naming the option) and fills in the defaults. */
export function resolveAcmeOptions(options: AcmeOptions): ResolvedAcmeOptions {
  return resolveProviderOptions(ACME_OPTIONS, options)
}
