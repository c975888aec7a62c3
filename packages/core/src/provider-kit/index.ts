export {
  assertAnswerBound,
  type BindingContext,
  type BindingMessages,
  type UnboundAnswer,
} from './bind-answer'
export {
  createProviderApi,
  type OutgoingRequest,
  type ProviderApi,
  type ProviderApiSpec,
} from './create-provider-api'
export type {
  AnswerContext,
  BindField,
  EndpointAnswer,
  EndpointCallOptions,
  ProviderEndpoint,
} from './provider-endpoint'
export { oneKeyOf, type ProviderIdentity, parseProviderQuery, queryIdSchema } from './provider-query'
