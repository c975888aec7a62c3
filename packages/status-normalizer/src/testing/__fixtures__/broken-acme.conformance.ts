import { DurumError } from '@durum/core'
import * as v from 'valibot'
import { acme } from '../../__example__/acme-provider'
import { acmeScenarios } from '../../__example__/acme-scenarios'
import { createAcmeSimulator } from '../../__example__/acme-simulator'
import { defineProvider } from '../../define-provider'
import { describeProviderConformance } from '../describe-provider-conformance'

// A provider with four classic defects, for the suite to catch: its `raw` carries the API key, it
// accepts any query (so invalid ones reach the network), it ignores both abort and timeout, and when an
// answer is not about the payment asked for it serves the last one it read instead of refusing.
const apiKey = 'sk_test_broken_5d1e'

function brokenAcme(options: { fetch: typeof fetch }) {
  const inner = acme({ apiKey, fetch: options.fetch, timeout: 60_000 })
  let last: Awaited<ReturnType<typeof inner.getStatus>> | undefined
  return defineProvider({
    name: 'acme',
    querySchema: v.custom<{ paymentId: string }>(() => true),
    async getStatus(query: { paymentId: string }) {
      try {
        last = await inner.getStatus(query)
      } catch (error) {
        if (last === undefined || !DurumError.isInstance(error) || error.code !== 'response_format') throw error
      }
      return { ...last, raw: { body: last.raw, sentWith: apiKey } }
    },
  })
}

describeProviderConformance({
  name: 'acme',
  createProvider: brokenAcme,
  createSimulator: () => createAcmeSimulator({ apiKey }),
  scenarios: acmeScenarios.filter((scenario) => 'paymentId' in scenario.query),
  statuses: ['PENDING', 'SUCCEEDED'],
  errors: [{ name: 'an unknown payment', query: { paymentId: 'pay-missing' }, code: 'not_found' }],
  invalidQueries: [{ name: 'an empty payment id', query: { paymentId: '' }, field: 'paymentId' }],
  wrongCredentials: ({ fetch }) => acme({ apiKey: 'sk_test_wrong', fetch }),
  secrets: [apiKey],
})
