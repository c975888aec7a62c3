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

/** The exact texts of the number tokens, in document order, and how many object keys the text holds. */
interface Tokens {
  numbers: string[]
  keys: number
}

/**
 * One pass over text `JSON.parse` has accepted: strings are skipped whole (`indexOf` to each closing
 * quote), a string followed by `:` is a key, and every run of `[0-9.eE+-]` from a digit or `-`
 * outside strings is one number token (in valid JSON nothing else can follow a number directly).
 */
function scanTokens(text: string): Tokens {
  const numbers: string[] = []
  let keys = 0
  let index = 0
  const length = text.length
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code === 0x22) {
      let end = index
      for (;;) {
        end = text.indexOf('"', end + 1)
        let backslash = end - 1
        while (text.charCodeAt(backslash) === 0x5c) backslash--
        if ((end - 1 - backslash) % 2 === 0) break
      }
      index = end + 1
      let next = text.charCodeAt(index)
      while (next === 0x20 || next === 0x0a || next === 0x0d || next === 0x09) next = text.charCodeAt(++index)
      if (next === 0x3a) keys++
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
      numbers.push(text.slice(index, end))
      index = end
    } else {
      index++
    }
  }
  return { numbers, keys }
}

/** The walk met something that breaks document order (a key that sorts as an index, a duplicate key). */
class OutOfOrder extends Error {}

interface Walk {
  numbers: string[]
  next: number
  keys: number
}

/**
 * Parses JSON losslessly: every number becomes a `JsonNumber` holding its exact source text.
 * Native `JSON.parse` builds the tree; one scan collects the number tokens in document order, and a
 * walk in the same order puts each token's text in place of its number, checking that the values
 * agree. `JSON.parse` keeps document order except for keys that look like array indices (it lists
 * them first) and duplicate keys (the last wins, in the first one's place): a body with a key that
 * starts with a digit, or with fewer keys than the text, is read by lossless-json instead.
 */
export function parseJson(text: string): unknown {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw invalidJson(error)
  }
  if (typeof value === 'number') return new JsonNumber(text.trim())
  if (typeof value !== 'object' || value === null) return value
  const tokens = scanTokens(text)
  const walk: Walk = { numbers: tokens.numbers, next: 0, keys: 0 }
  try {
    attachNumbers(value as Record<string, unknown>, walk)
  } catch (error) {
    if (error instanceof OutOfOrder) return parseJsonSlow(text)
    throw error
  }
  if (walk.keys !== tokens.keys || walk.next !== tokens.numbers.length) return parseJsonSlow(text)
  return value
}

function numberAt(value: number, walk: Walk): JsonNumber {
  const text = walk.numbers[walk.next++]
  if (text === undefined || Number(text) !== value) throw new OutOfOrder()
  return new JsonNumber(text)
}

/** Replaces each number of a tree fresh from `JSON.parse` with its `JsonNumber`, in document order. */
function attachNumbers(container: Record<string, unknown> | unknown[], walk: Walk): void {
  if (Array.isArray(container)) {
    for (let index = 0; index < container.length; index++) {
      const item = container[index]
      if (typeof item === 'number') container[index] = numberAt(item, walk)
      else if (typeof item === 'object' && item !== null) attachNumbers(item as Record<string, unknown>, walk)
    }
    return
  }
  // for…in is the fastest walk over JSON.parse's plain objects (their prototype has no enumerable keys).
  for (const key in container) {
    walk.keys++
    const first = key.charCodeAt(0)
    if (first >= 0x30 && first <= 0x39) throw new OutOfOrder()
    const item = container[key]
    if (typeof item === 'number') {
      const number = numberAt(item, walk)
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
      attachNumbers(item as Record<string, unknown>, walk)
    }
  }
}

/** The slow path (lossless-json); exported for tests that hold both paths to the same answers. */
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
