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

/** A number from `parseJson`: a finite JS number or a `JsonNumber` (also from another copy of core). */
export function isParsedNumber(value: unknown): value is number | JsonNumber {
  return typeof value === 'number' ? Number.isFinite(value) : isJsonNumber(value)
}

/**
 * The decimal text of a number from `parseJson`. A JS number there holds exactly its text's value,
 * and `String` prints that value back (`0.0000001` as `1e-7`, which `parseDecimal` reads).
 */
export function jsonNumberText(number: number | JsonNumber): string {
  return typeof number === 'number' ? String(number) : number.text
}

/**
 * Up to 15 significant digits a decimal survives the trip through a double (DBL_DIG), away from the
 * ends of its range: `JSON.parse` gives a number whose value is exactly the text's (`0E-8` is 0,
 * `1.5e+3` is 1500), and `String(number)` prints that value back.
 */
const maxExactDigits = 15
const maxExactExponent = 290

/**
 * The deepest nesting of arrays and objects durum reads. A payment answer nests a few levels; a body
 * nested thousands deep would break every recursive walk after the parse (`JSON.stringify` of `raw`
 * included) with a RangeError, so it is refused as `response_format` instead.
 */
export const JSON_DEPTH_MAX = 256

// Errors of `parseJson` for a body nested too deep, told apart from text that is not JSON at all.
const tooDeepErrors = new WeakSet<object>()

/** Whether `error` is `parseJson` refusing a body nested deeper than `JSON_DEPTH_MAX`. */
export function isTooDeep(error: unknown): boolean {
  return typeof error === 'object' && error !== null && tooDeepErrors.has(error)
}

function tooDeep(): DurumError {
  const error = new DurumError({
    code: 'response_format',
    message: `The response is nested more than ${JSON_DEPTH_MAX} levels deep.`,
  })
  tooDeepErrors.add(error)
  return error
}

/** A walk over a value nested past `JSON_DEPTH_MAX`: refused before the call stack overflows. */
export function tooDeepToCopy(): DurumError {
  return new DurumError({
    code: 'response_format',
    message: `The value is nested more than ${JSON_DEPTH_MAX} levels deep, too deep to copy.`,
  })
}

/** Offset of the quote that closes the string opened at `start` (`text` is valid JSON). */
function stringEnd(text: string, start: number): number {
  let end = start
  for (;;) {
    end = text.indexOf('"', end + 1)
    let backslash = end - 1
    while (text.charCodeAt(backslash) === 0x5c) backslash--
    if ((end - 1 - backslash) % 2 === 0) return end
  }
}

/**
 * The number tokens of valid JSON text that a double may not hold exactly — more than 15 digits, or
 * an exponent beyond ±290 — as `[start, end, start, end…]` offsets; `undefined` when all are exact.
 * Throws `tooDeep` past `JSON_DEPTH_MAX` nested arrays and objects. One pass: strings are skipped
 * whole (`indexOf` to each closing quote), and a run of `[0-9.eE+-]` from a digit or `-` outside
 * strings is one number token (in valid JSON nothing else can be).
 */
function inexactNumberTokens(text: string): number[] | undefined {
  const found: number[] = []
  const length = text.length
  let index = 0
  let depth = 0
  while (index < length) {
    const code = text.charCodeAt(index)
    if (code === 0x22) {
      index = stringEnd(text, index) + 1
    } else if (code === 0x2d || (code >= 0x30 && code <= 0x39)) {
      const start = index
      let digits = 0
      // The exponent's magnitude, read as its digits go by (its sign does not matter here); -1 until
      // an `e` is seen. Capped, so a thousand-digit exponent cannot overflow into a small number.
      let exponent = -1
      for (; index < length; index++) {
        const next = text.charCodeAt(index)
        if (next >= 0x30 && next <= 0x39) {
          if (exponent < 0) digits++
          else if (exponent <= maxExactExponent) exponent = exponent * 10 + (next - 0x30)
        } else if (next === 0x65 || next === 0x45) {
          exponent = 0
        } else if (next !== 0x2e && next !== 0x2d && next !== 0x2b) {
          break
        }
      }
      if (digits > maxExactDigits || exponent > maxExactExponent) found.push(start, index)
    } else if (code <= 0x20) {
      // A run of whitespace (a stored or pretty-printed body's indentation) in one tight loop.
      index++
      while (index < length && text.charCodeAt(index) <= 0x20) index++
    } else {
      // `,` and `:` (most of what is left) sort below `[`: one comparison skips them.
      // `[` and `{` differ in one bit (0x5b, 0x7b), as do `]` and `}`.
      if (code >= 0x5b) {
        if ((code | 0x20) === 0x7b) {
          if (++depth > JSON_DEPTH_MAX) throw tooDeep()
        } else if ((code | 0x20) === 0x7d) {
          depth--
        }
      }
      index++
    }
  }
  return found.length === 0 ? undefined : found
}

