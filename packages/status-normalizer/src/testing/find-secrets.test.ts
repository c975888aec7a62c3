import { describe, expect, it } from 'vitest'
import { findSecrets } from './find-secrets'

const secret = 'sk_live_4f8a'

describe('findSecrets', () => {
  it('finds a secret in plain values and nested objects', () => {
    expect(findSecrets({ raw: { headers: [`Bearer ${secret}`] } }, [secret, 'other'])).toEqual([secret])
    expect(findSecrets({ raw: { ok: true } }, [secret])).toEqual([])
  })

  it('finds it in an error message, anywhere down the cause chain, and in non-enumerable properties', () => {
    const deep = new Error('outer', { cause: new Error('middle', { cause: { request: { body: secret } } }) })
    expect(findSecrets(deep, [secret])).toEqual([secret])
    const hidden = new Error('clean')
    Object.defineProperty(hidden, 'config', { value: { key: secret }, enumerable: false })
    expect(findSecrets(hidden, [secret])).toEqual([secret])
  })

  it('finds it in what toJSON exposes', () => {
    expect(findSecrets({ toJSON: () => ({ leaked: secret }) }, [secret])).toEqual([secret])
  })

  it('ignores empty secrets and survives cycles', () => {
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(findSecrets(cyclic, ['', secret])).toEqual([])
  })
})
