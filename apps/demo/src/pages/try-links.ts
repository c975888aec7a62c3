import { html } from 'hono/html'
import type { DemoScenario } from '../demo-types'
import { describeQuery, queryToParams } from '../query/query-fields'
import { href, type PageContext } from './page-context'
import { statusBadge } from './render-result'

/** The outcomes a first visitor is offered per provider: a paid payment, a cancel or refund, a decline. */
const TRY_OUTCOMES: readonly (readonly string[])[] = [
  ['SUCCEEDED'],
  ['CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED'],
  ['FAILED', 'UNDER_REVIEW', 'PENDING'],
]

/** Simulator payments picked from the gallery, one per outcome and provider. */
export function tryScenarios(scenarios: readonly DemoScenario[]): DemoScenario[] {
  const providers = [...new Set(scenarios.map((s) => s.provider))]
  return providers.flatMap((provider) =>
    TRY_OUTCOMES.flatMap((statuses) => {
      const found = scenarios.find(
        (s) => s.provider === provider && 'status' in s.expect && statuses.includes(s.expect.status),
      )
      return found === undefined ? [] : [found]
    }),
  )
}

/**
 * "Try" links with real simulator ids and the way to the gallery, so the query page is never an
 * empty form with no hint. Nothing is shown when every provider is live (there are no scenarios).
 */
export function tryLinks(ctx: PageContext, scenarios: readonly DemoScenario[]) {
  const picks = tryScenarios(scenarios)
  if (picks.length === 0) return ''
  const { t } = ctx
  return html`<section class="try" aria-labelledby="try-heading">
  <h2 id="try-heading">${t.query.tryHeading}</h2>
  <ul class="try-list">${picks.map((scenario) => {
    const { field, value } = describeQuery(scenario.query)
    const status = 'status' in scenario.expect ? scenario.expect.status : 'ERROR'
    return html`<li><a class="try-link" href="${href(ctx, '/', queryToParams(scenario.query))}" data-testid="try-link"><strong>${scenario.provider}</strong> ${statusBadge(ctx, status)} <code>${field}=${value}</code></a></li>`
  })}</ul>
  <p><a href="${href(ctx, '/scenarios')}" data-testid="gallery-link">${t.query.tryGallery.replace('{count}', String(scenarios.length))}</a></p>
</section>`
}
