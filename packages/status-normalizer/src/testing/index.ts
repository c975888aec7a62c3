export { type CatalogSamples, catalogGaps, catalogText } from './catalog-gaps'
export {
  type ConformanceProviderOptions,
  type ConformanceScenario,
  type ConformanceSimulator,
  describeProviderConformance,
  type ProviderConformanceOptions,
} from './describe-provider-conformance'
export { expectExplainedInBothLocales, refusedInBothLocales } from './expect-locales'
export { findSecrets } from './find-secrets'
export * from './simulator'
