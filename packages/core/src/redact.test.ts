import { inspect } from 'node:util'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DurumError } from './durum-error'
import { JsonNumber, parseJson } from './parse-json'
import { createRedactor, REDACTED, redactExcerpt } from './redact'

const secretKey = 'sandbox-sEcReT-kEy-0123456789'
const apiKey = 'sandbox-aPi-KeY-9876543210'
const merchantKey = '4oK26hK8MOXrIV1bzTRVPA=='

const redactor = createRedactor({ secrets: () => [secretKey, apiKey, merchantKey, undefined] })

function utf8Base64(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

describe('createRedactor: text', () => {
  it('replaces every occurrence of a known secret', () => {
    expect(redactor.text(`a ${secretKey} b ${secretKey}`)).toBe(`a ${REDACTED} b ${REDACTED}`)
  })

  it('replaces URL-encoded and JSON-escaped forms', () => {
    expect(redactor.text(`key=${encodeURIComponent(merchantKey)}&x=1`)).not.toContain('4oK26hK8')
    const quoted = createRedactor({ secrets: () => ['se"cr\\et/1'] })
    expect(quoted.text(JSON.stringify({ k: 'se"cr\\et/1' }))).not.toContain('cr\\\\et')
  })

  it("finds a secret inside iyzico's base64 Authorization at any byte offset", () => {
    for (const prefix of ['apiKey:', 'apiKey:x', 'apiKey:xy']) {
      const encoded = utf8Base64(`${prefix}${apiKey}&randomKey:123&signature:abc`)
      const redacted = redactor.text(`IYZWSv2 ${encoded}`)
      expect(redacted).toContain(REDACTED)
      // The characters that encode the key's bytes (a margin of one either side) are gone.
      const inner = encoded.slice(
        Math.ceil((prefix.length * 8) / 6) + 1,
        Math.floor(((prefix.length + apiKey.length) * 8) / 6) - 1,
      )
      expect(inner.length).toBeGreaterThan(20)
      expect(redacted).not.toContain(inner)
    }
  })

  it('redacts secret-keyed values in JSON, query strings and header lines, whatever their value', () => {
    const body = '{"MERCHANT": "TEST1234", "MERCHANT_KEY" : "unknown-wrong-key", "n": 1}'
    expect(redactor.text(body)).toBe(`{"MERCHANT": "TEST1234", "MERCHANT_KEY" : "${REDACTED}", "n": 1}`)
    expect(redactor.text('/path?apiKey=abc123&x=1')).toBe(`/path?apiKey=${REDACTED}&x=1`)
    expect(redactor.text('Authorization: IYZWSv2 whatever\nx-iyzi-rnd: 42')).toBe(
      `Authorization: ${REDACTED}\nx-iyzi-rnd: 42`,
    )
  })

  it('ignores empty and very short secrets instead of blanking ordinary text', () => {
    const short = createRedactor({ secrets: () => ['', 'ab'] })
    expect(short.text('abc')).toBe('abc')
  })

  it('reads secrets on every call, so a rotated secret is redacted too', () => {
    let current = 'first-secret-value'
    const rotating = createRedactor({ secrets: () => [current] })
    expect(rotating.text('first-secret-value')).toBe(REDACTED)
    current = 'second-secret-value'
    expect(rotating.text('second-secret-value')).toBe(REDACTED)
    expect(rotating.value({ note: 'second-secret-value' })).toEqual({ note: REDACTED })
    expect(rotating.text('first-secret-value')).toBe('first-secret-value')
  })

  it('never leaves a random secret in any text around it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 6, maxLength: 40 }),
        fc.string(),
        fc.string(),
        (secret, before, after) => {
          const r = createRedactor({ secrets: () => [secret] })
          expect(r.text(`${before}${secret}${after}`)).not.toContain(secret)
          expect(r.text(`${before}${encodeURIComponent(secret)}${after}`)).not.toContain(
            encodeURIComponent(secret),
          )
        },
      ),
    )
  })
})

