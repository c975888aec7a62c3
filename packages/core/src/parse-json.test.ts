import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DurumError } from './durum-error'
import { isJsonNumber, JsonNumber, parseJson, parseJsonSlow, toPlainJson } from './parse-json'

/** `JsonNumber`s replaced by `Number(text)`: what `JSON.parse` would have produced. */
function asNative(value: unknown): unknown {
  if (isJsonNumber(value)) return Number(value.text)
  if (Array.isArray(value)) return value.map(asNative)
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(copy, key, {
        value: asNative(item),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return copy
  }
  return value
}

function collectNumbers(value: unknown, into: string[] = []): string[] {
  if (isJsonNumber(value)) into.push(value.text)
  else if (Array.isArray(value)) for (const item of value) collectNumbers(item, into)
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) collectNumbers(item, into)
  return into
}

const parsers = [
  ['parseJson', parseJson],
  ['parseJsonSlow', parseJsonSlow],
] as const

/** Number texts straight from the RFC 8259 grammar, including forms a float cannot hold. */
const numberText = fc
  .tuple(
    fc.boolean(),
    fc.oneof(fc.constant('0'), fc.stringMatching(/^[1-9]\d{0,25}$/)),
    fc.option(fc.stringMatching(/^\d{1,20}$/), { nil: undefined }),
    fc.option(
      fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.stringMatching(/^\d{1,3}$/)),
      {
        nil: undefined,
      },
    ),
  )
  .map(
    ([negative, integer, fraction, exponent]) =>
      `${negative ? '-' : ''}${integer}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : exponent.join('')}`,
  )

const whitespace = fc.constantFrom('', ' ', '\n', '\t', '\r\n  ')

/** JSON text built token by token, so numbers keep the exact spelling we generated. */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    numberText,
    fc.constantFrom('true', 'false', 'null'),
    fc.string({ unit: 'binary' }).map((s) => JSON.stringify(s)),
    fc
      .array(fc.tuple(whitespace, tie('value'), whitespace), { maxLength: 5 })
      .map((items) => `[${items.map((parts) => parts.join('')).join(',')}]`),
    fc
      .uniqueArray(fc.tuple(fc.string({ unit: 'binary' }), whitespace, tie('value')), {
        maxLength: 5,
        selector: ([key]) => key,
      })
      .map(
        (entries) =>
          `{${entries.map(([key, ws, value]) => `${JSON.stringify(key)}:${ws}${value}`).join(',')}}`,
      ),
  ),
})).value

