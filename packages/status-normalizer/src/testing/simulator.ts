// `@durum/status-normalizer/simulator`: what provider simulators are built on (shared faults, a
// real local server). Free of vitest, so a simulator runs in a demo, a benchmark or a user's own
// tests whatever their test runner; `./testing` adds the conformance suite on top.
export { createFaultInjector } from './create-fault-injector'
export {
  createPlainSimulatorShell,
  createSimulatorShell,
  type SimulatorAnswer,
  type SimulatorAnswerer,
  type SimulatorRequest,
  type SimulatorShell,
  type SimulatorShellOptions,
} from './create-simulator-shell'
export type { Fault, FaultInjector, FaultRule } from './fault'
export { createPostSimulatorShell, jsonAnswer } from './post-simulator-shell'
export { type FetchHandler, type ServedHandler, serveFetchHandler } from './serve-fetch-handler'
