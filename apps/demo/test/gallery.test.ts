import { esnekposErrorScenarios, esnekposScenarios } from '@durum/esnekpos/testing'
import { iyzicoErrorScenarios, iyzicoScenarios } from '@durum/iyzico/testing'
import { paytrErrorScenarios, paytrScenarios } from '@durum/paytr/testing'
import { describe, expect, it } from 'vitest'
import { createApp } from '../src/app'
import { createDemoWiring } from '../src/demo-wiring'
import { OUTCOME_ORDER, outcomeOf } from '../src/gallery/gallery-groups'
import { SCENARIO_TITLES } from '../src/gallery/scenario-titles'
import { en } from '../src/i18n/messages-en'
import { tr } from '../src/i18n/messages-tr'

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

interface Card {
  provider: string
  outcome: string
  name: string
  expect: string
  title: string
}

/** The cards of the gallery page, in page order, with the provider and outcome section they sit in. */
function cardsOf(page: string): Card[] {
  const cards: Card[] = []
  for (const section of page.split('<section class="gallery"').slice(1)) {
    const provider = /^ data-provider="([^"]+)"/.exec(section)![1]!
    for (const group of section.split('<section class="outcome"').slice(1)) {
      const outcome = /^ data-outcome="([^"]+)"/.exec(group)![1]!
      for (const card of group.matchAll(
        /<li class="card" data-scenario="([^"]+)" data-expect="([^"]+)">\s*<h4>([^<]+)<\/h4>/g,
      )) {
        cards.push({ provider, outcome, name: card[1]!, expect: card[2]!, title: card[3]! })
      }
    }
  }
  return cards
}

const app = createApp(createDemoWiring({}))
const wiring = createDemoWiring({})

describe('the scenario gallery', () => {
  it('shows every scenario of every simulator, each once, with its expected outcome', async () => {
    const page = await (await app.request('/scenarios?lang=en')).text()
    expect(
      cardsOf(page)
        .map((c) => `${c.provider} ${c.name} ${c.expect}`)
        .sort(),
    ).toEqual(simulatorScenarios.map((s) => `${s.provider} ${s.name} ${s.expect}`).sort())
  })

  it('groups cards by provider, then by outcome in a fixed order, each card under its own outcome', async () => {
    const cards = cardsOf(await (await app.request('/scenarios?lang=en')).text())
    expect([...new Set(cards.map((c) => c.provider))]).toEqual(['iyzico', 'esnekpos', 'paytr'])
    for (const provider of ['iyzico', 'esnekpos', 'paytr']) {
      const outcomes = [...new Set(cards.filter((c) => c.provider === provider).map((c) => c.outcome))]
      const expected = [
        ...new Set(simulatorScenarios.filter((s) => s.provider === provider).map((s) => s.expect)),
      ].sort((a, b) => OUTCOME_ORDER.indexOf(a) - OUTCOME_ORDER.indexOf(b))
      expect(outcomes, provider).toEqual(expected)
    }
    for (const card of cards) expect(card.outcome, card.name).toBe(card.expect)
  })

  it('titles each card for people, in the page language', async () => {
    const english = cardsOf(await (await app.request('/scenarios?lang=en')).text())
    const turkish = cardsOf(await (await app.request('/scenarios?lang=tr')).text())
    expect(english.find((c) => c.provider === 'iyzico' && c.name === 'cancelled')?.title).toBe(
      'Paid, then cancelled (asked by payment id)',
    )
    expect(turkish.find((c) => c.provider === 'iyzico' && c.name === 'cancelled')?.title).toBe(
      'Ödendi, sonra iptal edildi (ödeme numarasıyla soruldu)',
    )
  })

  it('has a title in both languages for every scenario the simulators export, not its kebab-case name', () => {
    const missing = wiring.scenarios
      .map((s) => `${s.provider}/${s.name}`)
      .filter((key) => {
        const title = SCENARIO_TITLES[key]
        return (
          title === undefined ||
          title.en.trim() === '' ||
          title.tr.trim() === '' ||
          title.en === title.tr ||
          /^[a-z0-9-]+$/.test(title.en)
        )
      })
    expect(missing).toEqual([])
    expect(Object.keys(SCENARIO_TITLES).sort()).toEqual(
      wiring.scenarios.map((s) => `${s.provider}/${s.name}`).sort(),
    )
  })

  it('says what every outcome means for the merchant, in both languages', async () => {
    const outcomes = [...new Set(wiring.scenarios.map(outcomeOf))]
    for (const outcome of outcomes) {
      expect(en.scenarios.outcomes[outcome], outcome).toBeTruthy()
      expect(tr.scenarios.outcomes[outcome], outcome).toBeTruthy()
      expect(tr.scenarios.outcomes[outcome], outcome).not.toBe(en.scenarios.outcomes[outcome])
    }
    const page = await (await app.request('/scenarios?lang=tr')).text()
    expect(page).toContain(
      '<section class="outcome" data-outcome="CANCELLED" aria-labelledby="gallery-iyzico-CANCELLED">',
    )
    expect(page).toContain(`<p class="outcome-meaning">${tr.scenarios.outcomes.CANCELLED}</p>`)
  })
})
