import { html } from 'hono/html'
import type { DemoScenario } from '../demo-types'
import { describeQuery, queryToParams } from '../query/query-fields'
import { layout } from './layout'
import { href, type PageContext } from './page-context'
import { statusBadge } from './render-result'

/** Every simulator scenario as a card; its link is the query page with that scenario's query filled in. */
export function scenariosPage(ctx: PageContext, scenarios: readonly DemoScenario[]) {
  const { t } = ctx
  const providers = [...new Set(scenarios.map((s) => s.provider))]
  return layout(
    ctx,
    t.scenarios.heading,
    html`<p class="intro">${t.scenarios.intro}</p>
${scenarios.length === 0 ? html`<p class="note">${t.scenarios.none}</p>` : ''}
${providers.map(
  (
    provider,
  ) => html`<section class="gallery" data-provider="${provider}" aria-labelledby="gallery-${provider}">
  <h2 id="gallery-${provider}">${provider}</h2>
  <ul class="cards">
    ${scenarios
      .filter((s) => s.provider === provider)
      .map((scenario) => {
        const { field, value } = describeQuery(scenario.query)
        const expected =
          'status' in scenario.expect
            ? statusBadge(ctx, scenario.expect.status)
            : statusBadge(
                ctx,
                'ERROR',
                `${t.scenarios.error}: ${t.errors.codes[scenario.expect.error] ?? scenario.expect.error}`,
              )
        return html`<li class="card" data-scenario="${scenario.name}" data-expect="${'status' in scenario.expect ? scenario.expect.status : `error:${scenario.expect.error}`}">
      <h3>${scenario.name}</h3>
      ${scenario.description ? html`<p>${scenario.description}</p>` : ''}
      <p><span class="label">${t.scenarios.expect}:</span> ${expected}</p>
      <p><code>${field}=${value}</code></p>
      <a class="button" href="${href(ctx, '/', queryToParams(scenario.query))}">${t.scenarios.run}<span class="visually-hidden">: ${scenario.name}</span></a>
    </li>`
      })}
  </ul>
</section>`,
)}`,
  )
}
