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
import { type Env, readLiveCredentials } from './provider-modes'

/** The simulators check credentials like the real services, so the demo signs with these. */
export const SIMULATOR_CREDENTIALS = {
  iyzico: { apiKey: 'sandbox-demo-api-key', secretKey: 'sandbox-demo-secret-key' },
  // EsnekPOS's published test merchant.
  esnekpos: { merchant: 'TEST1234', merchantKey: '4oK26hK8MOXrIV1bzTRVPA==' },
  paytr: {
    merchantId: '100001',
    merchantKey: 'sandbox-demo-merchant-key',
    merchantSalt: 'sandbox-demo-salt',
  },
} as const

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
  const simulators: DemoWiring['simulators'] = {}
  const modes: Record<string, ProviderMode> = {}
  const scenarios: DemoScenario[] = []
  const slowDown = (faults: { add(rule: { type: 'latency'; ms: number }): void }) => {
    if (options.latencyMs) faults.add({ type: 'latency', ms: options.latencyMs })
  }

  let iyzicoProvider: ReturnType<typeof iyzico>
  if (live.iyzico) {
    iyzicoProvider = iyzico({ ...live.iyzico, ...transport })
    modes.iyzico = { mode: 'live', baseUrl: live.iyzico.baseUrl }
  } else {
    const simulator = createIyzicoSimulator({ ...SIMULATOR_CREDENTIALS.iyzico })
    slowDown(simulator.faults)
    simulators.iyzico = simulator
    iyzicoProvider = iyzico({
      ...SIMULATOR_CREDENTIALS.iyzico,
      baseUrl: SIMULATOR_URLS.iyzico,
      fetch: simulator.fetch,
      ...transport,
    })
    modes.iyzico = { mode: 'simulator' }
    scenarios.push(
      ...[...iyzicoScenarios, ...iyzicoErrorScenarios].map((scenario) => toDemoScenario('iyzico', scenario)),
    )
  }

  let esnekposProvider: ReturnType<typeof esnekpos>
  if (live.esnekpos) {
    esnekposProvider = esnekpos({ ...live.esnekpos, ...transport })
    modes.esnekpos = { mode: 'live', baseUrl: live.esnekpos.baseUrl }
  } else {
    const simulator = createEsnekposSimulator({ ...SIMULATOR_CREDENTIALS.esnekpos })
    slowDown(simulator.faults)
    simulators.esnekpos = simulator
    esnekposProvider = esnekpos({
      ...SIMULATOR_CREDENTIALS.esnekpos,
      baseUrl: SIMULATOR_URLS.esnekpos,
      fetch: simulator.fetch,
      ...transport,
    })
    modes.esnekpos = { mode: 'simulator' }
    scenarios.push(
      ...[...esnekposScenarios, ...esnekposErrorScenarios].map((scenario) =>
        toDemoScenario('esnekpos', scenario),
      ),
    )
  }

  let paytrProvider: ReturnType<typeof paytr>
  if (live.paytr) {
    paytrProvider = paytr({ ...live.paytr, ...transport })
    modes.paytr = { mode: 'live', baseUrl: live.paytr.baseUrl }
  } else {
    const simulator = createPaytrSimulator({ ...SIMULATOR_CREDENTIALS.paytr })
    slowDown(simulator.faults)
    simulators.paytr = simulator
    paytrProvider = paytr({
      ...SIMULATOR_CREDENTIALS.paytr,
      baseUrl: SIMULATOR_URLS.paytr,
      fetch: simulator.fetch,
      ...transport,
    })
    modes.paytr = { mode: 'simulator' }
    scenarios.push(
      ...[...paytrScenarios, ...paytrErrorScenarios].map((scenario) => toDemoScenario('paytr', scenario)),
    )
  }

  const durum = createStatusNormalizer({ providers: [iyzicoProvider, esnekposProvider, paytrProvider] })
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

/** The common ground of both packages' scenario lists: a status scenario or an error scenario. */
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
