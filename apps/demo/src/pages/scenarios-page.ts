import { html } from 'hono/html'
import type { DemoScenario } from '../demo-types'
import { groupScenarios, type OutcomeGroup } from '../gallery/gallery-groups'
import { SCENARIO_TITLES } from '../gallery/scenario-titles'
import { describeQuery, queryToParams } from '../query/query-fields'
import { layout } from './layout'
import { href, type PageContext } from './page-context'
import { statusBadge } from './render-result'

/**
 * Every simulator scenario as a card, grouped by provider and by outcome (what happened to the
 * payment, with what it means for the merchant); its link is the query page with its query filled in.
 */
export function scenariosPage(ctx: PageContext, scenarios: readonly DemoScenario[]) {
  const { t } = ctx
  const groups = groupScenarios(scenarios)
  return layout(
    ctx,
    t.scenarios.heading,
    html`<p class="intro">${t.scenarios.intro}</p>
${scenarios.length === 0 ? html`<p class="note">${t.scenarios.none}</p>` : ''}
${
  groups.length > 0
    ? html`<nav class="jump" aria-label="${t.scenarios.jump}"><ul class="jump-list">${groups.map(
        (group) =>
          html`<li><a href="#gallery-${group.provider}">${group.provider}</a> <span class="label">(${t.scenarios.count.replace('{count}', String(group.outcomes.reduce((n, o) => n + o.scenarios.length, 0)))})</span></li>`,
      )}</ul></nav>`
    : ''
}
${groups.map(
  (
    group,
  ) => html`<section class="gallery" data-provider="${group.provider}" aria-labelledby="gallery-${group.provider}">
  <h2 id="gallery-${group.provider}">${group.provider}</h2>
  <ul class="jump-list" aria-label="${t.scenarios.jump}: ${group.provider}">${group.outcomes.map(
    (outcome) =>
      html`<li><a href="#${outcomeId(group.provider, outcome.outcome)}">${outcomeBadge(ctx, outcome.outcome)}</a> <span class="label">${outcome.scenarios.length}</span></li>`,
  )}</ul>
  ${group.outcomes.map((outcome) => outcomeSection(ctx, group.provider, outcome))}
</section>`,
)}`,
  )
}

const outcomeId = (provider: string, outcome: string) => `gallery-${provider}-${outcome.replace(':', '-')}`

function outcomeBadge(ctx: PageContext, outcome: string) {
  const { t } = ctx
  if (!outcome.startsWith('error:')) return statusBadge(ctx, outcome)
  const code = outcome.slice('error:'.length)
  return statusBadge(ctx, 'ERROR', `${t.scenarios.error}: ${t.errors.codes[code] ?? code}`)
}

function outcomeSection(ctx: PageContext, provider: string, group: OutcomeGroup) {
  const { t } = ctx
  const id = outcomeId(provider, group.outcome)
  const badge = outcomeBadge(ctx, group.outcome)
  return html`<section class="outcome" data-outcome="${group.outcome}" aria-labelledby="${id}">
  <h3 id="${id}">${badge} <span class="label">${group.scenarios.length}</span></h3>
  ${t.scenarios.outcomes[group.outcome] ? html`<p class="outcome-meaning">${t.scenarios.outcomes[group.outcome]}</p>` : ''}
  <ul class="cards">
    ${group.scenarios.map((scenario) => card(ctx, scenario, group.outcome))}
  </ul>
</section>`
}

function card(ctx: PageContext, scenario: DemoScenario, outcome: string) {
  const { t } = ctx
  const { field, value } = describeQuery(scenario.query)
  const title = SCENARIO_TITLES[`${scenario.provider}/${scenario.name}`]?.[ctx.lang] ?? scenario.name
  return html`<li class="card" data-scenario="${scenario.name}" data-expect="${outcome}">
      <h4>${title}</h4>
      ${scenario.description ? html`<p class="technical"><span class="label">${t.scenarios.technical}:</span> ${scenario.description}</p>` : ''}
      <p><code>${field}=${value}</code></p>
      <a class="button" href="${href(ctx, '/', queryToParams(scenario.query))}">${t.scenarios.run}<span class="visually-hidden">: ${title}</span></a>
    </li>`
}