describe('createRedactor: value', () => {
  it('redacts by key (case, - and _ ignored) and by value, deep, without mutating', () => {
    const input = {
      MERCHANT_KEY: 'anything',
      nested: [{ secretKey: 'x', SECRET_KEY: 'y', 'Api-Key': 'z', note: `has ${secretKey}` }],
      password: null,
      amount: new JsonNumber('1.00'),
    }
    const before = structuredClone(input)
    const output = redactor.value(input)
    expect(output).toEqual({
      MERCHANT_KEY: REDACTED,
      nested: [{ secretKey: REDACTED, SECRET_KEY: REDACTED, 'Api-Key': REDACTED, note: `has ${REDACTED}` }],
      password: null,
      amount: new JsonNumber('1.00'),
    })
    expect(input).toEqual(before)
  })

  it('takes extra key names', () => {
    const custom = createRedactor({ keys: ['x-iyzi-client-secret'] })
    expect(custom.value({ X_IYZI_CLIENT_SECRET: 's', other: 'o' })).toEqual({
      X_IYZI_CLIENT_SECRET: REDACTED,
      other: 'o',
    })
  })

  it('redacts a number that is a secret, plain or JsonNumber', () => {
    const numeric = createRedactor({ secrets: () => ['987654321', '12345678901234567890'] })
    const body = '{"pin": 987654321, "n": 5, "long": 12345678901234567890, "m": 1e400}'
    expect(numeric.value(parseJson(body))).toEqual({
      pin: REDACTED,
      n: 5,
      long: REDACTED,
      m: new JsonNumber('1e400'),
    })
    expect(numeric.json(body, parseJson(body))).toMatchObject({ pin: REDACTED, long: REDACTED })
  })

  it('redacts Headers into a new Headers', () => {
    const headers = new Headers({ Authorization: 'IYZWSv2 abc', 'x-iyzi-rnd': '123', 'x-echo': secretKey })
    const output = redactor.value(headers)
    expect(output).not.toBe(headers)
    expect(output.get('authorization')).toBe(REDACTED)
    expect(output.get('x-iyzi-rnd')).toBe('123')
    expect(output.get('x-echo')).toBe(REDACTED)
    expect(headers.get('authorization')).toBe('IYZWSv2 abc')
  })

  it('redacts Errors (message, stack, cause, fields) and keeps their class', () => {
    const cause = new TypeError(`fetch failed for https://x/?key=${secretKey}`)
    const error = new DurumError({
      code: 'transport',
      message: `boom ${merchantKey}`,
      provider: 'esnekpos',
      cause,
    })
    const output = redactor.value(error)
    expect(DurumError.isInstance(output)).toBe(true)
    expect(output).toBeInstanceOf(DurumError)
    expect(output.code).toBe('transport')
    expect(output.message).toBe(`boom ${REDACTED}`)
    const everything = `${inspect(output, { depth: 10 })} ${JSON.stringify(output)} ${output.stack}`
    expect(everything).not.toContain(secretKey)
    expect(everything).not.toContain(merchantKey)
    expect(error.message).toContain(merchantKey)
  })

  it('copes with cycles', () => {
    const loop: Record<string, unknown> = { apiKey: 'k' }
    loop.self = loop
    const output = redactor.value(loop) as Record<string, unknown>
    expect(output.self).toBe(output)
    expect(output.apiKey).toBe(REDACTED)
  })

  it('copies a JSON body key for key, an own `__proto__` key included, without touching the prototype', () => {
    const body = JSON.parse(`{"__proto__":{"secretKey":"${secretKey}"},"items":[{"cvc":"123","id":"1"}]}`)
    const copy = redactor.value(body)
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(Object.hasOwn(copy, '__proto__')).toBe(true)
    expect(JSON.stringify(copy)).toBe(
      `{"__proto__":{"secretKey":"${REDACTED}"},"items":[{"cvc":"${REDACTED}","id":"1"}]}`,
    )
  })

  it('copies a plain object by its own enumerable keys, as JSON would, leaving hidden ones behind', () => {
    const marker = Symbol('marker')
    const source = { visible: secretKey, [marker]: secretKey }
    Object.defineProperty(source, 'hidden', { value: secretKey, enumerable: false })
    const copy = redactor.value(source) as Record<string | symbol, unknown>
    expect(copy).toEqual({ visible: REDACTED })
    expect(Reflect.ownKeys(copy)).toEqual(['visible'])
  })

  it('leaves numbers, booleans, null and undefined alone', () => {
    expect(redactor.value(5)).toBe(5)
    expect(redactor.value(true)).toBe(true)
    expect(redactor.value(null)).toBe(null)
    expect(redactor.value(undefined)).toBe(undefined)
  })
})

