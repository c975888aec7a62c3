import { ValidationError } from '@durum/status-normalizer'

export type Env = Readonly<Record<string, string | undefined>>

export interface LiveIyzico {
  apiKey: string
  secretKey: string
  baseUrl: string
}
export interface LiveEsnekpos {
  merchant: string
  merchantKey: string
  baseUrl: string
}
export interface LivePaytr {
  merchantId: string
  merchantKey: string
  merchantSalt: string
  baseUrl: string
}

const DEFAULT_LIVE_URLS = {
  iyzico: 'https://sandbox-api.iyzipay.com',
  esnekpos: 'https://posservicetest.esnekpos.com',
  // PayTR has one host; test or live belongs to the store, not the URL.
  paytr: 'https://www.paytr.com',
} as const

/**
 * Which providers talk to the real service: those whose credentials are all set. Part of a set is a
 * mistake worth stopping for, not a reason to fall back to the simulator silently.
 */
export function readLiveCredentials(env: Env): {
  iyzico?: LiveIyzico
  esnekpos?: LiveEsnekpos
  paytr?: LivePaytr
} {
  const value = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined)
  const all = (provider: string, names: readonly string[]): string[] | undefined => {
    const values = names.map(value)
    const set = names.filter((_, i) => values[i] !== undefined)
    if (set.length === names.length) return values as string[]
    if (set.length === 0) return undefined
    const missing = names.find((_, i) => values[i] === undefined)!
    throw new ValidationError({
      provider,
      field: missing,
      message: `${missing} is not set while ${set.join(' and ')} ${set.length === 1 ? 'is' : 'are'}: set ${names.length === 2 ? 'both' : `all of ${names.join(', ')}`} to query the real ${provider}, or ${names.length === 2 ? 'neither' : 'none'} to use its simulator.`,
    })
  }
  const iyzico = all('iyzico', ['IYZICO_API_KEY', 'IYZICO_SECRET_KEY'])
  const esnekpos = all('esnekpos', ['ESNEKPOS_MERCHANT', 'ESNEKPOS_MERCHANT_KEY'])
  const paytr = all('paytr', ['PAYTR_MERCHANT_ID', 'PAYTR_MERCHANT_KEY', 'PAYTR_MERCHANT_SALT'])
  return {
    ...(iyzico && {
      iyzico: {
        apiKey: iyzico[0]!,
        secretKey: iyzico[1]!,
        baseUrl: value('IYZICO_BASE_URL') ?? DEFAULT_LIVE_URLS.iyzico,
      },
    }),
    ...(esnekpos && {
      esnekpos: {
        merchant: esnekpos[0]!,
        merchantKey: esnekpos[1]!,
        baseUrl: value('ESNEKPOS_BASE_URL') ?? DEFAULT_LIVE_URLS.esnekpos,
      },
    }),
    ...(paytr && {
      paytr: {
        merchantId: paytr[0]!,
        merchantKey: paytr[1]!,
        merchantSalt: paytr[2]!,
        baseUrl: value('PAYTR_BASE_URL') ?? DEFAULT_LIVE_URLS.paytr,
      },
    }),
  }
}
