import { describe, expect, it, vi } from 'vitest'
import vectors from './__fixtures__/iyzico-signatures.json' with { type: 'json' }
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