describe.each(parsers)('%s', (_name, parse) => {
  it('keeps every number as its source text', () => {
    const parsed = parse('{"price": 1.00000000, "rate": 0E-8, "big": 12345678.12345678, "id": 20885695}')
    expect(parsed).toEqual({
      price: new JsonNumber('1.00000000'),
      rate: new JsonNumber('0E-8'),
      big: new JsonNumber('12345678.12345678'),
      id: new JsonNumber('20885695'),
    })
  })

  it('parses every RFC 8259 construct', () => {
    const text =
      ' \t\r\n{"a\\"b\\\\": [-0, -1.5e+3, 2E-2, true, false, null, {}, []], "\\ud83d\\ude00\\u00e7\\n": "\\/x"}\n'
    expect(parse(text)).toEqual({
      'a"b\\': [
        new JsonNumber('-0'),
        new JsonNumber('-1.5e+3'),
        new JsonNumber('2E-2'),
        true,
        false,
        null,
        {},
        [],
      ],
      '😀ç\n': '/x',
    })
    expect(parse('7')).toEqual(new JsonNumber('7'))
    expect(parse('"12"')).toBe('12')
  })

  it('keeps a __proto__ key as data, as JSON.parse does', () => {
    const parsed = parse('{"__proto__": 5, "x": {"__proto__": [1]}}') as Record<string, unknown>
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value).toEqual(new JsonNumber('5'))
  })

  it('lets the last duplicate key win, as JSON.parse does', () => {
    expect(parse('{"a": 1, "a": 2}')).toEqual({ a: new JsonNumber('2') })
  })

  it.each([
    '',
    ' ',
    '{',
    '{"a":1',
    '"abc',
    '"a\\"',
    '[1,]',
    '{"a" 1}',
    '01',
    '1.',
    '.5',
    '-',
    '+1',
    '1e',
    '1e+',
    '0x10',
    'NaN',
    'Infinity',
    '-Infinity',
    '[1 2]',
    '[1true]',
    '1 2',
    "{'a': 1}",
    '{"a": undefined}',
    '"tab\there"',
    '"\\x41"',
    '"\\u12"',
    '<html><body>502 Bad Gateway</body></html>',
    '{1:2}',
    '{"a":{-1.5:2}}',
    '[1.2.3]',
    '[01]',
    '[1e]',
    '["open]',
  ])('rejects %j as response_format', (text) => {
    let thrown: unknown
    try {
      parse(text)
    } catch (error) {
      thrown = error
    }
    expect(DurumError.isInstance(thrown)).toBe(true)
    expect((thrown as DurumError).code).toBe('response_format')
    expect(() => JSON.parse(text)).toThrow()
  })

  it('matches JSON.parse on structure for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value)
        expect(asNative(parse(text))).toEqual(JSON.parse(text))
      }),
      { numRuns: 300 },
    )
  })

  it('keeps every number text exactly, in any document', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const parsed = parse(text)
        expect(asNative(parsed)).toEqual(JSON.parse(text))
        const expected = text
          .match(/"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*/g)
          ?.filter((token) => !token.startsWith('"'))
        expect(collectNumbers(parsed).sort()).toEqual((expected ?? []).sort())
      }),
      { numRuns: 300 },
    )
  })

  it('rejects whatever JSON.parse rejects', () => {
    fc.assert(
      fc.property(jsonText, fc.nat(), fc.string({ maxLength: 3 }), (text, at, insert) => {
        const position = at % (text.length + 1)
        const mutated = text.slice(0, position) + insert + text.slice(position + 1)
        let nativeOk = true
        try {
          JSON.parse(mutated)
        } catch {
          nativeOk = false
        }
        if (nativeOk) expect(asNative(parse(mutated))).toEqual(JSON.parse(mutated))
        else expect(() => parse(mutated)).toThrow(DurumError)
      }),
      { numRuns: 500 },
    )
  })
})

describe('parseJson', () => {
  it('gives every number the text at its own place, like the slow path, with index-like and duplicate keys', () => {
    const key = fc.oneof(fc.constantFrom('0', '1', '10', '01', '-1', 'a', 'b', '__proto__'), fc.string())
    const document = fc.letrec<{ value: string }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        numberText,
        fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
        fc
          .array(fc.tuple(key, tie('value')), { maxLength: 5 })
          .map(
            (members) => `{${members.map(([name, value]) => `${JSON.stringify(name)}:${value}`).join(',')}}`,
          ),
      ),
    })).value
    fc.assert(
      fc.property(document, (text) => {
        expect(parseJson(text)).toEqual(parseJsonSlow(text))
      }),
      { numRuns: 500 },
    )
  })

  it('keeps strings that spell control characters as escapes', () => {
    const text = '{"nul": "\\u0000", "s": "\\u00001", "n": 1.10}'
    expect(parseJson(text)).toEqual({ nul: '\u0000', s: '\u00001', n: new JsonNumber('1.10') })
  })

  it('puts each number text in its place when JSON.parse reorders index-like keys', () => {
    const parsed = parseJson('{"b": 0.10, "2": 2.50, "1": 1.10, "a": [3.0, {"0": 4.00}]}')
    expect(parsed).toEqual({
      1: new JsonNumber('1.10'),
      2: new JsonNumber('2.50'),
      b: new JsonNumber('0.10'),
      a: [new JsonNumber('3.0'), { 0: new JsonNumber('4.00') }],
    })
  })

  it('keeps the last duplicate, with its own text, even where two texts are the same double', () => {
    const parsed = parseJson(
      '{"a": "s", "b": 12345678901234567890, "a": 12345678901234567891, "c": {"d": 1.0, "d": 1.00}}',
    )
    expect(parsed).toEqual({
      a: new JsonNumber('12345678901234567891'),
      b: new JsonNumber('12345678901234567890'),
      c: { d: new JsonNumber('1.00') },
    })
  })

  it('reads a bare number, string or literal', () => {
    expect(parseJson(' 1.50 ')).toEqual(new JsonNumber('1.50'))
    expect(parseJson('"x"')).toBe('x')
    expect(parseJson('null')).toBe(null)
  })

  it('reads every real provider fixture like JSON.parse', () => {
    const dir = new URL('./__fixtures__/', import.meta.url)
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) {
      const text = readFileSync(new URL(file, dir), 'utf8')
      expect(asNative(parseJson(text))).toEqual(JSON.parse(text))
    }
  })

  it('keeps 12345678.12345678 and 0E-8 exact in a real body', () => {
    const body = parseJson('{"price": 12345678.12345678, "merchantCommissionRate": 0E-8}') as Record<
      string,
      JsonNumber
    >
    expect(body.price?.text).toBe('12345678.12345678')
    expect(body.merchantCommissionRate?.text).toBe('0E-8')
  })
})

