import { PAYMENT_STATUSES } from '@durum/status-normalizer'
import { describeProviderConformance } from '@durum/status-normalizer/testing'
import { iyzico } from './iyzico-provider'
import { createIyzicoSimulator, iyzicoErrorScenarios, iyzicoScenarios } from './testing'

const apiKey = 'sandbox-conformance-api-key-7f3a9c'
const secretKey = 'sandbox-conformance-secret-key-2b8e41'

describeProviderConformance({
  name: 'iyzico',
  createProvider: (options) =>
    iyzico({ apiKey, secretKey, baseUrl: 'https://iyzico.simulator.test', ...options }),
  createSimulator: () => createIyzicoSimulator({ apiKey, secretKey }),
  scenarios: iyzicoScenarios,
  // Every payment status, and both session states (a session's UNKNOWN is the payment one).
  statuses: [...PAYMENT_STATUSES, 'ACTIVE', 'INACTIVE'],
  errors: iyzicoErrorScenarios,
  invalidQueries: [
    { name: 'an empty paymentId', query: { paymentId: '' }, field: 'paymentId' },
    {
      name: 'both ids',
      query: { paymentId: '1', paymentConversationId: 'order-42' },
      field: 'paymentConversationId',
    },
    { name: 'no id at all', query: {}, field: 'paymentId' },
    { name: 'a numeric paymentId', query: { paymentId: 20885695 }, field: 'paymentId' },
    {
      name: 'a session without its paymentId',
      query: { session: { checkoutFormToken: 'x' } },
      field: 'session.paymentId',
    },
  ],
  wrongCredentials: (options) =>
    iyzico({
      apiKey,
      secretKey: 'sandbox-not-the-secret',
      baseUrl: 'https://iyzico.simulator.test',
      ...options,
    }),
  secrets: [apiKey, secretKey],
})
