import {
  type ClientConnectionOptions,
  checkClientOptions,
  optionalTextSchema,
  type ResolvedConnection,
  readEnv,
  requireCredential,
  resolveConnection,
  transportOptionsEntries,
} from '@durum/core'
import * as v from 'valibot'

export const ESNEKPOS_BASE_URLS = {
  production: 'https://posservice.esnekpos.com',
  /** What EsnekPOS calls its test service. */
  sandbox: 'https://posservicetest.esnekpos.com',
} as const

export type EsnekposEnvironment = keyof typeof ESNEKPOS_BASE_URLS

export interface EsnekposClientOptions extends ClientConnectionOptions<EsnekposEnvironment> {
  /** The merchant id (`MERCHANT`). Defaults to `ESNEKPOS_MERCHANT`, read at the first request (so edge runtimes can set it late). */
  merchant?: string | undefined
  /** The merchant key (`MERCHANT_KEY`). Defaults to `ESNEKPOS_MERCHANT_KEY`, read at the first request. */
  merchantKey?: string | undefined
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

export interface ResolvedEsnekposOptions extends ResolvedConnection {
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
  const merchant = () => options.merchant ?? readEnv('ESNEKPOS_MERCHANT')
  const merchantKey = () => options.merchantKey ?? readEnv('ESNEKPOS_MERCHANT_KEY')
  return {
    ...resolveConnection(options, ESNEKPOS_BASE_URLS, 'ESNEKPOS_BASE_URL'),
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
