// The errors every method throws, the money type of every result and the redaction durum applies to
// its own errors and `raw` (for a merchant's own logs and pages), so a merchant who installs a
// provider and the normalizer never imports @durum/core.
export type { Money, Redactor } from '@durum/core'
export {
  createRedactor,
  DurumError,
  type DurumErrorCode,
  LOCALES,
  type Locale,
  ValidationError,
} from '@durum/core'
export {
  createStatusNormalizer,
  type StatusNormalizer,
  type StatusNormalizerOptions,
} from './create-status-normalizer'
export {
  defineProvider,
  type KnownKeysOnly,
  type ProviderCallOptions,
  type ProviderNameOf,
  type QueryOf,
  type QueryVariant,
  type ResultOf,
  type StatusProvider,
  type VariantsOf,
} from './define-provider'
export {
  CONCURRENCY_MAX,
  PAUSE_MAX_MS,
  RATE_PER_MINUTE_MAX,
  RATE_PER_MINUTE_MIN,
  WAIT_TIMEOUT_MAX_MS,
} from './engine-bounds'
export { engineMessages } from './engine-messages'
export type { BatchProgress, BatchResult, GetStatusesOptions } from './get-statuses'
export { isPaid, isSettled } from './is-paid'
export * from './normalized-result'
export {
  PAYMENT_STATUSES,
  type PaymentStatus,
  PaymentStatusSchema,
  statusWordIsPaid,
  statusWordIsSettled,
} from './payment-status'
export type { WaitForStatusOptions } from './wait-for-status'
