import { parse as parseLossless } from 'lossless-json'
import { DurumError } from './durum-error'

const jsonNumberMarker = Symbol.for('@durum/core/JsonNumber')

/** A JSON number kept as its source text (`"1.00000000"`, `"0E-8"`), so money never meets a float. */
export class JsonNumber {
  readonly text: string

  constructor(text: string) {
    this.text = text
  }

  /** On the prototype (no per-number cost), so `isJsonNumber` also knows numbers from another copy of @durum/core. */
  get [jsonNumberMarker](): true {
    return true
  }

  toString(): string {
    return this.text
  }

  /** `JSON.stringify` of a parsed body shows the exact text, not a rounded number. */
  toJSON(): string {
    return this.text
  }
}

export function isJsonNumber(value: unknown): value is JsonNumber {
  return (
    value instanceof JsonNumber ||
    (typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[jsonNumberMarker] === true)
  )
}

/*
 * Markers put in front of each number's text so that native `JSON.parse` carries it as a string.
 * A parsed string can only contain one of these control characters if the source spells it as a
 * `\u00XX` escape (JSON forbids them raw, and they have no short escape), so a marker whose escape
 * does not occur in the source cannot collide with real data. All-digit hex avoids case variants.
 */
const markers = [
  '0000',
  '0001',
  '0002',
  '0003',
  '0004',
  '0005',
  '0006',
  '0007',
  '0010',
  '0011',
  '0012',
  '0013',
].map((hex) => ({ spelled: `\\u${hex}`, code: Number.parseInt(hex, 16), open: `"\\u${hex}` }))

/** RFC 8259's number grammar, checked on each token the scan cuts out. */
const jsonNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/

/**
 * One pass over the text: strings are skipped whole (`indexOf` to each closing quote), and each
 * number token outside them is wrapped as a marked string (`12.50` → `"\u000012.50"`). A token is
 * every `[0-9.eE+-]` character from a digit or `-` on; in valid JSON that is exactly one number, so
 * a token that is not one, or a string left open, means the text is not JSON (`undefined`).
 */
function wrapNumbers(text: string, open: string): string | undefined {
  let wrapped = ''
  let copied = 0
  let index = 0
  const length = text.length
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code === 0x22) {
      let end = index
      for (;;) {
        end = text.indexOf('"', end + 1)
        if (end === -1) return undefined
        let backslash = end - 1
        while (text.charCodeAt(backslash) === 0x5c) backslash--
        if ((end - 1 - backslash) % 2 === 0) break
      }
      index = end + 1
    } else if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      let end = index + 1
      for (; end < length; end++) {
        const next = text.charCodeAt(end)
        const numberPart =
          (next >= 0x30 && next <= 0x39) ||
          next === 0x2e ||
          next === 0x65 ||
          next === 0x45 ||
          next === 0x2b ||
          next === 0x2d
        if (!numberPart) break
      }
      const token = text.slice(index, end)
      if (!jsonNumber.test(token)) return undefined
      wrapped += `${text.slice(copied, index)}${open}${token}"`
      copied = end
      index = end
    } else {
      index++
    }
  }
  return copied === 0 ? text : wrapped + text.slice(copied)
}

/** A number where JSON wants a key (`{1:2}`) became a marked key: the text was not JSON. */
class NumberAsKey extends Error {}

/**
 * Parses JSON losslessly: every number becomes a `JsonNumber` holding its exact source text.
 * Fast path: one scan wraps each number token (outside strings) as a marked string, then native
 * `JSON.parse` and a walk that turns marked strings into `JsonNumber`s (see benchmarks/ for its
 * cost against `JSON.parse`). Only when every marker occurs in the source does it fall back to
 * lossless-json.
 */
export function parseJson(text: string): unknown {
  const marker = markers.find(({ spelled }) => !text.includes(spelled))
  if (marker === undefined) return parseJsonSlow(text)
  try {
    const wrapped = wrapNumbers(text, marker.open)
    // Not JSON: let JSON.parse say why, as the cause.
    if (wrapped === undefined) JSON.parse(text)
    return reviveNumbers(JSON.parse(wrapped ?? ''), marker.code)
  } catch (error) {
    throw invalidJson(error)
  }
}

/** The slow, marker-free path; exported for tests that hold both paths to the same answers. */
export function parseJsonSlow(text: string): unknown {
  try {
    return parseLossless(text, null, {
      parseNumber: (numberText) => new JsonNumber(numberText),
      // `JSON.parse` semantics: the last duplicate wins.
      onDuplicateKey: ({ newValue }) => newValue,
    })
  } catch (error) {
    throw invalidJson(error)
  }
}

