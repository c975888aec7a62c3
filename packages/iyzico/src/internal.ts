/**
 * `@durum/iyzico/internal`: the pure mappings and signing behind the provider, for benchmarks and
 * tools that measure or replay them. Not a stable API: it follows the mapping tables, not semver.
 */
export { createIyzicoApi, IYZICO_ENDPOINTS, type IyzicoAnswer, type IyzicoCall } from './iyzico-client'
export { classifyIyzicoFailure, mapIyzicoError } from './map-iyzico-error'
export { type IyzicoMdStatusVerdict, mapIyzicoMdStatus } from './map-iyzico-md-status'
export {
  IYZICO_PAYMENT_STATUSES,
  type IyzicoPaymentStatus,
  type IyzicoStatusFields,
  type IyzicoStatusMapping,
  iyzicoReportingPaymentStatus,
  mapIyzicoItemStatus,
  mapIyzicoPaymentStatus,
} from './map-iyzico-payment-status'
export { applyIyzicoRefunds, type IyzicoRefundLookup } from './map-iyzico-refund-status'
export { normalizeIyzicoPayment } from './normalize-iyzico-payment'
export { normalizeIyzicoSession } from './normalize-iyzico-session'
export {
  type IyzicoRequestSignature,
  type SignIyzicoRequestInput,
  signIyzicoRequest,
} from './sign-iyzico-request'
