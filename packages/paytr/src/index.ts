export type { PaytrNotificationFields } from './map-paytr-notification'
export type { PaytrPayment } from './normalize-paytr-payment'
export { createPaytrClient, type PaytrCallOptions, type PaytrClient } from './paytr-client'
export { PAYTR_MESSAGES, type PaytrReason } from './paytr-messages'
export { PAYTR_BASE_URLS, type PaytrClientOptions, type PaytrEnvironment } from './paytr-options'
export { type PaytrOptions, type PaytrProvider, type PaytrQueryVariant, paytr } from './paytr-provider'
export { type PaytrStatusQuery, PaytrStatusQuerySchema } from './paytr-queries'
export {
  type PaytrNoPaymentBody,
  PaytrNoPaymentBodySchema,
  type PaytrOtherBody,
  PaytrOtherBodySchema,
  type PaytrPaidBody,
  PaytrPaidBodySchema,
  type PaytrReturn,
  PaytrReturnSchema,
  type PaytrStatusBody,
  PaytrStatusBodySchema,
} from './paytr-schemas'
export {
  PAYTR_NOTIFICATION_REPLY,
  type PaytrNotification,
  type VerifyPaytrNotificationInput,
  verifyPaytrNotification,
} from './verify-paytr-notification'
