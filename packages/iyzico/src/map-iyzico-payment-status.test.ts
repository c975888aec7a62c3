import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  IYZICO_PAYMENT_STATUSES,
  type IyzicoStatusFields,
  mapIyzicoFailureCategory,
  mapIyzicoItemStatus,
  mapIyzicoPaymentStatus,
} from './map-iyzico-payment-status'

type Body = Record<string, unknown> & { itemTransactions?: Record<string, unknown>[] }

// JSON.parse is fine here: only the status fields (strings and small integers) are read.
const fixture = (name: string): Body =>
  JSON.parse(readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8')) as Body

function fieldsOf(body: Body): IyzicoStatusFields {
  const pick = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined)
  return {
    status: pick('status'),
    paymentStatus: body.paymentStatus === null ? null : pick('paymentStatus'),
    fraudStatus: typeof body.fraudStatus === 'number' ? body.fraudStatus : undefined,
    phase: pick('phase'),
    errorCode: pick('errorCode'),
    errorMessage: pick('errorMessage'),
    errorGroup: pick('errorGroup'),
  }
}

const detail = fixture('payment-detail.success.fraud-1.docs-2023.json')

// One row per row of DESIGN.md's iyzico mapping table, each on a real-format body.
const rows: Array<{ rule: string; body: Body; status: string; nextAction?: string; fraud?: string }> = [
  {
    rule: 'FAILURE → FAILED',
    body: {
      ...detail,
      paymentStatus: 'FAILURE',
      errorCode: '10051',
      errorMessage: 'Kart limiti yetersiz, yetersiz bakiye',
      errorGroup: 'NOT_SUFFICIENT_FUNDS',
    },
    status: 'FAILED',
    fraud: 'approved',
  },
  {
    rule: 'SUCCESS fraud -1 → FAILED',
    body: { ...detail, fraudStatus: -1 },
    status: 'FAILED',
    fraud: 'rejected',
  },
  {
    rule: 'SUCCESS fraud 0 → UNDER_REVIEW',
    body: { ...fixture('payment-create.success.fraud-0.docs-2018.json'), paymentStatus: 'SUCCESS' },
    status: 'UNDER_REVIEW',
    fraud: 'review',
  },
  {
    rule: 'SUCCESS fraud 1 PRE_AUTH → AUTHORIZED',
    body: { ...fixture('payment-preauth.success.phase-PRE_AUTH.sandbox.json'), paymentStatus: 'SUCCESS' },
    status: 'AUTHORIZED',
    fraud: 'approved',
  },
  { rule: 'SUCCESS fraud 1 AUTH → SUCCEEDED', body: detail, status: 'SUCCEEDED', fraud: 'approved' },
  {
    rule: 'SUCCESS fraud 1 POST_AUTH → SUCCEEDED',
    body: { ...fixture('payment-postauth.success.phase-POST_AUTH.sandbox.json'), paymentStatus: 'SUCCESS' },
    status: 'SUCCEEDED',
    fraud: 'approved',
  },
  {
    rule: 'INIT_THREEDS → REQUIRES_ACTION (customer_3ds)',
    body: { ...detail, paymentStatus: 'INIT_THREEDS' },
    status: 'REQUIRES_ACTION',
    nextAction: 'customer_3ds',
  },
  {
    rule: 'CALLBACK_THREEDS → REQUIRES_ACTION (merchant_complete_3ds)',
    body: { ...detail, paymentStatus: 'CALLBACK_THREEDS' },
    status: 'REQUIRES_ACTION',
    nextAction: 'merchant_complete_3ds',
  },
  {
    rule: 'BKM_POS_SELECTED → PENDING',
    body: { ...detail, paymentStatus: 'BKM_POS_SELECTED' },
    status: 'PENDING',
  },
  {
    rule: 'CALLBACK_PECCO → PENDING',
    body: { ...detail, paymentStatus: 'CALLBACK_PECCO' },
    status: 'PENDING',
  },
  {
    rule: 'unknown paymentStatus → UNKNOWN',
    body: { ...detail, paymentStatus: 'INIT_APM' },
    status: 'UNKNOWN',
    fraud: 'approved',
  },
  {
    rule: 'SUCCESS without fraudStatus → UNKNOWN',
    body: { ...detail, fraudStatus: undefined },
    status: 'UNKNOWN',
  },
  {
    rule: 'SUCCESS with an unrecognised fraudStatus → UNKNOWN',
    body: { ...detail, fraudStatus: 2 },
    status: 'UNKNOWN',
  },
  {
    rule: 'SUCCESS fraud 1 without phase → UNKNOWN',
    body: { ...detail, phase: undefined },
    status: 'UNKNOWN',
    fraud: 'approved',
  },
  {
    rule: 'SUCCESS fraud 1 with an unrecognised phase → UNKNOWN',
    body: { ...detail, phase: 'CAPTURE' },
    status: 'UNKNOWN',
    fraud: 'approved',
  },
  {
    rule: 'no paymentStatus at all → UNKNOWN',
    body: fixture('payment-create.success.fraud-0.docs-2018.json'),
    status: 'UNKNOWN',
    fraud: 'review',
  },
  {
    rule: 'a failure envelope never proves a SUCCESS → UNKNOWN',
    body: { ...detail, status: 'failure', errorCode: '10000' },
    status: 'UNKNOWN',
    fraud: 'approved',
  },
  ...['FAILURE', 'Success', 'error', ''].map((envelope) => ({
    rule: `an envelope status of "${envelope}" (not exactly success) never proves a SUCCESS → UNKNOWN`,
    body: { ...detail, status: envelope },
    status: 'UNKNOWN' as const,
    fraud: 'approved' as const,
  })),
]

