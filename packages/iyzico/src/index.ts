export { createIyzicoClient, type IyzicoCallOptions, type IyzicoClient } from './iyzico-client'
export { type IyzicoReason, iyzicoMessages } from './iyzico-messages'
export {
  IYZICO_BASE_URLS,
  type IyzicoClientOptions,
  type IyzicoEnvironment,
  type IyzicoRetryOptions,
} from './iyzico-options'
export { type IyzicoOptions, type IyzicoProvider, type IyzicoQueryVariant, iyzico } from './iyzico-provider'
export type {
  IyzicoCheckoutFormQuery,
  IyzicoCheckoutFormTokenQuery,
  IyzicoPaymentConversationIdQuery,
  IyzicoPaymentDetailQuery,
  IyzicoPaymentIdQuery,
  IyzicoReportingQuery,
  IyzicoSessionQuery,
  IyzicoStatusQuery,
  IyzicoTokenizationSessionQuery,
} from './iyzico-queries'
export { IyzicoStatusQuerySchema } from './iyzico-queries'
export {
  IYZICO_REFUND_STATUSES,
  type IyzicoCheckoutFormResult,
  IyzicoCheckoutFormResultSchema,
  type IyzicoItemTransaction,
  type IyzicoPaymentBody,
  type IyzicoPaymentDetail,
  IyzicoPaymentDetailSchema,
  type IyzicoRefundStatus,
  type IyzicoReportingCancel,
  type IyzicoReportingItem,
  type IyzicoReportingPayment,
  type IyzicoReportingPaymentDetails,
  IyzicoReportingPaymentDetailsSchema,
  type IyzicoReportingRefund,
  type IyzicoTokenizationSession,
  IyzicoTokenizationSessionSchema,
} from './iyzico-schemas'
export { type IyzicoWebhookPayload, parseIyzicoWebhookPayload } from './iyzico-webhook-schemas'
export { normalizeIyzicoWebhook } from './map-iyzico-webhook'
export {
  computeIyzicoWebhookSignature,
  IYZICO_WEBHOOK_SIGNATURE_HEADER,
  type IyzicoWebhookEvent,
  type IyzicoWebhookHeaders,
  type VerifyIyzicoWebhookInput,
  verifyIyzicoWebhook,
} from './verify-iyzico-webhook'
