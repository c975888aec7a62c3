import { createHmac } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixtureText, readFixture } from './__test__/test-fixtures'
import {
  IyzicoCheckoutFormResultSchema,
  IyzicoPaymentDetailSchema,
  IyzicoReportingPaymentDetailsSchema,
  IyzicoTokenizationSessionSchema,
} from './iyzico-schemas'
import { mapIyzicoError } from './map-iyzico-error'
import { mapIyzicoPaymentStatus } from './map-iyzico-payment-status'
import { applyIyzicoRefunds, matchIyzicoReportingPayment } from './map-iyzico-refund-status'
import { normalizeIyzicoPayment } from './normalize-iyzico-payment'
import { normalizeIyzicoSession } from './normalize-iyzico-session'
import { verifyIyzicoWebhook } from './verify-iyzico-webhook'

/*
 * Every body in __fixtures__ (sources and provenance in __fixtures__/SOURCES.md), read the way durum
 * reads the endpoint it came from, with the outcome it must give.
 */

type Outcome = Record<string, unknown>

const notAsked = { kind: 'skipped', why: { reason: 'iyzico.refunds_skipped' } } as const

/** A `/payment/detail` body (or another endpoint's Payment resource), by itself. */
const asPaymentDetail = (name: string): Outcome =>
  normalizeIyzicoPayment({
    source: 'iyzico.payment-detail',
    ...readFixture(IyzicoPaymentDetailSchema, name),
    refunds: notAsked,
  })

/** A checkout-form (or pay-with-iyzico) result, by itself. */
const asCheckoutForm = (name: string): Outcome =>
  normalizeIyzicoPayment({
    source: 'iyzico.checkout-form',
    ...readFixture(IyzicoCheckoutFormResultSchema, name),
    refunds: notAsked,
  })

/** A `status: "failure"` body: the query error it becomes. */
const asFailure = (name: string): Outcome => {
  const body = JSON.parse(fixtureText(name)) as Record<string, string | undefined>
  return {
    code: mapIyzicoError(body, {
      source: 'iyzico.payment-detail',
      subject: { en: 'the fixture', tr: 'fikstür' },
    }).code,
  }
}

/** A reporting answer about payment 35790626, over its captured `/payment/detail` reading. */
const asReporting = (name: string): Outcome => {
  const { payments } = readFixture(IyzicoReportingPaymentDetailsSchema, name).body
  const captured = mapIyzicoPaymentStatus({
    status: 'success',
    paymentStatus: 'SUCCESS',
    fraudStatus: 1,
    phase: 'AUTH',
  })
  const outcome = applyIyzicoRefunds(
    captured,
    matchIyzicoReportingPayment(payments, { paymentId: '35790626' }),
  )
  return { status: outcome.mapping.status, refundsChecked: outcome.refundsChecked }
}

const asSession = (name: string): Outcome =>
  normalizeIyzicoSession(readFixture(IyzicoTokenizationSessionSchema, name))

/** A webhook body, signed here with a test secret (iyzico's own header for these bodies is not published). */
const asWebhook = async (name: string): Promise<Outcome> => {
  const secretKey = 'sandbox-fixture-webhook-secret'
  const body = fixtureText(name)
  const payload = JSON.parse(body) as Record<string, string | number>
  const signed =
    payload.token === undefined
      ? `${secretKey}${payload.iyziEventType}${payload.paymentId}${payload.paymentConversationId}${payload.status}`
      : `${secretKey}${payload.iyziEventType}${payload.iyziPaymentId}${payload.token}${payload.paymentConversationId}${payload.status}`
  const signature = createHmac('sha256', secretKey).update(signed).digest('hex')
  const event = await verifyIyzicoWebhook({ headers: { 'x-iyz-signature-v3': signature }, body, secretKey })
  return event.payment
}