describe('createRedactor: json', () => {
  const read = (text: string) => {
    const body = parseJson(text)
    return { body, raw: redactor.json(text, body) }
  }

  it('makes plain JSON of JsonNumbers, copying only the way to one', () => {
    const { body, raw } = read('{"a": {"n": 12345678901234567890, "m": 1e400}, "b": {"c": [1]}}')
    expect(raw).toEqual({ a: { n: '12345678901234567890', m: '1e400' }, b: { c: [1] } })
    expect((raw as { b: unknown }).b).toBe((body as { b: unknown }).b)
    const withSecret = `{"echo": "${secretKey}", "n": 12345678901234567890}`
    expect(redactor.json(withSecret, parseJson(withSecret))).toEqual({
      echo: REDACTED,
      n: '12345678901234567890',
    })
  })

  it('gives back the parsed body itself when nothing in it can be secret', () => {
    const { body, raw } = read('{"status": "success", "price": 1.0, "items": [{"id": "1"}]}')
    expect(raw).toBe(body)
  })

  it('finds a secret made of regex punctuation, and nothing that only looks like it', () => {
    const special = createRedactor({ secrets: () => ['k+y.(1)*[2]$^|?'] })
    const text = '{"echo": "k+y.(1)*[2]$^|?", "near": "kky.(1)*[2]$^|?"}'
    expect(special.json(text, parseJson(text))).toEqual({ echo: REDACTED, near: 'kky.(1)*[2]$^|?' })
    const clean = '{"near": "kky.(1)*[2]$^|?"}'
    const body = parseJson(clean)
    expect(special.json(clean, body)).toBe(body)
  })

  it('copies only the way to a secret-keyed value', () => {
    const { body, raw } = read('{"items": [{"cardNumber": "4111111111111111"}, {"id": "2"}], "x": {"y": 1}}')
    expect(raw).toEqual({ items: [{ cardNumber: REDACTED }, { id: '2' }], x: { y: 1 } })
    const [first, second] = (body as { items: unknown[] }).items
    expect(first).toEqual({ cardNumber: '4111111111111111' })
    expect((raw as { items: unknown[] }).items[1]).toBe(second)
    expect((raw as { x: unknown }).x).toBe((body as { x: unknown }).x)
  })

  it.each([
    ['a secret', `{"echo": "${secretKey}"}`],
    ['a secret-named key', '{"items": [{"cardNumber": "4111111111111111"}]}'],
    ['an escape that could spell a secret', `{"echo": "${secretKey.replace('s', '\\u0073')}"}`],
    ['a base64 form of a secret', `{"auth": "${btoa(`apiKey:${apiKey}`)}"}`],
  ])('redacts a copy when the body holds %s', (_what, text) => {
    const { body, raw } = read(text)
    expect(raw).not.toBe(body)
    expect(JSON.stringify(raw)).not.toContain(secretKey)
    expect(JSON.stringify(raw)).toContain(REDACTED)
    expect(JSON.stringify(body)).not.toContain(REDACTED)
  })
})

describe('createRedactor: plainJson', () => {
  it('replaces secret-keyed values and makes JsonNumbers plain, copying only the way to either', () => {
    const text = '{"items": [{"cardNumber": "4111111111111111"}, {"id": "2"}], "n": 12345678901234567890}'
    const body = parseJson(text)
    const raw = redactor.plainJson(body)
    expect(raw).toEqual({ items: [{ cardNumber: REDACTED }, { id: '2' }], n: '12345678901234567890' })
    expect((raw as { items: unknown[] }).items[1]).toBe((body as { items: unknown[] }).items[1])
    const clean = parseJson('{"status": "success", "items": [{"id": "1"}]}')
    expect(redactor.plainJson(clean)).toBe(clean)
  })
})

