import { createEsnekposSimulator, esnekposScenarios } from '@durum/esnekpos/testing'
import { createIyzicoSimulator, iyzicoScenarios } from '@durum/iyzico/testing'
import { createPaytrSimulator, paytrScenarios } from '@durum/paytr/testing'
import type { FaultRule } from '@durum/status-normalizer/testing'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import { createDemoWiring } from '../src/demo-wiring'
import { queryToParams } from '../src/query/query-fields'
import { escapeHtml } from '../src/scrub-secrets'
import { postBatch } from './post-batch'

// "Live" here is the real code path — real HTTP to a base URL with the given credentials — pointed at
// simulators listening on local ports, so the test needs no network and no real account.
const iyzicoKeys = { apiKey: 'live-test-api-key', secretKey: 'live-test-secret-key' }
const esnekposKeys = { merchant: 'LIVE1234', merchantKey: 'live-test-merchant-key' }
const paytrKeys = {
  merchantId: '200002',
  merchantKey: 'live-test-paytr-key',
  merchantSalt: 'live-test-paytr-salt',
}
const servers: { url: string; close(): Promise<void> }[] = []
const simulators = {
  iyzico: createIyzicoSimulator(iyzicoKeys),
  esnekpos: createEsnekposSimulator(esnekposKeys),
  paytr: createPaytrSimulator(paytrKeys),
}

beforeAll(async () => {
  servers.push(await simulators.iyzico.listen())
  servers.push(await simulators.esnekpos.listen())
  servers.push(await simulators.paytr.listen())
})
afterEach(() => {
  simulators.iyzico.faults.clear()
  simulators.esnekpos.faults.clear()
  simulators.paytr.faults.clear()
})
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
})

const liveEnv = () => ({
  IYZICO_API_KEY: iyzicoKeys.apiKey,
  IYZICO_SECRET_KEY: iyzicoKeys.secretKey,
  IYZICO_BASE_URL: servers[0]!.url,
  ESNEKPOS_MERCHANT: esnekposKeys.merchant,
  ESNEKPOS_MERCHANT_KEY: esnekposKeys.merchantKey,
  ESNEKPOS_BASE_URL: servers[1]!.url,
  PAYTR_MERCHANT_ID: paytrKeys.merchantId,
  PAYTR_MERCHANT_KEY: paytrKeys.merchantKey,
  PAYTR_MERCHANT_SALT: paytrKeys.merchantSalt,
  PAYTR_BASE_URL: servers[2]!.url,
})

describe('live mode', () => {
  it('talks to the configured URLs with the configured credentials, and says so on the page', async () => {
    const wiring = createDemoWiring(liveEnv(), { retry: false })
    expect(wiring.modes).toEqual({
      iyzico: { mode: 'live', baseUrl: servers[0]!.url },
      esnekpos: { mode: 'live', baseUrl: servers[1]!.url },
      paytr: { mode: 'live', baseUrl: servers[2]!.url },
    })
    expect(wiring.simulators).toEqual({})
    const app = createApp(wiring)
    const page = await (await app.request('/?lang=en')).text()
    expect(page).toContain(`data-provider="iyzico" data-mode="live"`)
    expect(page).toContain(servers[0]!.url)
    expect(await (await app.request('/scenarios?lang=en')).text()).toContain('no simulator scenarios')

    const paid = iyzicoScenarios.find((s) => s.expect.status === 'SUCCEEDED')!
    const iyzicoAnswer = await app.request(
      `/api/status?${queryToParams({ provider: 'iyzico', ...paid.query })}`,
    )
    expect(await iyzicoAnswer.json()).toMatchObject({ status: 'SUCCEEDED' })
    const pending = esnekposScenarios.find((s) => s.expect.status === 'PENDING')!
    const esnekposAnswer = await app.request(
      `/api/status?${queryToParams({ provider: 'esnekpos', ...pending.query })}`,
    )
    expect(await esnekposAnswer.json()).toMatchObject({ status: 'PENDING' })
    const refunded = paytrScenarios.find((s) => s.expect.status === 'REFUNDED')!
    const paytrAnswer = await app.request(
      `/api/status?${queryToParams({ provider: 'paytr', ...refunded.query })}`,
    )
    expect(await paytrAnswer.json()).toMatchObject({ provider: 'paytr', status: 'REFUNDED' })
    expect(simulators.paytr.requests).toBeGreaterThan(0)
  })

  it('shows no gallery cards for a live provider', () => {
    const env = liveEnv()
    const wiring = createDemoWiring({
      IYZICO_API_KEY: env.IYZICO_API_KEY,
      IYZICO_SECRET_KEY: env.IYZICO_SECRET_KEY,
    })
    expect(wiring.modes.iyzico).toEqual({ mode: 'live', baseUrl: 'https://sandbox-api.iyzipay.com' })
    expect(wiring.modes.esnekpos).toEqual({ mode: 'simulator' })
    expect(wiring.scenarios.length).toBeGreaterThan(0)
    expect(new Set(wiring.scenarios.map((s) => s.provider))).toEqual(new Set(['esnekpos', 'paytr']))
  })

  it('answers wrong live credentials with a 502 authentication error that holds no secret', async () => {
    const app = createApp(
      createDemoWiring({ ...liveEnv(), IYZICO_SECRET_KEY: 'wrong-secret-value' }, { retry: false }),
    )
    const paid = iyzicoScenarios.find((s) => s.expect.status === 'SUCCEEDED')!
    const response = await app.request(`/api/status?${queryToParams({ provider: 'iyzico', ...paid.query })}`)
    expect(response.status).toBe(502)
    const text = await response.text()
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'authentication', provider: 'iyzico' } })
    expect(text).not.toContain('wrong-secret-value')
    expect(text).not.toContain(iyzicoKeys.apiKey)
  })
})

