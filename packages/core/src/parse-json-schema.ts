import * as v from 'valibot'
import { isJsonNumber, type JsonNumber } from './parse-json'

/**
 * A number from `parseJson`: a JS `number` (exact: see `parseJson`) or a `JsonNumber` (also one made
 * by another copy of @durum/core). Read its decimal text with `jsonNumberText`.
 */
export const jsonNumberSchema = v.custom<number | JsonNumber>(
  (input) => (typeof input === 'number' ? Number.isFinite(input) : isJsonNumber(input)),
  'Expected a JSON number',
)
