import { PAYMENT_STATUSES, type PaymentStatus } from '@durum/status-normalizer'
import { describeProviderConformance } from '@durum/status-normalizer/testing'
import { paytr } from './paytr-provider'
import { paytrErrorScenarios, paytrScenarios } from './testing/paytr-scenarios'
import { createPaytrSimulator } from './testing/paytr-simulator'

const merchantId = '123456'
const merchantKey = 'aB3dE5fG7hJ9kL1m'
const merchantSalt = 'Zx8Cv6Bn4Mq2Wr0t'
/** PayTR's status query reports successful payments and their refunds only (README, status table). */
const UNREACHABLE: readonly PaymentStatus[] = [
  'REQUIRES_ACTION',
  'UNDER_REVIEW',
  'AUTHORIZED',
  'CANCELLED',
  'FAILED',
]

describeProviderConformance({
  name: 'paytr',
  createProvider: (options) => paytr({ merchantId, merchantKey, merchantSalt, ...options }),
  createSimulator: () => createPaytrSimulator({ merchantId, merchantKey, merchantSalt }),
  scenarios: paytrScenarios.map(({ name, query, expect }) => ({
    name,
    query,
    expect: { ...expect, kind: 'payment' },
  })),
  statuses: PAYMENT_STATUSES.filter((status) => !UNREACHABLE.includes(status)),
  errors: paytrErrorScenarios.map(({ name, query, expect }) => ({ name, query, code: expect.error })),
  invalidQueries: [
    { name: 'no order id', query: {}, field: 'merchantOid' },
    { name: 'an empty order id', query: { merchantOid: '' }, field: 'merchantOid' },
    { name: 'a numeric order id', query: { merchantOid: 42 }, field: 'merchantOid' },
    {
      name: 'a payment window without its offset',
      query: { merchantOid: 'PAYTR0001PAID', payableUntil: '2026-12-07 10:30:00' },
      field: 'payableUntil',
    },
    { name: 'an unknown key', query: { merchantOid: 'PAYTR0001PAID', paymentId: '1' }, field: 'paymentId' },
  ],
  wrongCredentials: (options) =>
    paytr({ merchantId, merchantKey: 'not-the-right-key', merchantSalt, ...options }),
  secrets: [merchantKey, merchantSalt],
  unboundAnswers: {
    reason: "PayTR's status answer names no order and is not signed",
    aboutAnother: (body) => ({ ...body, merchant_oid: 'PAYTR9999ANOTHER' }),
  },
})
