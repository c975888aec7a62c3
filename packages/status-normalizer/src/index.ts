export { defineProvider, type ProviderCallOptions, type QueryOf, type QueryVariant, type ResultOf, type StatusProvider } from './define-provider'
export * from './normalized-result'
export { isPaid, isSettled, PAYMENT_STATUSES, type PaymentStatus, PaymentStatusSchema } from './payment-status'
