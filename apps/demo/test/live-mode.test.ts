import { createEsnekposSimulator, esnekposScenarios } from '@durum/esnekpos/testing'
import { createIyzicoSimulator, iyzicoScenarios } from '@durum/iyzico/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import { createDemoWiring } from '../src/demo-wiring'
import { queryToParams } from '../src/query/query-fields'

// "Live" here is the real code path — real HTTP to a base URL with the given credentials — pointed at
// simulators listening on local ports, so the test needs no network and no real account.
const iyzicoKeys = { apiKey: 'live-test-api-key', secretKey: 'live-test-secret-key' }
const esnekposKeys = { merchant: 'LIVE1234', merchantKey: 'live-test-merchant-key' }
const servers: { url: string; close(): Promise<void> }[] = []

beforeAll(async () => {
  servers.push(await createIyzicoSimulator(iyzicoKeys).listen())
  servers.push(await createEsnekposSimulator(esnekposKeys).listen())
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
})

describe('live mode', () => {
  it('talks to the configured URLs with the configured credentials, and says so on the page', async () => {
    const wiring = createDemoWiring(liveEnv(), { retry: false })
    expect(wiring.modes).toEqual({
      iyzico: { mode: 'live', baseUrl: servers[0]!.url },
      esnekpos: { mode: 'live', baseUrl: servers[1]!.url },
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
    expect(wiring.scenarios.every((s) => s.provider === 'esnekpos')).toBe(true)
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
