import type { DemoScenario } from '../demo-types'

/** The order outcomes are listed in: done and paid first, then the money going back, then waiting, then trouble. */
export const OUTCOME_ORDER: readonly string[] = [
  'SUCCEEDED',
  'PARTIALLY_REFUNDED',
  'REFUNDED',
  'CANCELLED',
  'AUTHORIZED',
  'PENDING',
  'REQUIRES_ACTION',
  'UNDER_REVIEW',
  'FAILED',
  'UNKNOWN',
  'ACTIVE',
  'INACTIVE',
  'error:not_found',
  'error:validation',
  'error:authentication',
  'error:rate_limited',
  'error:provider',
  'error:transport',
  'error:response_format',
]

/** A scenario's outcome: its expected status, or `error:<code>` for a query that fails. */
export function outcomeOf(scenario: DemoScenario): string {
  return 'status' in scenario.expect ? scenario.expect.status : `error:${scenario.expect.error}`
}

export interface OutcomeGroup {
  outcome: string
  scenarios: DemoScenario[]
}

export interface ProviderGroup {
  provider: string
  outcomes: OutcomeGroup[]
}

/** The gallery's sections: by provider (in the order given), then by outcome in `OUTCOME_ORDER`. */
export function groupScenarios(scenarios: readonly DemoScenario[]): ProviderGroup[] {
  const providers = [...new Set(scenarios.map((s) => s.provider))]
  const rank = (outcome: string) =>
    OUTCOME_ORDER.includes(outcome) ? OUTCOME_ORDER.indexOf(outcome) : OUTCOME_ORDER.length
  return providers.map((provider) => {
    const mine = scenarios.filter((s) => s.provider === provider)
    const outcomes = [...new Set(mine.map(outcomeOf))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    return {
      provider,
      outcomes: outcomes.map((outcome) => ({
        outcome,
        scenarios: mine.filter((s) => outcomeOf(s) === outcome),
      })),
    }
  })
}
