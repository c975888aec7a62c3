import { createHmac } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import {
  constantTimeEqual,
  type HmacEncoding,
  hmacSha256,
  nodeHmacSha256,
  webHmacSha256,
} from './hmac-sha256'

const nodeReference = (secret: string, message: string, encoding: HmacEncoding = 'hex') =>
  createHmac('sha256', Buffer.from(secret, 'utf8')).update(message, 'utf8').digest(encoding)

// RFC 4231 test cases 1 and 2 (the ones whose key and data are ASCII, so UTF-8 text carries them
// byte for byte), and the well-known HMAC of the empty key over the empty message.
const knownAnswers = [
  {
    name: 'RFC 4231 case 1',
    secret: '\x0b'.repeat(20),
    message: 'Hi There',
    hex: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    base64: 'sDRMYdjbOFNcqK/OrwvxK4gdwgDJgz2nJuk3bC4yz/c=',
  },
  {
    name: 'RFC 4231 case 2',
    secret: 'Jefe',
    message: 'what do ya want for nothing?',
    hex: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    base64: 'W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=',
  },
  {
    name: 'the empty key and message',
    secret: '',
    message: '',
    hex: 'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad',
    base64: 'thNnmggU2ex3L5XXeMNfxf8Wl8STcVZTxscSFEKSxa0=',
  },
]

const paths = [
  ['the default path', hmacSha256],
  ['the Web Crypto path', webHmacSha256],
  [
    'the node:crypto path',
    (secret: string, message: string, encoding: HmacEncoding) =>
      Promise.resolve(nodeHmacSha256?.(secret, message, encoding)),
  ],
] as const

describe('HMAC-SHA256 known answers', () => {
  for (const [pathName, hmac] of paths) {
    it.each(knownAnswers.map((vector) => [vector.name, vector] as const))(
      `${pathName} gives %s, in hex and in base64`,
      async (_, { secret, message, hex, base64 }) => {
        expect(await hmac(secret, message, 'hex')).toBe(hex)
        expect(await hmac(secret, message, 'base64')).toBe(base64)
      },
    )
  }

  it('is on the node:crypto path under Node', () => {
    expect(nodeHmacSha256).toBeTypeOf('function')
  })
})

describe('HMAC-SHA256 on UTF-8 text', () => {
  it('reads a non-ASCII key and message as UTF-8 on both paths', async () => {
    const expected = '07bba0a7c1a4d06b13983a595fb46c66e1762ea3e613f76606a5927f4e110857'
    expect(nodeHmacSha256?.('anahtar-çğü', 'ödeme 💳', 'hex')).toBe(expected)
    expect(await webHmacSha256('anahtar-çğü', 'ödeme 💳', 'hex')).toBe(expected)
    const base64 = 'B7ugp8Gk0GsTmDpZX7RsZuF2LqPmE/dmBqWSf04RCFc='
    expect(nodeHmacSha256?.('anahtar-çğü', 'ödeme 💳', 'base64')).toBe(base64)
    expect(await webHmacSha256('anahtar-çğü', 'ödeme 💳', 'base64')).toBe(base64)
  })

  it('gives the same answer on both paths for any key and message, empty and non-ASCII included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        async (secret, message) => {
          const expected = nodeReference(secret, message, 'base64')
          expect(nodeHmacSha256?.(secret, message, 'base64')).toBe(expected)
          expect(await webHmacSha256(secret, message, 'base64')).toBe(expected)
          expect(await webHmacSha256(secret, message, 'hex')).toBe(nodeReference(secret, message))
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('the Web Crypto path under load and failure', () => {
  it('signs correctly while one secret is used by many signatures at once', async () => {
    const secret = `concurrent-${Math.random()}`
    const messages = Array.from({ length: 20 }, (_, i) => `message ${i}`)
    const signatures = await Promise.all(messages.map((message) => webHmacSha256(secret, message, 'hex')))
    expect(signatures).toEqual(messages.map((message) => nodeReference(secret, message)))
  })

  it('signs again after a key import failed once: the failure is not kept', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey').mockRejectedValueOnce(new Error('import failed'))
    try {
      const secret = `failing-${Math.random()}`
      await expect(webHmacSha256(secret, 'a', 'hex')).rejects.toThrow('import failed')
      expect(await webHmacSha256(secret, 'a', 'hex')).toBe(nodeReference(secret, 'a'))
    } finally {
      importKey.mockRestore()
    }
  })

  it('signs correctly for more accounts than it keeps keys for, each used again later', async () => {
    const secrets = Array.from({ length: 80 }, (_, i) => `account-${i}-${Math.random()}`)
    const first = await Promise.all(secrets.map((secret) => webHmacSha256(secret, 'a', 'hex')))
    const again = await Promise.all(secrets.map((secret) => webHmacSha256(secret, 'b', 'hex')))
    expect(first).toEqual(secrets.map((secret) => nodeReference(secret, 'a')))
    expect(again).toEqual(secrets.map((secret) => nodeReference(secret, 'b')))
  })
})

describe('constantTimeEqual', () => {
  it.each([
    ['identical strings', 'abc', 'abc', true],
    ['two empty strings', '', '', true],
    ['a different last character', 'abc', 'abd', false],
    ['a different first character', 'abc', 'xbc', false],
    ['a prefix', 'abc', 'ab', false],
    ['the empty string against one character', '', 'a', false],
    ['a NUL-padded copy', 'abc', 'abc\0', false],
    ['an uppercase hex copy', 'abcdef', 'ABCDEF', false],
  ])('compares %s: %s vs %s is %s', (_, a, b, equal) => {
    expect(constantTimeEqual(a, b)).toBe(equal)
    expect(constantTimeEqual(b, a)).toBe(equal)
  })
})
