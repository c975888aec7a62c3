export {
  createEsnekposApi,
  createEsnekposClient,
  type EsnekposAnswer,
  type EsnekposApi,
  type EsnekposCallOptions,
  type EsnekposClient,
} from './esnekpos-client'
export {
  ESNEKPOS_BASE_URLS,
  type EsnekposClientOptions,
  type EsnekposEnvironment,
} from './esnekpos-options'
export {
  type EsnekposOptions,
  type EsnekposProvider,
  type EsnekposQueryVariant,
  esnekpos,
} from './esnekpos-provider'
export {
  type EsnekposOrderQuery,
  EsnekposOrderQuerySchema,
  type EsnekposPaymentRequestQuery,
  EsnekposPaymentRequestQuerySchema,
  type EsnekposStatusQuery,
  EsnekposStatusQuerySchema,
} from './esnekpos-queries'
export {
  type EsnekposEnvelope,
  EsnekposEnvelopeSchema,
  type EsnekposOrderBody,
  EsnekposOrderBodySchema,
  type EsnekposOrderTransaction,
  EsnekposOrderTransactionSchema,
  type EsnekposPaymentRequestAttempt,
  EsnekposPaymentRequestAttemptSchema,
  type EsnekposPaymentRequestBody,
  EsnekposPaymentRequestBodySchema,
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
  ESNEKPOS_ORDER_SOURCE,
  ESNEKPOS_PAYMENT_REQUEST_SOURCE,
  type EsnekposNormalizeContext,
  normalizeEsnekposOrder,
  normalizeEsnekposPaymentRequest,
} from './normalize-esnekpos-payment'
