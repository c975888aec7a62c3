export { DurumError, type DurumErrorCode, type DurumErrorOptions, ValidationError } from './durum-error'
export { isJsonNumber, JsonNumber, parseJson, toPlainJson } from './parse-json'