describe('live mode keeps the keys to itself', () => {
  // Keys with characters that JSON, HTML and URLs each write differently, so every form is tried.
  const keys = {
    iyzico: { apiKey: 'live-api-key&<A>+/9', secretKey: 'live-secret-"Q"/+7' },
    esnekpos: { merchant: 'LIVE5678', merchantKey: 'live+merchant/key==' },
  }
  const secrets = [keys.iyzico.apiKey, keys.iyzico.secretKey, keys.esnekpos.merchantKey]
  const echo = secrets.join(' ')
  const leakSimulators = {
    iyzico: createIyzicoSimulator(keys.iyzico),
    esnekpos: createEsnekposSimulator(keys.esnekpos),
  }
  const leakServers: { url: string; close(): Promise<void> }[] = []
  beforeAll(async () => {
    leakServers.push(await leakSimulators.iyzico.listen(), await leakSimulators.esnekpos.listen())
  })
  afterAll(() => Promise.all(leakServers.map((server) => server.close())))
  afterEach(() => {
    leakSimulators.iyzico.faults.clear()
    leakSimulators.esnekpos.faults.clear()
  })

  const app = () =>
    createApp(
      createDemoWiring(
        {
          IYZICO_API_KEY: keys.iyzico.apiKey,
          IYZICO_SECRET_KEY: keys.iyzico.secretKey,
          IYZICO_BASE_URL: leakServers[0]!.url,
          ESNEKPOS_MERCHANT: keys.esnekpos.merchant,
          ESNEKPOS_MERCHANT_KEY: keys.esnekpos.merchantKey,
          ESNEKPOS_BASE_URL: leakServers[1]!.url,
        },
        { retry: false },
      ),
    )

  /** Every way a key may be written in a JSON answer, an HTML page or a URL. */
  const formsOf = (secret: string) => {
    const json = JSON.stringify(secret).slice(1, -1)
    return [
      secret,
      json,
      escapeHtml(secret),
      escapeHtml(json),
      encodeURIComponent(secret),
      encodeURIComponent(secret).toLowerCase(),
    ]
  }
  const expectNoKey = (text: string, where: string) => {
    for (const secret of secrets) {
      for (const form of formsOf(secret)) expect(text.includes(form), `${where} holds ${form}`).toBe(false)
    }
  }

  /** Every page and API answer for `query`: the JSON, the page, the batch stream, the other pages. */
  async function everyAnswer(query: Record<string, unknown>): Promise<[string, string][]> {
    const demo = app()
    const params = queryToParams(query as never)
    const batch = await postBatch(demo, { queries: [query] })
    const answers: [string, string][] = [
      ['GET /api/status', await (await demo.request(`/api/status?${params}`)).text()],
      ['the query page', await (await demo.request(`/?${params}&lang=en`)).text()],
      ['POST /api/statuses', batch.text],
    ]
    for (const path of ['/?lang=en', '/batch?lang=en', '/scenarios?lang=en', '/api?lang=en']) {
      answers.push([path, await (await demo.request(path)).text()])
    }
    return answers
  }

  const iyzicoPaid = {
    provider: 'iyzico',
    ...iyzicoScenarios.find((s) => s.name === 'succeeded-not-refunded')!.query,
  }
  const esnekposPaid = {
    provider: 'esnekpos',
    ...esnekposScenarios.find((s) => s.expect.status === 'SUCCEEDED' && 'orderReference' in s.query)!.query,
  }

  it.each<[string, 'iyzico' | 'esnekpos', FaultRule]>([
    [
      'iyzico echoing the keys as its error code, group and message',
      'iyzico',
      {
        type: 'drift',
        transform: (body) => ({
          ...body,
          status: 'failure',
          errorCode: echo,
          errorGroup: echo,
          errorMessage: echo,
        }),
      },
    ],
    [
      'iyzico echoing the keys as the payment status',
      'iyzico',
      { type: 'drift', transform: (body) => ({ ...body, paymentStatus: echo }) },
    ],
    [
      'iyzico echoing the keys in a field of its own',
      'iyzico',
      { type: 'drift', transform: (body) => ({ ...body, note: echo }) },
    ],
    [
      'iyzico echoing the keys in a 500 page',
      'iyzico',
      { type: 'status', status: 500, body: `upstream failed for ${echo}` },
    ],
    [
      'EsnekPOS echoing the keys as its return code and message',
      'esnekpos',
      { type: 'drift', transform: (body) => ({ ...body, RETURN_CODE: echo, RETURN_MESSAGE: echo }) },
    ],
    [
      'EsnekPOS echoing the keys in a 500 page',
      'esnekpos',
      { type: 'status', status: 500, body: `upstream failed for ${echo}` },
    ],
  ])('%s: no page or API answer holds a key', async (_, provider, fault) => {
    leakSimulators[provider].faults.add(fault)
    for (const [where, text] of await everyAnswer(provider === 'iyzico' ? iyzicoPaid : esnekposPaid)) {
      expectNoKey(text, where)
    }
  })

  it('holds no key in any answer when the providers answer normally', async () => {
    for (const query of [iyzicoPaid, esnekposPaid]) {
      for (const [where, text] of await everyAnswer(query)) expectNoKey(text, where)
    }
  })
})
