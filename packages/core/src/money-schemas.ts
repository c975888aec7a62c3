import * as v from 'valibot'
import { parseDecimal, parseTurkishDecimal } from './decimal'
import { DurumError } from './durum-error'
import { isJsonNumber, type JsonNumber } from './parse-json'

/*
 * One check, not `v.union([jsonNumberSchema, v.string()])`: a union tries its options in turn and
 * builds an issue for each that fails, and these schemas run on every amount and id of every body.
 */
const jsonNumberOrString = v.custom<JsonNumber | string>(
  (input) => typeof input === 'string' || isJsonNumber(input),
  'Expected a JSON number or a string',
)

/** Runs a reader that throws `DurumError`, turning its message into a valibot issue. */
function reading<Output>(read: (input: JsonNumber | string) => Output) {
  return v.rawTransform<JsonNumber | string, Output>(({ dataset, addIssue, NEVER }) => {
    try {
      return read(dataset.value)
    } catch (error) {
      addIssue({ message: DurumError.isInstance(error) ? error.message : String(error) })
      return NEVER
    }
  })
}

/** A JSON number or decimal text → canonical decimal string (`1.00000000` → `"1.00"`). */
export const decimalSchema = v.pipe(
  jsonNumberOrString,
  reading((input) => parseDecimal(typeof input === 'string' ? input : input.text)),
)

/** A JSON number (read as a plain decimal) or Turkish text (`"1.250,00"`) → canonical decimal string. */
export const turkishDecimalSchema = v.pipe(
  jsonNumberOrString,
  reading((input) => (typeof input === 'string' ? parseTurkishDecimal(input) : parseDecimal(input.text))),
)

/** A JSON number or numeric text holding a safe integer (`3`, `"3"`, `3.0`) → `number`. */
export const integerSchema = v.pipe(
  jsonNumberOrString,
  reading((input) => {
    const text = typeof input === 'string' ? input : input.text
    const canonical = parseDecimal(text)
    const number = Number(canonical)
    if (!canonical.endsWith('.00') || !Number.isSafeInteger(number)) {
      throw new DurumError({
        code: 'response_format',
        message: `"${text.slice(0, 40)}" is not a safe integer.`,
      })
    }
    return number
  }),
)

/** An id sent as a JSON number or a string → its exact text (`20885695` → `"20885695"`, never rounded). */
export const idSchema = v.pipe(
  jsonNumberOrString,
  reading((input) => {
    if (typeof input === 'string') {
      if (input.trim() === '') throw new DurumError({ code: 'response_format', message: 'The id is empty.' })
      return input
    }
    if (!/^-?\d+$/.test(input.text)) {
      throw new DurumError({
        code: 'response_format',
        message: `${input.text.slice(0, 40)} is not an integer id.`,
      })
    }
    return input.text
  }),
)
