export {
  type IyzicoCannedAnswer,
  type IyzicoEndpoint,
  type IyzicoErrorScenario,
  type IyzicoScenario,
  iyzicoErrorScenarios,
  iyzicoLookupKey,
  iyzicoScenarios,
} from './iyzico-scenarios'
export {
  createIyzicoSimulator,
  type IyzicoSimulator,
  type IyzicoSimulatorOptions,
} from './iyzico-simulator'
