export { abortableDelay } from './abortable-delay'
export type {
  ClientConnectionOptions,
  ClientOptionsContext,
  ClientTransportOptions,
  ResolvedConnection,
} from './client-options'
export {
  checkClientOptions,
  givenTransportOptions,
  optionalFunctionSchema,
  optionalTextSchema,
  readEnv,
  requireCredential,
  resolveConnection,
  transportOptionsEntries,
} from './client-options'
export { type CoreWhy, coreMessages } from './core-messages'
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
  constantTimeEqual,
  type HmacEncoding,
  hmacSha256,
  nodeHmacSha256,
  webHmacSha256,
} from './hmac-sha256'
export type { HttpStatusErrorContext } from './http-status-error'
export { httpStatusError } from './http-status-error'
export {
  epochMillisSchema,
  epochMillisToIso,
  istanbulDateTimeSchema,
  nowIso,
  parseIstanbulDateTime,
} from './istanbul-time'
export {
  DEFAULT_LOCALE,
  isLocale,
  LOCALES,
  type Locale,
  type LocalizedText,
  localized,
  localizeReason,
  type Message,
  type MessageCatalog,
  type MessageParams,
  type ReasonOf,
  renderReason,
} from './locale'
export type { Money } from './money'
export { money } from './money'
export {
  decimalSchema,
  idSchema,
  integerSchema,
  isJsonNumeric,
  type JsonNumeric,
  jsonNumericText,
  turkishDecimalSchema,
} from './money-schemas'
export {
  isJsonNumber,
  isParsedNumber,
  JSON_DEPTH_MAX,
  JsonNumber,
  jsonNumberText,
  parseJson,
  toPlainJson,
} from './parse-json'
export { jsonNumberSchema } from './parse-json-schema'
export { printable } from './printable'
export type { ProviderAnswer, ProviderAnswerContext } from './provider-answer'
export { parseProviderAnswerJson, readProviderAnswer } from './provider-answer'
export * from './provider-kit'
export { nullAsAbsent, type ReadingSchema, readingSchema } from './reading-schema'
export type { Redactor, RedactorOptions } from './redact'
export { createRedactor, REDACTED, redactExcerpt } from './redact'
export { parseRetryAfterMs } from './retry-delay'
export type { RetryOptions } from './retry-options'
export type {
  RequestEvent,
  ResponseEvent,
  Transport,
  TransportOptions,
  TransportRequest,
  TransportResponse,
} from './transport'
export { createTransport } from './transport'
export { RETRY_AFTER_MAX_MS, RETRY_LIMIT_MAX, TIMEOUT_MAX_MS } from './wait-bounds'
