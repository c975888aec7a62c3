import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import vectors from './__fixtures__/iyzico-signatures.json' with { type: 'json' }
import { constantTimeEqual, hmacSha256Hex } from './hmac-sha256'
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

  it('agrees with node:crypto for any secret and body, non-ASCII included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.string(), async (secret, message) => {
        const expected = createHmac('sha256', secret).update(message).digest('hex')
        expect(await hmacSha256Hex(secret, message)).toBe(expected)
      }),
      { numRuns: 200 },
    )
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
})
