/**
 * `@durum/esnekpos/internal`: the pure mappings behind the provider, for benchmarks and tools that
 * measure or replay them. Not a stable API: it follows the mapping tables, not semver.
 */
export { createEsnekposApi, ESNEKPOS_ENDPOINTS, type EsnekposAnswer } from './esnekpos-client'
export {
  ESNEKPOS_ORDER_SOURCE,
  ESNEKPOS_PAYMENT_REQUEST_SOURCE,
  parseEsnekposAmount,
} from './esnekpos-schemas'
export {
  canonicalStatusText,
  ESNEKPOS_STATUS_IDS,
  ESNEKPOS_STATUS_TEXTS,
  type EsnekposStatusReading,
  type EsnekposTransactionStatus,
  readEsnekposStatus,
} from './esnekpos-transaction-status'
export {
  classifyEsnekposFailure,
  type EsnekposErrorContext,
  type EsnekposFailureFields,
  mapEsnekposError,
} from './map-esnekpos-error'
export {
  carriesEsnekposOrder,
  type EsnekposOrderAnswer,
  mapEsnekposOrderAnswer,
} from './map-esnekpos-order-answer'
export {
  type EsnekposAttemptRow,
  type EsnekposOrderStatusOptions,
  type EsnekposRowVerdict,
  type EsnekposStatusDecision,
  type EsnekposStatusRow,
  mapEsnekposOrderStatus,
  mapEsnekposPaymentRequestStatus,
} from './map-esnekpos-payment-status'
export {
  type EsnekposNormalizeContext,
  normalizeEsnekposOrder,
  normalizeEsnekposPaymentRequest,
} from './normalize-esnekpos-payment'
