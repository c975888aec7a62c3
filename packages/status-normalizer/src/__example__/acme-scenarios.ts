/**
 * The seeded answers of the example "acme" provider: one scenario per row of its mapping table, each
 * with the query that reaches it, the status it must normalize to, and the body the simulator serves.
 */
export interface AcmeScenario {
  name: string
  query: { paymentId: string } | { session: { token: string } }
  expect: { kind: 'payment' | 'session'; status: string }
  body: Record<string, unknown>
}

const payment = (state: string, status: string, extra: Record<string, unknown> = {}): AcmeScenario => ({
  name: `payment ${state}`,
  query: { paymentId: `pay-${state}` },
  expect: { kind: 'payment', status },
  body: {
    id: `pay-${state}`,
    state,
    amount: '1250.00',
    currency: 'TRY',
    updated: '2026-11-23T10:15:00+03:00',
    ...extra,
  },
})

const session = (state: string, status: string): AcmeScenario => ({
  name: `session ${state}`,
  query: { session: { token: `ses-${state}` } },
  expect: { kind: 'session', status },
  body: { token: `ses-${state}`, state },
})

export const acmeScenarios: readonly AcmeScenario[] = [
  payment('created', 'PENDING'),
  payment('action_required', 'REQUIRES_ACTION'),
  payment('paid', 'SUCCEEDED', { paid: '1250.00' }),
  payment('declined', 'FAILED', { reason: 'insufficient funds' }),
  payment('refunded', 'REFUNDED', { paid: '1250.00' }),
  payment('on_hold', 'UNKNOWN'),
  session('active', 'ACTIVE'),
  session('inactive', 'INACTIVE'),
]
