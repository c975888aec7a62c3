import { AsyncLocalStorage } from 'node:async_hooks'
import { esnekpos } from '@durum/esnekpos'
import { createEsnekposSimulator, esnekposErrorScenarios, esnekposScenarios } from '@durum/esnekpos/testing'
import { iyzico } from '@durum/iyzico'
import { createIyzicoSimulator, iyzicoErrorScenarios, iyzicoScenarios } from '@durum/iyzico/testing'
import { paytr } from '@durum/paytr'
import { createPaytrSimulator, paytrErrorScenarios, paytrScenarios } from '@durum/paytr/testing'
import { createStatusNormalizer } from '@durum/status-normalizer'
import type {
  DemoBatchResult,
  DemoNormalizer,
  DemoScenario,
  ProviderAnswer,
  ProviderMode,
} from './demo-types'
import {
  type Env,
  type LiveEsnekpos,
  type LiveIyzico,
  type LivePaytr,
  readLiveCredentials,
} from './provider-modes'

/** The simulators check credentials like the real services, so the demo signs with these. */
export const SIMULATOR_CREDENTIALS: {
  readonly iyzico: Omit<LiveIyzico, 'baseUrl'>
  readonly esnekpos: Omit<LiveEsnekpos, 'baseUrl'>
  readonly paytr: Omit<LivePaytr, 'baseUrl'>
} = {
  iyzico: { apiKey: 'sandbox-demo-api-key', secretKey: 'sandbox-demo-secret-key' },
  // EsnekPOS's published test merchant.
  esnekpos: { merchant: 'TEST1234', merchantKey: '4oK26hK8MOXrIV1bzTRVPA==' },
  paytr: {
    merchantId: '100001',
    merchantKey: 'sandbox-demo-merchant-key',
    merchantSalt: 'sandbox-demo-salt',
  },
}

// In-process simulators answer through their fetch handler; the host only has to be well formed.
const SIMULATOR_URLS = {
  iyzico: 'http://iyzico.simulator',
  esnekpos: 'http://esnekpos.simulator',
  paytr: 'http://paytr.simulator',
} as const

export interface DemoWiringOptions {
  /** Delay every simulator answer, so batch progress is visible as it would be against a real provider. */
  latencyMs?: number
  /** ms per provider attempt. */
  timeout?: number
  /** Retries of transport errors, 429 and 5xx; `false` for none. */
  retry?: number | false
}

/** What the demo needs of a simulator: its fetch handler, and its faults to slow it down. */
interface InProcessSimulator {
  fetch: typeof fetch
  faults: { add(rule: { type: 'latency'; ms: number }): void }
}

/** Where a provider connects and how: the transport options, and the simulator's URL and fetch. */
interface ProviderConnection {
  baseUrl?: string
  fetch?: typeof fetch
  timeout?: number
  retry?: number | false
  onResponse?: (event: ProviderAnswer) => void
}

export type IyzicoSimulator = ReturnType<typeof createIyzicoSimulator>
export type EsnekposSimulator = ReturnType<typeof createEsnekposSimulator>
export type PaytrSimulator = ReturnType<typeof createPaytrSimulator>

export interface DemoWiring {
  normalizer: DemoNormalizer
  modes: Record<string, ProviderMode>
  /** The gallery: scenarios of the providers served by a simulator. */
  scenarios: DemoScenario[]
  /** The credentials the providers sign with, live or simulated, so the app can keep them out of every answer. */
  secrets: string[]
  /** The running simulators, so tests can inject faults. */
  simulators: { iyzico?: IyzicoSimulator; esnekpos?: EsnekposSimulator; paytr?: PaytrSimulator }
}

