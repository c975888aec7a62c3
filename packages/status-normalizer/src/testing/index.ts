export { type CatalogSamples, catalogGaps, catalogText } from './catalog-gaps'
export {
  type ConformanceProviderOptions,
  type ConformanceScenario,
  type ConformanceSimulator,
  describeProviderConformance,
  type ProviderConformanceOptions,
} from './describe-provider-conformance'
export { findSecrets } from './find-secrets'
export * from './simulator'