function invalidJson(error: unknown): DurumError {
  if (DurumError.isInstance(error)) return error
  return new DurumError({
    code: 'response_format',
    message: 'The response is not valid JSON.',
    cause: error,
  })
}

/** Turns marked strings back into `JsonNumber`s, in place (the tree is fresh from `JSON.parse`). */
function reviveNumbers(value: unknown, marker: number): unknown {
  if (typeof value === 'string')
    return value.charCodeAt(0) === marker ? new JsonNumber(value.slice(1)) : value
  if (typeof value === 'object' && value !== null) reviveContainer(value as Record<string, unknown>, marker)
  return value
}

function reviveContainer(container: Record<string, unknown> | unknown[], marker: number): void {
  if (Array.isArray(container)) {
    for (let index = 0; index < container.length; index++) {
      const item = container[index]
      if (typeof item === 'string') {
        if (item.charCodeAt(0) === marker) container[index] = new JsonNumber(item.slice(1))
      } else if (typeof item === 'object' && item !== null) {
        reviveContainer(item as Record<string, unknown>, marker)
      }
    }
    return
  }
  // for…in is the fastest walk over JSON.parse's plain objects (their prototype has no enumerable keys).
  for (const key in container) {
    if (key.charCodeAt(0) === marker) throw new NumberAsKey('A number stands where a key belongs.')
    const item = container[key]
    if (typeof item === 'string') {
      if (item.charCodeAt(0) !== marker) continue
      const number = new JsonNumber(item.slice(1))
      // Plain assignment to `__proto__` would hit the inherited setter instead of the own key.
      if (key === '__proto__') {
        Object.defineProperty(container, key, {
          value: number,
          writable: true,
          enumerable: true,
          configurable: true,
        })
      } else {
        container[key] = number
      }
    } else if (typeof item === 'object' && item !== null) {
      reviveContainer(item as Record<string, unknown>, marker)
    }
  }
}

/**
 * A deep copy for `raw`: a `JsonNumber` becomes a JS `number` when that number has exactly the
 * same decimal value as the text — i.e. prints back as it (`1.00000000` → `1`, `0.1` → `0.1`) —
 * else stays its text (`12345678901234567890`, `1e400`), so nothing is silently rounded.
 */
export function toPlainJson(value: unknown): unknown {
  if (isJsonNumber(value)) return plainNumber(value.text)
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(toPlainJson)
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) {
    const item = toPlainJson((value as Record<string, unknown>)[key])
    // Plain assignment to `__proto__` would hit the inherited setter instead of making the key.
    if (key === '__proto__') {
      Object.defineProperty(copy, key, { value: item, writable: true, enumerable: true, configurable: true })
    } else {
      copy[key] = item
    }
  }
  return copy
}

const plainDecimalText = /^-?\d+(?:\.\d+)?$/

function plainNumber(text: string): number | string {
  const number = Number(text)
  if (!Number.isFinite(number)) return text
  // Up to 15 significant digits a decimal survives the trip through a double (DBL_DIG), so the
  // number prints back as the same value; only longer or exponent texts need the exact comparison.
  const digits = text.length - (text.charCodeAt(0) === 0x2d ? 1 : 0) - (text.includes('.') ? 1 : 0)
  if (digits <= 15 && plainDecimalText.test(text)) return number === 0 ? 0 : number
  return sameDecimalValue(String(number), text) ? (number === 0 ? 0 : number) : text
}

/** Compares two JSON number texts by decimal value, without expanding exponents. */
function sameDecimalValue(a: string, b: string): boolean {
  const left = scientific(a)
  const right = scientific(b)
  return (
    left.digits === right.digits &&
    (left.digits === '' || (left.sign === right.sign && left.exponent === right.exponent))
  )
}

function scientific(text: string): { sign: boolean; digits: string; exponent: number } {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text)
  if (match === null) return { sign: false, digits: text, exponent: Number.NaN }
  const fraction = match[3] ?? ''
  const all = `${match[2] ?? ''}${fraction}`
  const leading = all.length - all.replace(/^0+/, '').length
  const trimmed = all.slice(leading).replace(/0+$/, '')
  const exponent = Number(match[4] ?? '0') - fraction.length + (all.length - leading - trimmed.length)
  return { sign: match[1] === '-', digits: trimmed, exponent }
}
