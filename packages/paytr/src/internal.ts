/**
 * `@durum/paytr/internal`: the pure mappings and the signer behind the provider, for benchmarks and
 * tools that measure or replay them. Not a stable API: it follows the mapping table, not semver.
 */
export {
  classifyPaytrRefusal,
  mapPaytrError,
  type PaytrErrorContext,
  type PaytrRefusalFields,
} from './map-paytr-error'
export {
  kurusToDecimal,
  normalizePaytrNotification,
  PAYTR_NOTIFICATION_SOURCE,
} from './map-paytr-notification'
export {
  mapPaytrStatus,
  type PaytrStatusContext,
  type PaytrStatusDecision,
  type PaytrStatusReason,
} from './map-paytr-payment-status'
export { normalizePaytrPayment, type PaytrNormalizeContext } from './normalize-paytr-payment'
export { createPaytrApi, PAYTR_ENDPOINTS, type PaytrAnswer } from './paytr-client'
export { PAYTR_STATUS_SOURCE, parsePaytrAmount, paytrCurrency } from './paytr-schemas'
export {
  paytrNotificationHash,
  paytrNotificationHashText,
  paytrStatusToken,
  paytrStatusTokenText,
  verifyPaytrHmac,
} from './sign-paytr-request'
