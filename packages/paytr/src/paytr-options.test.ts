import { afterEach, describe, expect, it, vi } from 'vitest'
import { resolvePaytrOptions } from './paytr-options'
import { paytr } from './paytr-provider'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('paytr options', () => {
  it('fails at start-up on an invalid option, naming it without echoing its value', () => {
    expect(() => paytr({ merchantKey: '' })).toThrowError(
      expect.objectContaining({ code: 'validation', field: 'merchantKey' }),
    )
    expect(() => paytr({ timeout: 0 })).toThrowError(
      expect.objectContaining({ code: 'validation', field: 'timeout' }),
    )
  })

  it('asks www.paytr.com in either environment, and PAYTR_BASE_URL or baseUrl instead when given', () => {
    expect(resolvePaytrOptions({}).baseUrl()).toBe('https://www.paytr.com')
    expect(resolvePaytrOptions({ environment: 'production' }).baseUrl()).toBe('https://www.paytr.com')
    vi.stubEnv('PAYTR_BASE_URL', 'http://127.0.0.1:4010/paytr/')
    expect(resolvePaytrOptions({}).baseUrl()).toBe('http://127.0.0.1:4010/paytr')
    expect(resolvePaytrOptions({ baseUrl: 'https://proxy.example' }).baseUrl()).toBe('https://proxy.example')
  })

  it('gives the redactor the key and the salt, not the store number', () => {
    const resolved = resolvePaytrOptions({
      merchantId: '123456',
      merchantKey: 'key-0000',
      merchantSalt: 'salt-0000',
    })
    expect(resolved.knownSecrets()).toEqual(['key-0000', 'salt-0000'])
  })
})
