import * as v from 'valibot'
import { isJsonNumber, type JsonNumber } from './parse-json'

/** A `JsonNumber` from `parseJson` (also one made by another copy of @durum/core). */
export const jsonNumberSchema = v.custom<JsonNumber>(isJsonNumber, 'Expected a JSON number')
