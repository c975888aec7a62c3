export {
  type EsnekposErrorScenario,
  type EsnekposScenario,
  esnekposErrorScenarios,
  esnekposScenarios,
} from './esnekpos-scenarios'
export {
  createEsnekposSimulator,
  type EsnekposSimulator,
  type EsnekposSimulatorOptions,
} from './esnekpos-simulator'