describe('parseJson on hostile input', () => {
  it.each([
    ['unterminated escaped quotes', '"\\"'.repeat(50_000)],
    ['bare quotes', '"'.repeat(100_000)],
    ['broken numbers', '1e-1.'.repeat(30_000)],
    ['deep garbage', '[-'.repeat(50_000)],
  ])('rejects %s in linear time', (_name, text) => {
    const started = performance.now()
    expect(() => parseJson(text)).toThrow(DurumError)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

describe('isJsonNumber', () => {
  it('recognises only JsonNumber', () => {
    expect(isJsonNumber(new JsonNumber('1'))).toBe(true)
    expect(isJsonNumber(1)).toBe(false)
    expect(isJsonNumber('1')).toBe(false)
    expect(isJsonNumber({ text: '1' })).toBe(false)
  })

  it('recognises a JsonNumber from another copy of @durum/core', () => {
    class ForeignJsonNumber {
      readonly text = '1.50'
      get [Symbol.for('@durum/core/JsonNumber')]() {
        return true
      }
    }
    const foreign = new ForeignJsonNumber()
    expect(isJsonNumber(foreign)).toBe(true)
    expect(toPlainJson({ n: foreign })).toEqual({ n: 1.5 })
  })
})

describe('toPlainJson', () => {
  it('turns numbers into JS numbers only when the value is exactly the same', () => {
    const parsed = parseJson(
      '{"a": 1.00000000, "b": 0E-8, "c": 12345678901234567890, "d": 0.1, "e": 1e400, "f": 1e-400, "g": [-0, 2.50]}',
    )
    expect(toPlainJson(parsed)).toEqual({
      a: 1,
      b: 0,
      c: '12345678901234567890',
      d: 0.1,
      e: '1e400',
      f: '1e-400',
      g: [0, 2.5],
    })
  })

  it('copies deeply and never mutates its input', () => {
    const parsed = parseJson('{"x": {"y": [1]}}') as { x: { y: unknown[] } }
    const plain = toPlainJson(parsed) as { x: { y: unknown[] } }
    plain.x.y.push(2)
    expect(parsed.x.y).toEqual([new JsonNumber('1')])
  })

  it('gives a number that prints back to the same decimal value, or the text', () => {
    fc.assert(
      fc.property(numberText, (text) => {
        const plain = toPlainJson(new JsonNumber(text))
        if (typeof plain === 'number') expect(plain).toBe(Number(text) === 0 ? 0 : Number(text))
        else expect(plain).toBe(text)
      }),
    )
  })
})