/** Builds the engine over every provider: each one live if its credentials are set, else its simulator. */
export function createDemoWiring(env: Env, options: DemoWiringOptions = {}): DemoWiring {
  const live = readLiveCredentials(env)
  // The answers of one getStatus call, collected by the providers' (redacted) onResponse hook in the
  // call's own async context, so concurrent queries never see each other's answers.
  const answersOfCall = new AsyncLocalStorage<ProviderAnswer[]>()
  const transport = {
    ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    onResponse: (event: ProviderAnswer) => {
      const { source, method, url, status, body } = event
      answersOfCall.getStore()?.push({ source, method, url, status, body })
    },
  }
  const modes: Record<string, ProviderMode> = {}
  const scenarios: DemoScenario[] = []
  /**
   * One provider: live with its credentials and URL when they are set, else over its in-process
   * simulator (slowed by `latencyMs`), whose scenarios then join the gallery.
   */
  const wire = <Credentials extends object, Simulator extends InProcessSimulator, Provider>(
    name: keyof typeof SIMULATOR_URLS,
    liveCredentials: (Credentials & { baseUrl: string }) | undefined,
    simulatorCredentials: Credentials,
    createSimulator: (credentials: Credentials) => Simulator,
    createProvider: (options: Credentials & ProviderConnection) => Provider,
    providerScenarios: readonly SimulatorScenario[],
  ): { provider: Provider; simulator?: Simulator } => {
    if (liveCredentials) {
      modes[name] = { mode: 'live', baseUrl: liveCredentials.baseUrl }
      return { provider: createProvider({ ...liveCredentials, ...transport }) }
    }
    const simulator = createSimulator({ ...simulatorCredentials })
    if (options.latencyMs) simulator.faults.add({ type: 'latency', ms: options.latencyMs })
    modes[name] = { mode: 'simulator' }
    scenarios.push(...providerScenarios.map((scenario) => toDemoScenario(name, scenario)))
    const provider = createProvider({
      ...simulatorCredentials,
      baseUrl: SIMULATOR_URLS[name],
      fetch: simulator.fetch,
      ...transport,
    })
    return { provider, simulator }
  }

  const iyzicoWired = wire(
    'iyzico',
    live.iyzico,
    SIMULATOR_CREDENTIALS.iyzico,
    createIyzicoSimulator,
    iyzico,
    [...iyzicoScenarios, ...iyzicoErrorScenarios],
  )
  const esnekposWired = wire(
    'esnekpos',
    live.esnekpos,
    SIMULATOR_CREDENTIALS.esnekpos,
    createEsnekposSimulator,
    esnekpos,
    [...esnekposScenarios, ...esnekposErrorScenarios],
  )
  const paytrWired = wire('paytr', live.paytr, SIMULATOR_CREDENTIALS.paytr, createPaytrSimulator, paytr, [
    ...paytrScenarios,
    ...paytrErrorScenarios,
  ])
  const simulators: DemoWiring['simulators'] = {
    ...(iyzicoWired.simulator && { iyzico: iyzicoWired.simulator }),
    ...(esnekposWired.simulator && { esnekpos: esnekposWired.simulator }),
    ...(paytrWired.simulator && { paytr: paytrWired.simulator }),
  }

  const durum = createStatusNormalizer({
    providers: [iyzicoWired.provider, esnekposWired.provider, paytrWired.provider],
  })
  // The demo forwards what users type; the engine validates it, so its precise query types are not
  // needed here.
  const normalizer: DemoNormalizer = {
    getStatus: (query, callOptions) => durum.getStatus(query as never, callOptions),
    getStatusWithAnswers: async (query, callOptions) => {
      const answers: ProviderAnswer[] = []
      const result = await answersOfCall.run(answers, () => durum.getStatus(query as never, callOptions))
      return { result, answers }
    },
    getStatuses: (queries, batchOptions) =>
      durum.getStatuses(queries as Iterable<never>, batchOptions) as AsyncIterable<DemoBatchResult>,
  }
  const iyzicoKeys = live.iyzico ?? SIMULATOR_CREDENTIALS.iyzico
  const esnekposKeys = live.esnekpos ?? SIMULATOR_CREDENTIALS.esnekpos
  const paytrKeys = live.paytr ?? SIMULATOR_CREDENTIALS.paytr
  const secrets = [
    iyzicoKeys.apiKey,
    iyzicoKeys.secretKey,
    esnekposKeys.merchantKey,
    paytrKeys.merchantKey,
    paytrKeys.merchantSalt,
  ]
  return { normalizer, modes, scenarios, simulators, secrets }
}

/** The common ground of the packages' scenario lists: a status scenario or an error scenario. */
interface SimulatorScenario {
  name: string
  description?: string
  title?: string
  query: object
  expect?: { status: string } | { error: string }
  code?: string
}

function toDemoScenario(provider: string, scenario: SimulatorScenario): DemoScenario {
  const expect = scenario.expect ?? { error: scenario.code ?? 'unknown' }
  return {
    provider,
    name: scenario.name,
    description: scenario.description ?? scenario.title,
    query: { ...scenario.query, provider },
    expect: 'status' in expect ? { status: expect.status } : { error: expect.error },
  }
}
