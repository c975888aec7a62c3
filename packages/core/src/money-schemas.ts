import { parseDecimal, parseTurkishDecimal } from './decimal'
import { DurumError } from './durum-error'
import { isJsonNumber, type JsonNumber, jsonNumberText } from './parse-json'
import { quotedValue } from './quoted-value'
import { readingSchema } from './reading-schema'

/** A number from `parseJson` (a JS number or a `JsonNumber`) or a string. */
export type JsonNumeric = number | JsonNumber | string

/** A number from `parseJson` or a string: what every schema here accepts before reading it. */
export const isJsonNumeric = (input: unknown): input is JsonNumeric =>
  typeof input === 'string' || typeof input === 'number' || isJsonNumber(input)

const expects = 'a JSON number or a string'

/**
 * The decimal text of a number or string. `parseJson` makes a JS number only of a text of at most 15
 * digits; a JS number printing more digits came from elsewhere (`JSON.parse`) and may already be
 * rounded, so it is refused rather than read as if exact.
 */
export function jsonNumericText(input: JsonNumeric): string {
  if (typeof input === 'string') return input
  const text = jsonNumberText(input)
  if (typeof input === 'number' && text.length > 15 && significantDigits(text) > 15) {
    throw new DurumError({
      code: 'response_format',
      message: `${quotedValue(text)} has more digits than a JS number holds exactly, so it may already be rounded; read bodies with parseJson.`,
    })
  }
  return text
}

function significantDigits(text: string): number {
  const mantissa = text.replace(/^-/, '').replace(/e.*$/i, '').replace('.', '')
  return mantissa.replace(/^0+/, '').length
}

/** A JSON number or decimal text → canonical decimal string (`1.00000000` → `"1.00"`). */
export const decimalSchema = readingSchema('decimal', expects, isJsonNumeric, (input) =>
  parseDecimal(jsonNumericText(input)),
)

/** A JSON number (read as a plain decimal) or Turkish text (`"1.250,00"`) → canonical decimal string. */
export const turkishDecimalSchema = readingSchema('turkish_decimal', expects, isJsonNumeric, (input) =>
  typeof input === 'string' ? parseTurkishDecimal(input) : parseDecimal(jsonNumericText(input)),
)

const plainDigits = /^\d{1,15}$/

/** A JSON number or numeric text holding a safe integer (`3`, `"3"`, `3.0`) → `number`. */
export const integerSchema = readingSchema('integer', expects, isJsonNumeric, (input) => {
  if (typeof input === 'number' && Number.isSafeInteger(input)) return input === 0 ? 0 : input
  // Digits alone (`"1"`, EsnekPOS's instalments) need no decimal reading: a double holds 15 exactly.
  if (typeof input === 'string' && plainDigits.test(input)) return Number(input)
  const text = jsonNumericText(input)
  const canonical = parseDecimal(text)
  const number = Number(canonical)
  if (!canonical.endsWith('.00') || !Number.isSafeInteger(number)) {
    throw new DurumError({
      code: 'response_format',
      message: `${quotedValue(text)} is not a safe integer.`,
    })
  }
  return number
})

/** An id sent as a JSON number or a string → its exact text (`20885695` → `"20885695"`, never rounded). */
export const idSchema = readingSchema('id', expects, isJsonNumeric, (input) => {
  if (typeof input === 'string') {
    if (input.trim() === '') throw new DurumError({ code: 'response_format', message: 'The id is empty.' })
    return input
  }
  const text = jsonNumericText(input)
  if (!/^-?\d+$/.test(text)) {
    throw new DurumError({ code: 'response_format', message: `${quotedValue(text)} is not an integer id.` })
  }
  return text
})
