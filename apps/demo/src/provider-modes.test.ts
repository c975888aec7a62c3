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

  it('goes live for PayTR when its three credentials are set, and refuses two of three', () => {
    expect(
      readLiveCredentials({ PAYTR_MERCHANT_ID: '1', PAYTR_MERCHANT_KEY: 'k', PAYTR_MERCHANT_SALT: 's' }),
    ).toEqual({
      paytr: { merchantId: '1', merchantKey: 'k', merchantSalt: 's', baseUrl: 'https://www.paytr.com' },
    })
    expect(() => readLiveCredentials({ PAYTR_MERCHANT_ID: '1', PAYTR_MERCHANT_KEY: 'k-secret' })).toThrow(
      'PAYTR_MERCHANT_SALT is not set while PAYTR_MERCHANT_ID and PAYTR_MERCHANT_KEY are: set all of PAYTR_MERCHANT_ID, PAYTR_MERCHANT_KEY, PAYTR_MERCHANT_SALT to query the real paytr, or none to use its simulator.',
    )
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
