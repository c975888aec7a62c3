import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { parse as parseLossless } from 'lossless-json'
import { describe, expect, it } from 'vitest'
import { DurumError } from './durum-error'
import { isJsonNumber, JsonNumber, parseJson, toPlainJson } from './parse-json'

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

/** At most 15 digits, exponent within ±290: the texts `parseJson` reads as plain numbers. */
function exactText(text: string): boolean {
  const [mantissa = '', exponent = '0'] = text.split(/[eE]/)
  return mantissa.replace(/[-.]/g, '').length <= 15 && Math.abs(Number(exponent)) <= 290
}

class OracleNumber {
  constructor(readonly text: string) {}
}

/**
 * Holds `parsed` to lossless-json's reading of the same text, number by number: an exact text must
 * be a JS number of the same value, any other a `JsonNumber` of the very same text.
 */
function expectLossless(parsed: unknown, text: string): void {
  const check = (actual: unknown, expected: unknown): void => {
    if (Array.isArray(expected)) {
      expect(Array.isArray(actual)).toBe(true)
      for (const [index, item] of expected.entries()) check((actual as unknown[])[index], item)
    } else if (expected instanceof OracleNumber) {
      if (exactText(expected.text)) expect(actual).toBe(Number(expected.text))
      else expect(actual).toEqual(new JsonNumber(expected.text))
    } else if (typeof expected === 'object' && expected !== null) {
      expect(Object.keys(actual as object).sort()).toEqual(Object.keys(expected).sort())
      for (const key of Object.keys(expected))
        check((actual as Record<string, unknown>)[key], (expected as Record<string, unknown>)[key])
    } else {
      expect(actual).toBe(expected)
    }
  }
  check(
    parsed,
    parseLossless(text, null, {
      parseNumber: (numberText) => new OracleNumber(numberText),
      onDuplicateKey: ({ newValue }) => newValue,
    }),
  )
}

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

