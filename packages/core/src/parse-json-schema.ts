import * as v from 'valibot'
import { isParsedNumber, type JsonNumber } from './parse-json'

/**
 * A number from `parseJson`: a JS `number` (exact: see `parseJson`) or a `JsonNumber` (also one made
 * by another copy of @durum/core). Read its decimal text with `jsonNumberText`.
 */
export const jsonNumberSchema = v.custom<number | JsonNumber>(isParsedNumber, 'Expected a JSON number')
