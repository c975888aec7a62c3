export * from './bind-answer'
export * from './create-provider-api'
export * from './provider-endpoint'
export * from './provider-query'