/**
 * Parses JSON losslessly. A number whose text has at most 15 digits (and an exponent, if any, within
 * ±290) — every amount and id providers send — is a plain JS `number` holding exactly the text's
 * value (`1.00000000` → `1`, `0E-8` → `0`). Any other (`12345678901234567890`, `1e400`) is a
 * `JsonNumber` holding its source text, so nothing is ever rounded. Bodies with only exact
 * numbers, nearly all, cost `JSON.parse` plus one scan of the text.
 */
export function parseJson(text: string): unknown {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw invalidJson(error)
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value
  const inexact = inexactNumberTokens(text)
  return inexact === undefined ? value : parseWithJsonNumbers(text, inexact)
}

/**
 * Parses again with each inexact number token turned into a string carrying a per-call random
 * marker, which the reviver makes a `JsonNumber`: `JSON.parse` still does all the parsing (key order,
 * duplicate keys, `__proto__`), and no body string can pass for a marked number.
 */
function parseWithJsonNumbers(text: string, inexact: readonly number[]): unknown {
  const marker = `\\u0000${crypto.randomUUID()}:`
  const decoded = JSON.parse(`"${marker}"`) as string
  let marked = ''
  let last = 0
  for (let i = 0; i < inexact.length; i += 2) {
    const start = inexact[i] as number
    const end = inexact[i + 1] as number
    marked += `${text.slice(last, start)}"${marker}${text.slice(start, end)}"`
    last = end
  }
  marked += text.slice(last)
  return JSON.parse(marked, (_key, item: unknown) =>
    typeof item === 'string' && item.startsWith(decoded) ? new JsonNumber(item.slice(decoded.length)) : item,
  )
}

/**
 * No `cause`: `JSON.parse`'s SyntaxError quotes the body's first characters, which may be the start
 * of a key no redactor could recognise from a prefix.
 */
function invalidJson(error: unknown): DurumError {
  if (DurumError.isInstance(error)) return error
  return new DurumError({ code: 'response_format', message: 'The response is not valid JSON.' })
}

/**
 * `parseJson` output as plain JSON, for `raw`: a `JsonNumber` becomes a JS `number` when that number
 * has exactly the same decimal value as the text — prints back as it (`1e2` → `100`) — else stays
 * its text (`12345678901234567890`, `1e400`), so nothing is silently rounded. Never mutates: arrays
 * and objects are copied only on the way to a `JsonNumber`, so a body without one comes back as is.
 */
export function toPlainJson(value: unknown): unknown {
  return toPlainJsonHiding(value, hidesNoKey, undefined)
}

const hidesNoKey = () => false

/**
 * `toPlainJson` that also puts `replacement` in place of every non-null value whose key `hides`
 * (the redactor's key rule), in the same single copy-on-write walk. `level` counts the containers
 * around `value`; past `JSON_DEPTH_MAX` the walk throws `response_format`.
 */
export function toPlainJsonHiding(
  value: unknown,
  hides: (key: string) => boolean,
  replacement: unknown,
  level = 0,
): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (isJsonNumber(value)) return plainNumber(value.text)
  if (level >= JSON_DEPTH_MAX) throw tooDeepToCopy()
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index]
      // Only containers and JsonNumbers can change: no call per string or number leaf.
      const plain =
        typeof item === 'object' && item !== null
          ? toPlainJsonHiding(item, hides, replacement, level + 1)
          : item
      if (plain !== item) {
        copy ??= value.slice()
        copy[index] = plain
      }
    }
    return copy ?? value
  }
  let copy: Record<string, unknown> | undefined
  // `for…in`, not `Object.keys`: a parsed body's objects share their key lists, where `Object.keys`
  // allocates one per object of every answer. An inherited key (a polluted prototype) is neither
  // walked nor copied.
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key]
    let plain = item
    if (hides(key)) {
      if (item !== undefined && item !== null) plain = replacement
    } else if (typeof item === 'object' && item !== null && Object.hasOwn(value, key)) {
      plain = toPlainJsonHiding(item, hides, replacement, level + 1)
    }
    if (plain === item || !Object.hasOwn(value, key)) continue
    // Spread and defineProperty make an own `__proto__` key, where assignment would hit the setter.
    copy ??= { ...(value as Record<string, unknown>) }
    Object.defineProperty(copy, key, { value: plain, writable: true, enumerable: true, configurable: true })
  }
  return copy ?? value
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