describe('mapIyzicoPaymentStatus', () => {
  it.each(rows.map((row) => [row.rule, row] as const))('%s', (_, row) => {
    const mapping = mapIyzicoPaymentStatus(fieldsOf(row.body))
    expect(mapping.status).toBe(row.status)
    expect(mapping.nextAction).toBe(row.nextAction)
    expect(mapping.fraud).toBe(row.fraud)
    expect(mapping.explanation.length).toBeGreaterThan(20)
  })

  it('names the failure of a FAILURE body with its code, message and category', () => {
    const mapping = mapIyzicoPaymentStatus(fieldsOf(rows[0]?.body ?? {}))
    expect(mapping.failure).toEqual({
      code: '10051',
      message: 'Kart limiti yetersiz, yetersiz bakiye',
      group: 'NOT_SUFFICIENT_FUNDS',
      category: 'insufficient_funds',
    })
    expect(mapping.explanation).toContain('Kart limiti yetersiz')
  })

  it('files a fraud rejection under the fraud category', () => {
    expect(mapIyzicoPaymentStatus({ ...fieldsOf(detail), fraudStatus: -1 }).failure?.category).toBe('fraud')
  })

  it('keeps the provider words in rawStatus', () => {
    expect(mapIyzicoPaymentStatus(fieldsOf(detail)).rawStatus).toBe('SUCCESS fraud=1 phase=AUTH')
    expect(mapIyzicoPaymentStatus({}).rawStatus).toBe('paymentStatus missing')
  })

  it.each([
    ['payment-detail.success.fraud-1.docs-2017.json', 'SUCCEEDED'],
    ['payment-detail.success.fraud-1.signature.sandbox.json', 'SUCCEEDED'],
    ['payment-detail.success.after-cancel.sandbox.json', 'SUCCEEDED'],
    ['checkout-form.success.fraud-1.marketplace-tx-status-1.docs-2018.json', 'SUCCEEDED'],
    ['pay-with-iyzico-retrieve.success.signature.json', 'SUCCEEDED'],
    ['threeds-auth.success.mdStatus-1.docs-2018.json', 'UNKNOWN'],
  ])('reads %s as %s', (name, status) => {
    expect(mapIyzicoPaymentStatus(fieldsOf(fixture(name))).status).toBe(status)
  })

  it('never reports a payment as paid unless SUCCESS, fraud 1 and a captured phase prove it', () => {
    fc.assert(
      fc.property(
        fc.record({
          status: fc.constantFrom('success', 'failure', undefined),
          paymentStatus: fc.oneof(fc.constantFrom(...IYZICO_PAYMENT_STATUSES, null, undefined), fc.string()),
          fraudStatus: fc.oneof(fc.constantFrom(-1, 0, 1, undefined), fc.integer()),
          phase: fc.oneof(fc.constantFrom('AUTH', 'PRE_AUTH', 'POST_AUTH', undefined), fc.string()),
        }),
        (fields) => {
          const { status } = mapIyzicoPaymentStatus(fields)
          if (status === 'SUCCEEDED') {
            expect(fields.status).not.toBe('failure')
            expect(fields.paymentStatus).toBe('SUCCESS')
            expect(fields.fraudStatus).toBe(1)
            expect(['AUTH', 'POST_AUTH']).toContain(fields.phase)
          }
        },
      ),
    )
  })
})

describe('mapIyzicoItemStatus', () => {
  it.each([
    [0, 'under_review'],
    [-1, 'rejected'],
    [1, 'awaiting_approval'],
    [2, 'approved'],
    [3, 'unknown'],
    [undefined, 'unknown'],
  ] as const)('transactionStatus %s → %s', (transactionStatus, status) => {
    expect(mapIyzicoItemStatus(transactionStatus)).toBe(status)
  })

  it('reads the marketplace item awaiting approval in the checkout-form fixture', () => {
    const body = fixture('checkout-form.success.fraud-1.marketplace-tx-status-1.docs-2018.json')
    expect(mapIyzicoItemStatus(body.itemTransactions?.[0]?.transactionStatus as number)).toBe(
      'awaiting_approval',
    )
  })
})

describe('mapIyzicoFailureCategory', () => {
  it.each([
    ['NOT_SUFFICIENT_FUNDS', 'insufficient_funds'],
    ['EXPIRED_CARD', 'expired'],
    ['STOLEN_CARD', 'fraud'],
    ['DO_NOT_HONOUR', 'declined'],
    ['COMMUNICATION_OR_SYSTEM_ERROR', 'technical'],
    ['INVALID_CAVV', 'authentication'],
    ['SOMETHING_NEW', 'other'],
    [undefined, 'other'],
  ] as const)('%s → %s', (group, category) => {
    expect(mapIyzicoFailureCategory(group)).toBe(category)
  })
})
