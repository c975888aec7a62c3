import {
  type ClientTransportOptions,
  checkClientOptions,
  optionalTextSchema,
  readEnv,
  requireCredential,
  transportOptionsEntries,
} from '@durum/core'
import * as v from 'valibot'

export interface AcmeOptions extends ClientTransportOptions {
  /** The API key. Defaults to `ACME_API_KEY`, read at the first request (edge runtimes set it late). */
  apiKey?: string | undefined
  /** Overrides acme's URL, e.g. a simulator's. */
  baseUrl?: string | undefined
}

export interface AcmeCredentials {
  apiKey: string
}

const AcmeOptionsSchema = v.object({ apiKey: optionalTextSchema, ...transportOptionsEntries })

export interface ResolvedAcmeOptions {
  baseUrl: string
  transport: ClientTransportOptions
  /** Read per call; a missing key throws before anything is sent. */
  credentials(): AcmeCredentials
  /** The key if known, for redaction; never throws. */
  knownSecrets(): (string | undefined)[]
}

/** Checks the options (a typo fails at start-up, naming the option) and fills in the defaults. */
export function resolveAcmeOptions(options: AcmeOptions): ResolvedAcmeOptions {
  checkClientOptions(AcmeOptionsSchema, options, { provider: 'acme', providerLabel: 'acme' })
  const apiKey = () => options.apiKey ?? readEnv('ACME_API_KEY')
  return {
    baseUrl: options.baseUrl ?? 'https://api.acme.example',
    transport: options,
    credentials: () => ({
      apiKey: requireCredential(apiKey(), {
        provider: 'acme',
        field: 'apiKey',
        message: 'acme needs an API key: pass apiKey or set ACME_API_KEY.',
      }),
    }),
    knownSecrets: () => [apiKey()],
  }
}
