export { createFaultInjector } from './create-fault-injector'
export {
  type ConformanceProviderOptions,
  type ConformanceScenario,
  type ConformanceSimulator,
  describeProviderConformance,
  type ProviderConformanceOptions,
} from './describe-provider-conformance'
export type { Fault, FaultInjector, FaultRule } from './fault'
export { findSecrets } from './find-secrets'
export { type FetchHandler, type ServedHandler, serveFetchHandler } from './serve-fetch-handler'
