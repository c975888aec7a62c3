import { DurumError } from '@durum/core'
import { acme } from '../../__example__/acme-provider'
import { acmeScenarios } from '../../__example__/acme-scenarios'
import { createAcmeSimulator } from '../../__example__/acme-simulator'
import { defineProvider } from '../../define-provider'
import type { NormalizedPayment } from '../../normalized-result'
import { describeProviderConformance } from '../describe-provider-conformance'

// A provider that declares its answers unbound and then takes one naming another payment as this one's,
// reporting it paid: the check that stands in for the replay check must catch it.
const apiKey = 'sk_test_unbound_7c2a'

function unboundAcme(options: { fetch: typeof fetch }) {
  const inner = acme({ apiKey, fetch: options.fetch })
  return defineProvider({
    name: 'acme',
    querySchema: inner.querySchema,
    async getStatus(query: { paymentId: string }): Promise<NormalizedPayment> {
      try {
        return (await inner.getStatus(query)) as NormalizedPayment
      } catch (error) {
        if (!DurumError.isInstance(error) || error.code !== 'response_format') throw error
        return {
          kind: 'payment',
          provider: 'acme',
          source: 'acme.payment-status',
          status: 'SUCCEEDED',
          rawStatus: 'paid',
          explanation: 'acme state "paid": the payment was captured.',
          reason: 'acme.paid',
          ids: { paymentId: query.paymentId },
          checkedAt: new Date().toISOString(),
          raw: {},
        }
      }
    },
  })
}

describeProviderConformance({
  name: 'acme',
  createProvider: unboundAcme,
  createSimulator: () => createAcmeSimulator({ apiKey }),
  scenarios: acmeScenarios.filter((scenario) => 'paymentId' in scenario.query),
  statuses: ['PENDING', 'SUCCEEDED'],
  errors: [],
  invalidQueries: [],
  wrongCredentials: ({ fetch }) => acme({ apiKey: 'sk_test_wrong', fetch }),
  secrets: [apiKey],
  unboundAnswers: {
    reason: 'acme pretends to name nothing',
    aboutAnother: (body) => ({ ...body, id: 'pay-another' }),
  },
})
