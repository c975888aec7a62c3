export { createEsnekposClient, type EsnekposCallOptions, type EsnekposClient } from './esnekpos-client'
export { type EsnekposReason, esnekposMessages } from './esnekpos-messages'
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
} from './esnekpos-schemas'