describe('createRedactor: mayHoldSecret', () => {
  it('is false only for a text with no form of a known secret and no escape sequence', () => {
    expect(
      redactor.mayHoldSecret('{"STATUS":"SUCCESS","AMOUNT":"151,25","STATUS_NAME":"Ödeme - Başarılı"}'),
    ).toBe(false)
    expect(redactor.mayHoldSecret(`{"RETURN_CODE":"${apiKey}"}`)).toBe(true)
    expect(redactor.mayHoldSecret(`{"RETURN_CODE":"${encodeURIComponent(`${apiKey}/`)}"}`)).toBe(true)
    expect(redactor.mayHoldSecret('{"note":"\\u0041"}')).toBe(true)
  })

  it('looks past a percent sign or an ampersand that spells no secret, and finds one that does', () => {
    expect(redactor.mayHoldSecret('{"note":"50% off & free shipping"}')).toBe(false)
    const [first = '', ...rest] = secretKey
    expect(redactor.mayHoldSecret(`{"echo":"&#${first.charCodeAt(0)};${rest.join('')}"}`)).toBe(true)
    expect(redactor.mayHoldSecret(`{"auth":"${btoa(`apiKey:${apiKey}`)}"}`)).toBe(true)
  })

  it('is false for everything when no secret is known but an escape sequence', () => {
    const none = createRedactor()
    expect(none.mayHoldSecret('{"a":"sandbox-key"}')).toBe(false)
    expect(none.mayHoldSecret('{"a":"\\/"}')).toBe(true)
  })
})

describe('redactExcerpt', () => {
  it('is redacted before it is cut, one line, at most max characters', () => {
    const html = `<html>\n  <body>\n    ${secretKey} ${'x'.repeat(500)}\n  </body>\n</html>`
    const excerpt = redactExcerpt(html, redactor, 50)
    expect(excerpt).toBe(`<html> <body> ${REDACTED} ${'x'.repeat(50 - 25)}…`)
    expect(excerpt).not.toContain('\n')
  })

  it('defaults to 200 characters and keeps short text whole', () => {
    expect(redactExcerpt('x'.repeat(300), redactor)).toHaveLength(201)
    expect(redactExcerpt(' short ', redactor)).toBe('short')
  })
})

/** A merchant key with the characters every encoder treats differently: `+ / = & ' < >` and non-ASCII. */
const tricky = "mK+4/oQ=Ş&'<9>z"

