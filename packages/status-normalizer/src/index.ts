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
