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
export type { BatchProgress, BatchResult, GetStatusesOptions } from './get-statuses'
export * from './normalized-result'
export {
  isPaid,
  isSettled,
  PAYMENT_STATUSES,
  type PaymentStatus,
  PaymentStatusSchema,
} from './payment-status'
export type { WaitForStatusOptions } from './wait-for-status'