describe('parseJson', () => {
  const parse = parseJson

  it('reads numbers of up to 15 digits as numbers, and keeps any other as its source text', () => {
    const parsed = parse(
      '{"price": 1.00000000, "paid": 10.50, "id": 20885695, "rate": 0E-8, "fee": 2.5E+1, "tiny": 1e-300, "big": 12345678.12345678, "long": 12345678901234567890}',
    )
    expect(parsed).toEqual({
      price: 1,
      paid: 10.5,
      id: 20885695,
      rate: 0,
      fee: 25,
      tiny: new JsonNumber('1e-300'),
      big: new JsonNumber('12345678.12345678'),
      long: new JsonNumber('12345678901234567890'),
    })
  })

  it('parses every RFC 8259 construct', () => {
    const text =
      ' \t\r\n{"a\\"b\\\\": [-0, -1.5e+3, 2E-2, true, false, null, {}, []], "\\ud83d\\ude00\\u00e7\\n": "\\/x"}\n'
    expect(parse(text)).toEqual({
      'a"b\\': [-0, -1500, 0.02, true, false, null, {}, []],
      '😀ç\n': '/x',
    })
    expect(parse('7')).toBe(7)
    expect(parse(' 1e400 ')).toEqual(new JsonNumber('1e400'))
    expect(parse('"12"')).toBe('12')
  })

  it('keeps a __proto__ key as data, as JSON.parse does', () => {
    for (const [number, read] of [
      ['5', 5],
      ['5e400', new JsonNumber('5e400')],
    ] as const) {
      const parsed = parse(`{"__proto__": ${number}, "x": {"__proto__": [1]}}`) as Record<string, unknown>
      expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype)
      expect(Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value).toEqual(read)
    }
  })

  it('lets the last duplicate key win, as JSON.parse does', () => {
    expect(parse('{"a": 1, "a": 2}')).toEqual({ a: 2 })
    expect(parse('{"a": 1e301, "a": 2e301}')).toEqual({ a: new JsonNumber('2e301') })
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

  it('keeps every number exact, in any document', () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        const parsed = parse(text)
        expect(asNative(parsed)).toEqual(JSON.parse(text))
        expectLossless(parsed, text)
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

describe('parseJson, beyond the grammar', () => {
  it('keeps each number exact with index-like and duplicate keys, which JSON.parse reorders', () => {
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
      fc.property(document, (text) => expectLossless(parseJson(text), text)),
      { numRuns: 500 },
    )
  })

  it('never takes a body string for a number, whatever it spells', () => {
    const text = '{"nul": "\\u0000", "s": "\\u00001:2", "n": 1e400, "m": "\\u0000e400"}'
    expect(parseJson(text)).toEqual({
      nul: '\u0000',
      s: '\u00001:2',
      n: new JsonNumber('1e400'),
      m: '\u0000e400',
    })
  })

  it('reads a bare number, string or literal', () => {
    expect(parseJson(' 1.50 ')).toBe(1.5)
    expect(parseJson(' 12345678901234567890 ')).toEqual(new JsonNumber('12345678901234567890'))
    expect(parseJson('"x"')).toBe('x')
    expect(parseJson('null')).toBe(null)
  })

  // Read from the provider packages, the one home of each provider's recorded bodies.
  it.each(['iyzico', 'esnekpos'])('reads every real %s fixture like JSON.parse', (provider) => {
    const dir = new URL(`../../${provider}/src/__fixtures__/`, import.meta.url)
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'))
    expect(files).not.toEqual([])
    for (const file of files) {
      const text = readFileSync(new URL(file, dir), 'utf8')
      expect(asNative(parseJson(text)), file).toEqual(JSON.parse(text))
    }
  })

  it('keeps 12345678.12345678 and 0E-8 exact in a real body', () => {
    const body = parseJson('{"price": 12345678.12345678, "merchantCommissionRate": 0E-8}') as Record<
      string,
      unknown
    >
    expect(body.price).toEqual(new JsonNumber('12345678.12345678'))
    expect(body.merchantCommissionRate).toBe(0)
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
      g: [-0, 2.5],
    })
  })

  it('never mutates its input, and copies only what holds a JsonNumber', () => {
    const parsed = parseJson('{"x": {"y": [1.0000000000000000]}, "z": {"w": [1]}}') as Record<
      string,
      Record<string, unknown[]>
    >
    const plain = toPlainJson(parsed) as typeof parsed
    expect(plain).toEqual({ x: { y: [1] }, z: { w: [1] } })
    expect(parsed.x?.y).toEqual([new JsonNumber('1.0000000000000000')])
    expect(plain.z).toBe(parsed.z)
    const exact = parseJson('{"a": [1, {"b": 2}]}')
    expect(toPlainJson(exact)).toBe(exact)
  })

  it('keeps an own __proto__ key as data when it copies', () => {
    const plain = toPlainJson(parseJson('{"__proto__": {"a": 1.0000000000000000}}')) as Record<
      string,
      unknown
    >
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype)
    expect(Object.getOwnPropertyDescriptor(plain, '__proto__')?.value).toEqual({ a: 1 })
  })

  it('copies only own keys, even where the prototype carries an enumerable one', () => {
    const parsed = parseJson('{"a": {"n": 1.0000000000000000}}') as Record<string, unknown>
    Object.defineProperty(Object.prototype, 'injected', {
      value: { n: new JsonNumber('2.0000000000000000') },
      writable: true,
      enumerable: true,
      configurable: true,
    })
    try {
      const plain = toPlainJson(parsed) as Record<string, unknown>
      expect(Object.keys(plain)).toEqual(['a'])
      expect(Object.hasOwn(plain, 'injected')).toBe(false)
      expect(plain.a).toEqual({ n: 1 })
    } finally {
      Reflect.deleteProperty(Object.prototype, 'injected')
    }
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
