import { inspect } from 'node:util'
import { DurumError } from '@durum/core'
import { describe, expect, it } from 'vitest'
import { encodedLiteral, SECRET_ENCODINGS } from './secret-encodings'
import { containsSecret, sightingsIn } from './secret-sightings'

const SECRET = 'HOSTILEmerchantKEY+8f/w=='

// The sweep is only as good as its detector: a form it cannot see would pass as "no leak".
describe('the secret detector', () => {
  it.each(SECRET_ENCODINGS)('finds the secret in $name, inside a longer text', (encoding) => {
    const literal = encodedLiteral([SECRET], encoding)
    expect(containsSecret(`{"RETURN_MESSAGE":${literal},"STATUS":"ERROR"}`, SECRET)).toBe(true)
  })

  it.each(SECRET_ENCODINGS)(
    'finds the secret in $name once JSON.stringify and inspect escaped it again',
    (encoding) => {
      const message = `provider said ${encoding.encode(SECRET)}`
      const error = new DurumError({ code: 'provider', message: 'failed', cause: new Error(message) })
      expect(sightingsIn('probe', { wrapped: JSON.stringify({ message }) }, { key: SECRET })).not.toEqual([])
      expect(sightingsIn('probe', error, { key: SECRET }).map((sighting) => sighting.surface)).toContain(
        'cause 1 message',
      )
      expect(containsSecret(inspect({ message }), SECRET)).toBe(true)
    },
  )

  it('finds base64 of the secret at every byte offset of a longer payload', () => {
    for (const prefix of ['', 'a', 'ab', 'abc', 'apiKey:']) {
      expect(containsSecret(`IYZWSv2 ${btoa(`${prefix}${SECRET}&randomKey:1`)}`, SECRET)).toBe(true)
    }
  })

  it('finds nothing in text that only resembles the secret', () => {
    const near = [
      'HOSTILEmerchantKEY+8f/w=',
      'HOSTILEmerchantKEY 8f/w==',
      encodeURIComponent('HOSTILEmerchantKEY-8f/w=='),
      btoa('HOSTILEmerchantKEY+8f/w'),
      '[REDACTED]',
    ]
    for (const text of near) expect(containsSecret(`key ${text}`, SECRET)).toBe(false)
  })
})
