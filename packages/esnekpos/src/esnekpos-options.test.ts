import { DurumError } from '@durum/core'
import { afterEach, describe, expect, it } from 'vitest'
import { resolveEsnekposOptions } from './esnekpos-options'

const env = (globalThis as { process: { env: Record<string, string | undefined> } }).process.env
const names = ['ESNEKPOS_MERCHANT', 'ESNEKPOS_MERCHANT_KEY', 'ESNEKPOS_BASE_URL'] as const
const saved = Object.fromEntries(names.map((name) => [name, env[name]]))

afterEach(() => {
  for (const name of names) {
    if (saved[name] === undefined) delete env[name]
    else env[name] = saved[name]
  }
})

describe('resolveEsnekposOptions', () => {
  it('defaults to the test service and trims a trailing slash from baseUrl', () => {
    for (const name of names) delete env[name]
    expect(resolveEsnekposOptions().baseUrl()).toBe('https://posservicetest.esnekpos.com')
    expect(resolveEsnekposOptions({ environment: 'production' }).baseUrl()).toBe(
      'https://posservice.esnekpos.com',
    )
    expect(resolveEsnekposOptions({ baseUrl: 'http://127.0.0.1:4000/' }).baseUrl()).toBe(
      'http://127.0.0.1:4000',
    )
  })

  it('reads the environment when asked, not when created', () => {
    for (const name of names) delete env[name]
    const resolved = resolveEsnekposOptions()
    env.ESNEKPOS_MERCHANT = 'TEST1234'
    env.ESNEKPOS_MERCHANT_KEY = 'a-key-set-late'
    env.ESNEKPOS_BASE_URL = 'http://127.0.0.1:4001'
    expect(resolved.credentials()).toEqual({ merchant: 'TEST1234', merchantKey: 'a-key-set-late' })
    expect(resolved.baseUrl()).toBe('http://127.0.0.1:4001')
    expect(resolved.knownSecrets()).toEqual(['a-key-set-late'])
  })

  it('prefers explicit options to the environment', () => {
    env.ESNEKPOS_MERCHANT_KEY = 'from-env'
    expect(resolveEsnekposOptions({ merchant: 'M', merchantKey: 'explicit' }).credentials().merchantKey).toBe(
      'explicit',
    )
  })

  it('names a missing credential, and says where to put it', () => {
    for (const name of names) delete env[name]
    const error = (() => {
      try {
        resolveEsnekposOptions({ merchant: 'TEST1234' }).credentials()
      } catch (caught) {
        return caught
      }
    })()
    expect(DurumError.isInstance(error) && error.field).toBe('merchantKey')
    expect(DurumError.isInstance(error) && error.message).toContain('ESNEKPOS_MERCHANT_KEY')
  })

  it('does not echo a bad option value, which may be the key', () => {
    const key = 'c2VjcmV0LW1lcmNoYW50LWtleQ=='
    expect(() => resolveEsnekposOptions({ merchantKey: key, timeout: -1 })).toThrow(/timeout/)
    try {
      resolveEsnekposOptions({ merchantKey: 42 as unknown as string })
    } catch (error) {
      expect(String(error)).not.toContain('42')
      expect(DurumError.isInstance(error) && error.field).toBe('merchantKey')
    }
  })
})
