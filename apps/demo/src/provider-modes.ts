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

const DEFAULT_LIVE_URLS = {
  iyzico: 'https://sandbox-api.iyzipay.com',
  esnekpos: 'https://posservicetest.esnekpos.com',
} as const

/**
 * Which providers talk to the real service: those whose credentials are both set. One half of a
 * pair is a mistake worth stopping for, not a reason to fall back to the simulator silently.
 */
export function readLiveCredentials(env: Env): { iyzico?: LiveIyzico; esnekpos?: LiveEsnekpos } {
  const value = (name: string) => (env[name]?.trim() ? env[name]!.trim() : undefined)
  const pair = (provider: string, a: string, b: string): [string, string] | undefined => {
    const [x, y] = [value(a), value(b)]
    if (x !== undefined && y !== undefined) return [x, y]
    if (x === undefined && y === undefined) return undefined
    const [missing, set] = x === undefined ? [a, b] : [b, a]
    throw new ValidationError({
      provider,
      field: missing,
      message: `${missing} is not set while ${set} is: set both to query the real ${provider}, or neither to use its simulator.`,
    })
  }
  const iyzico = pair('iyzico', 'IYZICO_API_KEY', 'IYZICO_SECRET_KEY')
  const esnekpos = pair('esnekpos', 'ESNEKPOS_MERCHANT', 'ESNEKPOS_MERCHANT_KEY')
  return {
    ...(iyzico && {
      iyzico: {
        apiKey: iyzico[0],
        secretKey: iyzico[1],
        baseUrl: value('IYZICO_BASE_URL') ?? DEFAULT_LIVE_URLS.iyzico,
      },
    }),
    ...(esnekpos && {
      esnekpos: {
        merchant: esnekpos[0],
        merchantKey: esnekpos[1],
        baseUrl: value('ESNEKPOS_BASE_URL') ?? DEFAULT_LIVE_URLS.esnekpos,
      },
    }),
  }
}
