export {
  addDecimal,
  compareDecimal,
  formatTurkishDecimal,
  parseDecimal,
  parseTurkishDecimal,
  subtractDecimal,
} from './decimal'
export { DurumError, type DurumErrorCode, type DurumErrorOptions, ValidationError } from './durum-error'
export {
  epochMillisSchema,
  epochMillisToIso,
  istanbulDateTimeSchema,
  nowIso,
  parseIstanbulDateTime,
} from './istanbul-time'
export type { Money } from './money'
export { money } from './money'
export { decimalSchema, idSchema, integerSchema, turkishDecimalSchema } from './money-schemas'
export { isJsonNumber, JsonNumber, parseJson, toPlainJson } from './parse-json'
export { createRedactor, REDACTED, type Redactor, type RedactorOptions, redactExcerpt } from './redact'
