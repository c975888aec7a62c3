import { esnekposErrorScenarios, esnekposScenarios } from '@durum/esnekpos/testing'
import { iyzicoErrorScenarios, iyzicoScenarios } from '@durum/iyzico/testing'
import { paytrErrorScenarios, paytrScenarios } from '@durum/paytr/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import { createDemoWiring } from '../src/demo-wiring'

// The gallery lists what the simulators export, so a scenario a provider package adds shows up here
// without anyone editing the demo.
const simulatorScenarios = [
  ...iyzicoScenarios.map((s) => ({ provider: 'iyzico', name: s.name, expect: s.expect.status })),
  ...iyzicoErrorScenarios.map((s) => ({ provider: 'iyzico', name: s.name, expect: `error:${s.code}` })),
  ...esnekposScenarios.map((s) => ({ provider: 'esnekpos', name: s.name, expect: s.expect.status })),
  ...esnekposErrorScenarios.map((s) => ({
    provider: 'esnekpos',
    name: s.name,
    expect: `error:${s.expect.error}`,
  })),
  ...paytrScenarios.map((s) => ({ provider: 'paytr', name: s.name, expect: s.expect.status })),
  ...paytrErrorScenarios.map((s) => ({ provider: 'paytr', name: s.name, expect: `error:${s.expect.error}` })),
]

/** The cards of the gallery page, by provider section: `provider name expect`. */
function cardsOf(page: string): string[] {
  const cards: string[] = []
  for (const section of page.split('<section class="gallery"').slice(1)) {
    const provider = /^ data-provider="([^"]+)"/.exec(section)?.[1]
    for (const card of section.matchAll(/<li class="card" data-scenario="([^"]+)" data-expect="([^"]+)">/g)) {
      cards.push(`${provider} ${card[1]} ${card[2]}`)
    }
  }
  return cards
}

describe('the scenario gallery', () => {
  it('shows every scenario of every simulator, each once, with its expected outcome', async () => {
    const app = createApp(createDemoWiring({}))
    const page = await (await app.request('/scenarios?lang=en')).text()
    expect(cardsOf(page).sort()).toEqual(
      simulatorScenarios.map((s) => `${s.provider} ${s.name} ${s.expect}`).sort(),
    )
  })
})
