import { DurumError } from './durum-error'
import { quotedValue } from './quoted-value'

/** An exact decimal: `units × 10^-scale`. Bigint inside, so no float ever touches an amount. */
interface Decimal {
  units: bigint
  scale: number
}

/** Amounts beyond this many digits on either side of the point are not money; refuse them. */
const maxDigits = 100

const decimalText = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/

function notADecimal(text: string, what: string): DurumError {
  return new DurumError({
    code: 'response_format',
    message: `${quotedValue(text)} is not ${what}; durum reads amounts exactly and does not guess.`,
  })
}

function toDecimal(text: string): Decimal {
  const match = decimalText.exec(text)
  if (match === null) throw notADecimal(text, 'a decimal amount')
  const fraction = match[3] ?? ''
  const exponent = Number(match[4] ?? '0')
  // Bounded before any bigint power, so "1e999999" fails fast instead of allocating.
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 10 * maxDigits) {
    throw notADecimal(text, 'a decimal amount in range')
  }
  const digits = BigInt(`${match[2] ?? ''}${fraction}`)
  const units = match[1] === '-' ? -digits : digits
  const scale = fraction.length - exponent
  const decimal = normalize(scale < 0 ? { units: units * 10n ** BigInt(-scale), scale: 0 } : { units, scale })
  const integerDigits =
    (decimal.units < 0n ? -decimal.units : decimal.units).toString().length - decimal.scale
  if (decimal.scale > maxDigits || integerDigits > maxDigits)
    throw notADecimal(text, 'a decimal amount in range')
  return decimal
}

/** Drops trailing fraction zeros, so equal values have one representation. */
function normalize({ units, scale }: Decimal): Decimal {
  if (units === 0n) return { units: 0n, scale: 0 }
  let current = units
  let currentScale = scale
  while (currentScale > 0 && current % 10n === 0n) {
    current /= 10n
    currentScale--
  }
  return { units: current, scale: currentScale }
}

function format(decimal: Decimal): string {
  const { units, scale } = normalize(decimal)
  const shownScale = Math.max(2, scale)
  const padded = (units < 0n ? -units : units) * 10n ** BigInt(shownScale - scale)
  const digits = padded.toString().padStart(shownScale + 1, '0')
  const sign = units < 0n ? '-' : ''
  return `${sign}${digits.slice(0, -shownScale)}.${digits.slice(-shownScale)}`
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale)
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale]
}

/**
 * JSON-number text or plain decimal text → the canonical decimal string: no exponent, at least two
 * fraction digits, more only where non-zero (`"1.00000000"` → `"1.00"`, `"0E-8"` → `"0.00"`,
 * `"0.03150000"` → `"0.0315"`). Throws `DurumError` `response_format` on anything else.
 */
export function parseDecimal(text: string): string {
  return plainCanonical(text) ?? format(toDecimal(text))
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39

/**
 * The common case — a decimal without exponent, up to 60 digits either side, as every provider amount
 * is — canonicalised in one pass over the characters; `undefined` sends anything else (exponents,
 * malformed text) down the exact bigint path, which also gives the errors.
 */
function plainCanonical(text: string): string | undefined {
  const length = text.length
  const negative = text.charCodeAt(0) === 0x2d
  const integerStart = negative ? 1 : 0
  let index = integerStart
  while (index < length && isDigit(text.charCodeAt(index))) index++
  const integerEnd = index
  if (integerEnd === integerStart || integerEnd - integerStart > 60) return undefined
  let fractionStart = integerEnd
  let fractionEnd = integerEnd
  if (index < length) {
    if (text.charCodeAt(index) !== 0x2e) return undefined
    fractionStart = ++index
    while (index < length && isDigit(text.charCodeAt(index))) index++
    if (index !== length || index === fractionStart || index - fractionStart > 60) return undefined
    fractionEnd = index
    while (fractionEnd > fractionStart && text.charCodeAt(fractionEnd - 1) === 0x30) fractionEnd--
  }
  let firstDigit = integerStart
  while (firstDigit < integerEnd - 1 && text.charCodeAt(firstDigit) === 0x30) firstDigit++
  const integer = text.slice(firstDigit, integerEnd)
  const fraction = text.slice(fractionStart, fractionEnd)
  const sign = negative && (integer !== '0' || fraction !== '') ? '-' : ''
  return `${sign}${integer}.${fraction.length >= 2 ? fraction : fraction.padEnd(2, '0')}`
}

/**
 * Turkish decimal text (comma decimal, dot thousands: `"1.250,00"`, `"-151,25"`, `"100"`) → canonical.
 * Ambiguous or malformed text (`"1.250"` without a comma, `"1,2,3"`, `"1.25,00"`) throws
 * `response_format`: a thousands dot and a decimal dot cannot be told apart, so durum refuses to guess.
 */
export function parseTurkishDecimal(text: string): string {
  const plain = plainOfTurkish(text.trim())
  if (plain === undefined) throw notADecimal(text, 'an unambiguous Turkish amount (like "1.250,00")')
  return parseDecimal(plain)
}

/**
 * `-1.250,00` → `-1250.00`, in one pass over the characters (a regular expression and a copy
 * without the dots cost several times more, on every amount of every EsnekPOS answer): an optional
 * minus, digits, either ungrouped or grouped by dots in threes (`1.250.000`, then only before a
 * comma), then optionally a comma and digits. `undefined` for anything else.
 */
function plainOfTurkish(text: string): string | undefined {
  const length = text.length
  const negative = text.charCodeAt(0) === 0x2d
  let index = negative ? 1 : 0
  let integer = ''
  let groupStart = index
  let dots = 0
  for (; index < length; index++) {
    const code = text.charCodeAt(index)
    if (isDigit(code)) continue
    if (code !== 0x2e) break
    // A thousands dot follows one to three digits first, then exactly three.
    const group = index - groupStart
    if (group === 0 || group > 3 || (dots > 0 && group !== 3)) return undefined
    integer += text.slice(groupStart, index)
    groupStart = index + 1
    dots++
  }
  const last = index - groupStart
  if (last === 0 || (dots > 0 && (last !== 3 || text.charCodeAt(index) !== 0x2c))) return undefined
  integer += text.slice(groupStart, index)
  const sign = negative ? '-' : ''
  if (index === length) return `${sign}${integer}`
  if (text.charCodeAt(index) !== 0x2c) return undefined
  const fractionStart = index + 1
  for (index = fractionStart; index < length; index++) if (!isDigit(text.charCodeAt(index))) return undefined
  return index === fractionStart ? undefined : `${sign}${integer}.${text.slice(fractionStart)}`
}

/** A decimal in Turkish notation (`"1250.5"` → `"1.250,50"`), canonical fraction digits. */
export function formatTurkishDecimal(text: string): string {
  const canonical = parseDecimal(text)
  const negative = canonical.startsWith('-')
  const [integer = '', fraction = ''] = (negative ? canonical.slice(1) : canonical).split('.')
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, '.')
  return `${negative ? '-' : ''}${grouped},${fraction}`
}

export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const [left, right] = align(toDecimal(a), toDecimal(b))
  return left < right ? -1 : left > right ? 1 : 0
}

export function addDecimal(a: string, b: string): string {
  const [left, right, scale] = align(toDecimal(a), toDecimal(b))
  return format({ units: left + right, scale })
}

export function subtractDecimal(a: string, b: string): string {
  const [left, right, scale] = align(toDecimal(a), toDecimal(b))
  return format({ units: left - right, scale })
}
