import {
  type ClientConnectionOptions,
  optionalTextSchema,
  type ResolvedProviderOptions,
  resolveProviderOptions,
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

export type ResolvedEsnekposOptions = ResolvedProviderOptions<keyof EsnekposCredentials>

/** Checks the options (a typo fails at start-up, naming the option) and fills in the defaults. */
export function resolveEsnekposOptions(options: EsnekposClientOptions = {}): ResolvedEsnekposOptions {
  return resolveProviderOptions(
    {
      provider: 'esnekpos',
      providerLabel: 'EsnekPOS',
      schema: EsnekposClientOptionsSchema,
      environments: ESNEKPOS_BASE_URLS,
      baseUrlVariable: 'ESNEKPOS_BASE_URL',
      factories: 'esnekpos() or createEsnekposClient()',
      credentials: {
        merchant: { variable: 'ESNEKPOS_MERCHANT', name: 'merchant', secret: false },
        merchantKey: { variable: 'ESNEKPOS_MERCHANT_KEY', name: 'merchant key', secret: true },
      },
    },
    options,
  )
}
