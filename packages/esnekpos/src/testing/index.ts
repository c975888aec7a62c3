export {
  type EsnekposErrorScenario,
  type EsnekposScenario,
  esnekposErrorScenarios,
  esnekposOrderNotFoundBody,
  esnekposScenarios,
} from './esnekpos-scenarios'
export {
  createEsnekposSimulator,
  type EsnekposSimulator,
  type EsnekposSimulatorOptions,
} from './esnekpos-simulator'
