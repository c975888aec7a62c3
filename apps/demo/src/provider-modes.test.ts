import { DurumError } from '@durum/status-normalizer'
import { describe, expect, it } from 'vitest'
import { readLiveCredentials } from './provider-modes'

describe('readLiveCredentials', () => {
  it('uses the simulators when nothing is set', () => {
    expect(readLiveCredentials({})).toEqual({})
  })

  it('goes live for a provider whose two credentials are set, with its default URL', () => {
    expect(readLiveCredentials({ IYZICO_API_KEY: 'k', IYZICO_SECRET_KEY: 's' })).toEqual({
      iyzico: { apiKey: 'k', secretKey: 's', baseUrl: 'https://sandbox-api.iyzipay.com' },
    })
    expect(
      readLiveCredentials({
        ESNEKPOS_MERCHANT: 'm',
        ESNEKPOS_MERCHANT_KEY: 'mk',
        ESNEKPOS_BASE_URL: 'https://x.test',
      }),
    ).toEqual({ esnekpos: { merchant: 'm', merchantKey: 'mk', baseUrl: 'https://x.test' } })
  })

  it('refuses half a pair, naming the missing variable without echoing the one set', () => {
    try {
      readLiveCredentials({ IYZICO_API_KEY: 'half-secret' })
      expect.unreachable()
    } catch (error) {
      expect(DurumError.isInstance(error) && error.field).toBe('IYZICO_SECRET_KEY')
      expect(String((error as Error).message)).not.toContain('half-secret')
    }
  })
})