function percentEncoded(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function unicodeEscaped(text: string, which: RegExp): string {
  return text.replace(which, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`)
}

describe('createRedactor: every encoding of a secret', () => {
  const trickyRedactor = createRedactor({ secrets: () => [tricky] })

  it.each([
    ['lower-case %xx', percentEncoded(tricky).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())],
    [
      'mixed-case %xx',
      percentEncoded(tricky).replace(/%[0-9A-F]{2}/g, (e, at: number) => (at % 2 ? e.toLowerCase() : e)),
    ],
    ['every character %xx', [...new TextEncoder().encode(tricky)].map((b) => `%${b.toString(16)}`).join('')],
    ['double URL-encoding (%252B)', encodeURIComponent(encodeURIComponent(tricky))],
    ["PHP's JSON (\\/)", JSON.stringify(tricky).slice(1, -1).replaceAll('/', '\\/')],
    [".NET's JSON (\\u002B for + < > & ' and non-ASCII)", unicodeEscaped(tricky, /[+<>&'\u0080-\uffff]/g)],
    // JSON written as a string inside JSON: each escape's backslash escaped again.
    [
      "PHP's JSON inside a JSON string (\\\\/)",
      JSON.stringify(JSON.stringify(tricky).slice(1, -1).replaceAll('/', '\\/')).slice(1, -1),
    ],
    [
      ".NET's JSON inside a JSON string (\\\\u002B)",
      JSON.stringify(unicodeEscaped(tricky, /[+<>&'\u0080-\uffff]/g)).slice(1, -1),
    ],
    [
      'lower-case \\u escapes of every character',
      unicodeEscaped(tricky, /./g).toLowerCase().replaceAll('\\u', '\\u'),
    ],
    ['decimal HTML entities (&#43;)', tricky.replace(/[+&'<>Ş]/g, (c) => `&#${c.charCodeAt(0)};`)],
    [
      'hex HTML entities (&#x2B;)',
      tricky.replace(/[+/=&'<>Ş]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`),
    ],
    [
      'named HTML entities (&plus; &sol; &amp; &lt;)',
      'mK&plus;4&sol;oQ&equals;&Scedil;&amp;&apos;&lt;9&gt;z',
    ],
  ])('redacts the secret in %s', (_form, encoded) => {
    expect(encoded).not.toBe(tricky)
    expect(trickyRedactor.text(`key=${encoded} next`)).toBe(`key=${REDACTED} next`)
    expect(trickyRedactor.value({ echo: `<p>${encoded}</p>` })).toEqual({ echo: `<p>${REDACTED}</p>` })
  })

  it('redacts a secret whose characters are each encoded a different way', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 6, maxLength: 24, unit: 'grapheme' }),
        fc.infiniteStream(fc.constantFrom('plain', 'percent', 'lower', 'double', 'json', 'decimal', 'hex')),
        (secret, choices) => {
          // The brackets around it must not be part of a match.
          fc.pre(!secret.includes('<') && !secret.includes('>'))
          const encoded = [...secret]
            .map((character) => {
              const code = character.codePointAt(0) as number
              const bytes = [...new TextEncoder().encode(character)]
              switch (choices.next().value) {
                case 'percent':
                  return bytes.map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('')
                case 'lower':
                  return bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')
                case 'double':
                  return bytes.map((b) => `%25${b.toString(16).padStart(2, '0')}`).join('')
                case 'json':
                  return unicodeEscaped(character, /[\s\S]/g)
                case 'decimal':
                  return `&#${code};`
                case 'hex':
                  return `&#x${code.toString(16)};`
                default:
                  return character
              }
            })
            .join('')
          const r = createRedactor({ secrets: () => [secret] })
          expect(r.text(`<${encoded}>`)).toBe(`<${REDACTED}>`)
        },
      ),
    )
  })

  it('leaves ordinary percent-encoded text, entities and escapes alone', () => {
    const text = 'q=%C3%B6deme%20ba%c5%9far%C4%B1l%C4%B1 &amp; &#43;1 \\u0041 \\/path'
    expect(trickyRedactor.text(text)).toBe(text)
  })

  it.each([
    [
      'lower-case %xx',
      `{"echo": "${percentEncoded(tricky).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())}"}`,
    ],
    ['double URL-encoding', `{"echo": "${encodeURIComponent(encodeURIComponent(tricky))}"}`],
    ['HTML entities', `{"echo": "${tricky.replace(/[+&'<>]/g, (c) => `&#${c.charCodeAt(0)};`)}"}`],
  ])('json: redacts a copy when the body holds the secret as %s (no backslash in it)', (_form, text) => {
    const body = parseJson(text)
    expect(trickyRedactor.json(text, body)).toEqual({ echo: REDACTED })
  })

  it('json: gives back a body with percent signs and entities as is when no secret is in it', () => {
    const text = '{"url": "https://x.test/?a=%2B1&amp;b=2", "note": "%18 KDV &#43;"}'
    const body = parseJson(text)
    expect(trickyRedactor.json(text, body)).toBe(body)
  })
})

describe('createRedactor: error', () => {
  it('gives a DurumError with no form of a secret in its message, fields, cause chain, inspect or JSON', () => {
    const redactor = createRedactor({ secrets: () => [tricky] })
    const forms = [
      tricky,
      percentEncoded(tricky).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
      encodeURIComponent(encodeURIComponent(tricky)),
      unicodeEscaped(tricky, /[+<>&'\u0080-\uffff]/g),
      tricky.replace(/[+&'<>]/g, (c) => `&#${c.charCodeAt(0)};`),
    ]
    const root = Object.assign(new Error(`refused ${forms[3]}`), { code: forms[4] })
    const error = new DurumError({
      code: 'provider',
      provider: 'esnekpos',
      message: `EsnekPOS refused: ${forms[1]}`,
      providerCode: forms[2],
      providerMessage: forms[0],
      excerpt: forms[4],
      cause: new TypeError(`fetch failed ${forms[0]}`, { cause: root }),
    })
    const output = redactor.error(error)
    expect(DurumError.isInstance(output)).toBe(true)
    expect(output.code).toBe('provider')
    expect(output.message).toBe(`EsnekPOS refused: ${REDACTED}`)
    expect(output.providerCode).toBe(REDACTED)
    const everything = [
      output.message,
      output.stack,
      inspect(output, { depth: 10 }),
      JSON.stringify(output),
      String((output.cause as Error).message),
      String(((output.cause as Error).cause as { code: string }).code),
    ].join(' ')
    for (const form of forms) expect(everything).not.toContain(form)
    expect(error.message).toContain(forms[1])
  })
})
