import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import vectors from './__fixtures__/iyzico-signatures.json' with { type: 'json' }
import { constantTimeEqual, hmacSha256Hex, webHmacSha256Hex } from './hmac-sha256'
import { generateRandomKey, signIyzicoRequest } from './sign-iyzico-request'

describe('signIyzicoRequest', () => {
  it.each(vectors.requests.map((vector) => [`${vector.operation} ${vector.request.path}`, vector] as const))(
    'reproduces the official client for %s',
    async (_, vector) => {
      const result = await signIyzicoRequest({
        apiKey: vector.credentials.apiKey,
        secretKey: vector.credentials.secretKey,
        randomKey: vector.randomKey,
        path: vector.request.path,
        body: vector.request.body,
      })
      expect(result.signature).toBe(vector.signature)
      expect(result.authorization).toBe(vector.request.headers.authorization)
      expect(atob(result.authorization.slice('IYZWSv2 '.length))).toBe(vector.decodedAuthorization)
    },
  )

  it('signs a path given with a query string without the query', async () => {
    const base = { apiKey: 'a', secretKey: 's', randomKey: '1', body: '{}' }
    const withQuery = await signIyzicoRequest({ ...base, path: '/v2/reporting/payment/details?x=1' })
    const withoutQuery = await signIyzicoRequest({ ...base, path: '/v2/reporting/payment/details' })
    expect(withQuery).toEqual(withoutQuery)
  })

  it('encodes a non-ASCII API key as UTF-8 in the Authorization header', async () => {
    const { authorization, signature } = await signIyzicoRequest({
      apiKey: 'anahtar-çğü',
      secretKey: 's',
      randomKey: '1',
      path: '/payment/detail',
      body: '{}',
    })
    const expected = Buffer.from(`apiKey:anahtar-çğü&randomKey:1&signature:${signature}`, 'utf8').toString(
      'base64',
    )
    expect(authorization).toBe(`IYZWSv2 ${expected}`)
  })

  it('agrees with node:crypto for any secret and body, non-ASCII included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.string(), async (secret, message) => {
        const expected = createHmac('sha256', secret).update(message).digest('hex')
        expect(await hmacSha256Hex(secret, message)).toBe(expected)
        expect(await webHmacSha256Hex(secret, message)).toBe(expected)
      }),
      { numRuns: 200 },
    )
  })
})

describe('the Web Crypto path (edge runtimes)', () => {
  it.each(vectors.requests.map((vector) => [vector.operation, vector] as const))(
    'reproduces the %s vector',
    async (_, vector) => {
      const path = vector.request.path.split('?')[0] ?? ''
      expect(
        await webHmacSha256Hex(vector.credentials.secretKey, vector.randomKey + path + vector.request.body),
      ).toBe(vector.signature)
    },
  )

  it('imports each secret once and reuses the key', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey')
    try {
      const secret = `cache-test-${Math.random()}`
      await Promise.all([webHmacSha256Hex(secret, 'a'), webHmacSha256Hex(secret, 'b')])
      await webHmacSha256Hex(secret, 'c')
      expect(importKey).toHaveBeenCalledTimes(1)
    } finally {
      importKey.mockRestore()
    }
  })

  it('imports a secret again after a failed import, which it does not keep', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey').mockRejectedValueOnce(new Error('import failed'))
    try {
      const secret = `failing-${Math.random()}`
      await expect(webHmacSha256Hex(secret, 'a')).rejects.toThrow('import failed')
      expect(await webHmacSha256Hex(secret, 'a')).toBe(createHmac('sha256', secret).update('a').digest('hex'))
      expect(importKey).toHaveBeenCalledTimes(2)
    } finally {
      importKey.mockRestore()
    }
  })

  it('keeps at most 32 keys, dropping the oldest', async () => {
    const prefix = `bounded-${Math.random()}`
    const secrets = Array.from({ length: 33 }, (_, i) => `${prefix}-${i}`)
    for (const secret of secrets) await webHmacSha256Hex(secret, 'a')
    const importKey = vi.spyOn(crypto.subtle, 'importKey')
    try {
      await webHmacSha256Hex(secrets[32] ?? '', 'a')
      expect(importKey).not.toHaveBeenCalled()
      await webHmacSha256Hex(secrets[0] ?? '', 'a')
      expect(importKey).toHaveBeenCalledTimes(1)
    } finally {
      importKey.mockRestore()
    }
  })
})

/** The module as loaded where `process.getBuiltinModule` is missing, as on edge runtimes and in browsers. */
async function withoutNodeCrypto(): Promise<typeof import('./sign-iyzico-request')> {
  const original = Object.getOwnPropertyDescriptor(process, 'getBuiltinModule')
  Object.defineProperty(process, 'getBuiltinModule', { value: undefined, configurable: true })
  try {
    vi.resetModules()
    return await import('./sign-iyzico-request')
  } finally {
    if (original === undefined) Reflect.deleteProperty(process, 'getBuiltinModule')
    else Object.defineProperty(process, 'getBuiltinModule', original)
    vi.resetModules()
  }
}

describe('the path signIyzicoRequest takes', () => {
  const [vector] = vectors.requests
  if (vector === undefined) throw new Error('no signature vectors')
  const input = {
    apiKey: vector.credentials.apiKey,
    secretKey: vector.credentials.secretKey,
    randomKey: vector.randomKey,
    path: vector.request.path,
    body: vector.request.body,
  }

  it('is node:crypto where process.getBuiltinModule offers it, with no Web Crypto call', async () => {
    const sign = vi.spyOn(crypto.subtle, 'sign')
    try {
      expect((await signIyzicoRequest(input)).authorization).toBe(vector.request.headers.authorization)
      expect(sign).not.toHaveBeenCalled()
    } finally {
      sign.mockRestore()
    }
  })

  it('is Web Crypto without node:crypto, and reproduces every official vector there', async () => {
    const web = await withoutNodeCrypto()
    const sign = vi.spyOn(crypto.subtle, 'sign')
    try {
      for (const { credentials, randomKey, request, signature } of vectors.requests) {
        const result = await web.signIyzicoRequest({ ...credentials, randomKey, ...request })
        expect(result).toEqual({ authorization: request.headers.authorization, signature })
      }
      expect(sign).toHaveBeenCalledTimes(vectors.requests.length)
    } finally {
      sign.mockRestore()
    }
  })
})

describe('constantTimeEqual', () => {
  it('is true only for identical strings', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true)
    expect(constantTimeEqual('abc', 'abd')).toBe(false)
    expect(constantTimeEqual('abc', 'ab')).toBe(false)
    expect(constantTimeEqual('', 'a')).toBe(false)
  })
})

describe('generateRandomKey', () => {
  it('gives digits only, different each time', () => {
    const a = generateRandomKey()
    expect(a).toMatch(/^\d{20,}$/)
    expect(generateRandomKey()).not.toBe(a)
  })

  it('stays digits-only and unrepeated past a refill of its random pool', () => {
    const keys = Array.from({ length: 1_000 }, generateRandomKey)
    for (const key of keys) expect(key).toMatch(/^\d{20,}$/)
    expect(new Set(keys).size).toBe(keys.length)
  })
})