const table: [string, (name: string) => Outcome | Promise<Outcome>, Outcome][] = [
  ['payment-detail.success.fraud-1.docs-2017.json', asPaymentDetail, { status: 'SUCCEEDED' }],
  ['payment-detail.success.fraud-1.docs-2023.json', asPaymentDetail, { status: 'SUCCEEDED' }],
  ['payment-detail.success.fraud-1.signature.sandbox.json', asPaymentDetail, { status: 'SUCCEEDED' }],
  // Read alone, the cancelled payment still says SUCCESS: only reporting (below) shows the cancel.
  ['payment-detail.success.after-cancel.sandbox.json', asPaymentDetail, { status: 'SUCCEEDED' }],
  ['payment-detail.error-5087-payment-not-found.sandbox.json', asFailure, { code: 'not_found' }],
  ['payment-detail.error-11-invalid-request.sandbox.json', asFailure, { code: 'validation' }],
  [
    'checkout-form.success.fraud-1.marketplace-tx-status-1.docs-2018.json',
    asCheckoutForm,
    { status: 'SUCCEEDED', items: [{ status: 'awaiting_approval' }] },
  ],
  ['checkout-form.error-5124-token-not-found.docs.json', asFailure, { code: 'not_found' }],
  ['checkout-form.error-5132-token-required.docs.json', asFailure, { code: 'validation' }],
  // status failure with a null paymentStatus: the client turns it into this error, never a payment.
  ['checkout-form.sdk-mock.status-failure-with-payment-fields.json', asFailure, { code: 'provider' }],
  ['pay-with-iyzico-retrieve.success.signature.json', asCheckoutForm, { status: 'SUCCEEDED' }],
  // The Payment resource of other endpoints carries no paymentStatus: nothing proves it paid.
  ['payment-create.success.fraud-0.docs-2018.json', asPaymentDetail, { status: 'UNKNOWN', fraud: 'review' }],
  ['payment-preauth.success.phase-PRE_AUTH.sandbox.json', asPaymentDetail, { status: 'UNKNOWN' }],
  ['payment-postauth.success.phase-POST_AUTH.sandbox.json', asPaymentDetail, { status: 'UNKNOWN' }],
  ['threeds-auth.success.mdStatus-1.docs-2018.json', asPaymentDetail, { status: 'UNKNOWN', mdStatus: '1' }],
  ['cancel.success.sandbox.json', asPaymentDetail, { status: 'UNKNOWN' }],
  ['refund-v2.success.sandbox.json', asPaymentDetail, { status: 'UNKNOWN' }],
  ['refund-v2.error-8514-already-in-progress.sandbox.json', asFailure, { code: 'provider' }],
  [
    'reporting-payment-details.totally-refunded-by-cancel.sandbox.json',
    asReporting,
    { status: 'CANCELLED', refundsChecked: true },
  ],
  [
    'reporting-payment-details.empty-payments.sandbox.json',
    asReporting,
    { status: 'SUCCEEDED', refundsChecked: false },
  ],
  ['session.success.passive-card.docs.json', asSession, { kind: 'session', status: 'INACTIVE' }],
  ['session.error-260016-session-not-found.docs.json', asFailure, { code: 'not_found' }],
  ['error.1000-invalid-signature.sandbox.json', asFailure, { code: 'authentication' }],
  ['error.1001-api-credentials-not-found.json', asFailure, { code: 'authentication' }],
  ['error.5010-3ds-required.json', asFailure, { code: 'provider' }],
  // A SUCCESS notification carries no fraud verdict or phase: it is confirmed by a query.
  [
    'webhook.direct.api-auth-success.docs.json',
    asWebhook,
    { status: 'UNKNOWN', signed: true, ids: { paymentId: '28157248' } },
  ],
  [
    'webhook.hpp.bank-transfer-init.shape-assumed.json',
    asWebhook,
    { status: 'PENDING', rawStatus: 'INIT_BANK_TRANSFER' },
  ],
]

/** Files that are not a status answer: signing vectors, and reporting's daily list (its own test). */
const NOT_STATUS_ANSWERS = [
  'iyzico-bodiless-get.json',
  'iyzico-signatures.json',
  'reporting-transactions.payment-cancel-refund-rows.sandbox.json',
]

describe('every iyzico fixture', () => {
  it.each(table)('%s → %o', async (name, read, outcome) => {
    expect(await read(name)).toMatchObject(outcome)
  })

  it('is in the table above or named as no status answer, and has its source in SOURCES.md', () => {
    const files = readdirSync(new URL('./__fixtures__/', import.meta.url)).filter((file) =>
      file.endsWith('.json'),
    )
    const sources = readFileSync(new URL('./__fixtures__/SOURCES.md', import.meta.url), 'utf8')
    expect([...table.map(([name]) => name), ...NOT_STATUS_ANSWERS].sort()).toEqual(files.sort())
    for (const file of files) expect(sources, file).toContain(`| ${file} |`)
  })
})
