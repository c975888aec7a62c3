import { acme } from '../__example__/acme-provider'
import { acmeScenarios } from '../__example__/acme-scenarios'
import { createAcmeSimulator } from '../__example__/acme-simulator'
import { describeProviderConformance } from './describe-provider-conformance'

const apiKey = 'sk_test_acme_3f9c2e7a1b'

// The example every provider package copies: its provider, its simulator, its scenarios.
describeProviderConformance({
  name: 'acme',
  createProvider: (options) => acme({ apiKey, ...options }),
  createSimulator: () => createAcmeSimulator({ apiKey }),
  scenarios: acmeScenarios,
  statuses: [
    'PENDING',
    'REQUIRES_ACTION',
    'SUCCEEDED',
    'FAILED',
    'REFUNDED',
    'UNKNOWN',
    'ACTIVE',
    'INACTIVE',
  ],
  errors: [
    { name: 'an unknown payment', query: { paymentId: 'pay-missing' }, code: 'not_found' },
    { name: 'an unknown session', query: { session: { token: 'ses-missing' } }, code: 'not_found' },
  ],
  invalidQueries: [
    { name: 'an empty payment id', query: { paymentId: '  ' }, field: 'paymentId' },
    { name: 'a session without token', query: { session: {} }, field: 'session.token' },
    { name: 'a numeric payment id', query: { paymentId: 42 }, field: 'paymentId' },
    { name: 'no id at all', query: {}, field: 'paymentId' },
  ],
  wrongCredentials: ({ fetch }) => acme({ apiKey: 'sk_test_wrong', fetch }),
  secrets: [apiKey],
})
