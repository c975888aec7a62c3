import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixtureText } from './__test__/test-fixtures'
import {
  IYZICO_PAYMENT_STATUSES,
  type IyzicoStatusFields,
  iyzicoReportingPaymentStatus,
  mapIyzicoFailureCategory,
  mapIyzicoItemStatus,
  mapIyzicoPaymentStatus,
} from './map-iyzico-payment-status'

type Body = Record<string, unknown> & { itemTransactions?: Record<string, unknown>[] }

// JSON.parse is fine here: only the status fields (strings and small integers) are read.
const fixture = (name: string): Body => JSON.parse(fixtureText(name)) as Body

function fieldsOf(body: Body): IyzicoStatusFields {
  const pick = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined)
  return {
    status: pick('status'),
    paymentStatus: body.paymentStatus === null ? null : pick('paymentStatus'),
    fraudStatus: typeof body.fraudStatus === 'number' ? body.fraudStatus : undefined,
    phase: pick('phase'),
    mdStatus: body.mdStatus == null ? undefined : String(body.mdStatus),
    itemStatuses: body.itemTransactions?.map((item) =>
      typeof item.transactionStatus === 'number' ? item.transactionStatus : undefined,
    ),
    errorCode: pick('errorCode'),
    errorMessage: pick('errorMessage'),
    errorGroup: pick('errorGroup'),
  }
}

const detail = fixture('payment-detail.success.fraud-1.docs-2023.json')
/** The 2017 documented detail: three basket items, all approved (transactionStatus 2). */
const threeItems = fixture('payment-detail.success.fraud-1.docs-2017.json')
/** The documented 3-D Secure completion: mdStatus 1, three items. */
const threeds = fixture('threeds-auth.success.mdStatus-1.docs-2018.json')

/** The body with its basket items' transactionStatus set, in order. */
function withItems(body: Body, ...statuses: number[]): Body {
  const items = body.itemTransactions ?? []
  return {
    ...body,
    itemTransactions: items.map((item, index) => ({ ...item, transactionStatus: statuses[index] })),
  }
}

const DO_NOT_SHIP = "do not ship until iyzico's panel confirms it."

interface Row {
  rule: string
  body: Body
  status: string
  explanation: string
  nextAction?: string
  fraud?: string
}

// One row per row of DESIGN.md's iyzico mapping table, each on a real-format body, each with the
// exact sentence the rule gives.
const rows: Row[] = [
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
    explanation:
      'iyzico reports the payment failed ("Kart limiti yetersiz, yetersiz bakiye"): it will not be paid.',
  },
  {
    rule: 'SUCCESS fraud -1 → FAILED',
    body: { ...detail, fraudStatus: -1 },
    status: 'FAILED',
    fraud: 'rejected',
    explanation:
      "iyzico's fraud check rejected this payment (fraudStatus -1): it will not be paid out, do not ship.",
  },
  {
    rule: 'SUCCESS fraud 0 → UNDER_REVIEW',
    body: { ...fixture('payment-create.success.fraud-0.docs-2018.json'), paymentStatus: 'SUCCESS' },
    status: 'UNDER_REVIEW',
    fraud: 'review',
    explanation:
      "iyzico took the payment but its fraud check is still reviewing it (fraudStatus 0): wait for iyzico's decision before shipping.",
  },
  {
    rule: 'SUCCESS fraud 1 PRE_AUTH → AUTHORIZED',
    body: { ...fixture('payment-preauth.success.phase-PRE_AUTH.sandbox.json'), paymentStatus: 'SUCCESS' },
    status: 'AUTHORIZED',
    fraud: 'approved',
    explanation:
      'iyzico pre-authorised the payment and its fraud check approved it (fraudStatus 1, phase PRE_AUTH), but it is not captured: capture it (post-auth) before shipping.',
  },
  {
    rule: 'SUCCESS fraud 1 AUTH → SUCCEEDED',
    body: detail,
    status: 'SUCCEEDED',
    fraud: 'approved',
    explanation:
      'iyzico captured the payment and its fraud check approved it (paymentStatus SUCCESS, fraudStatus 1, phase AUTH).',
  },
  {
    rule: 'SUCCESS fraud 1 POST_AUTH → SUCCEEDED',
    body: { ...fixture('payment-postauth.success.phase-POST_AUTH.sandbox.json'), paymentStatus: 'SUCCESS' },
    status: 'SUCCEEDED',
    fraud: 'approved',
    explanation:
      'iyzico captured the payment and its fraud check approved it (paymentStatus SUCCESS, fraudStatus 1, phase POST_AUTH).',
  },
  {
    rule: 'SUCCESS fraud 1 with a marketplace item awaiting approval (1) → SUCCEEDED: the money is taken',
    body: fixture('checkout-form.success.fraud-1.marketplace-tx-status-1.docs-2018.json'),
    status: 'SUCCEEDED',
    fraud: 'approved',
    explanation:
      'iyzico captured the payment and its fraud check approved it (paymentStatus SUCCESS, fraudStatus 1, phase AUTH).',
  },
  {
    rule: 'SUCCESS fraud 1 but an item in fraud review (0) → UNDER_REVIEW',
    body: withItems(threeItems, 2, 0, 2),
    status: 'UNDER_REVIEW',
    fraud: 'approved',
    explanation:
      "iyzico says SUCCESS with fraudStatus 1, but 1 of 3 basket items is still in its fraud review (transactionStatus 0): wait for iyzico's decision before shipping.",
  },
  {
    rule: 'SUCCESS fraud 1 PRE_AUTH but every item in fraud review → UNDER_REVIEW',
    body: withItems(
      { ...fixture('payment-preauth.success.phase-PRE_AUTH.sandbox.json'), paymentStatus: 'SUCCESS' },
      0,
      0,
    ),
    status: 'UNDER_REVIEW',
    fraud: 'approved',
    explanation:
      "iyzico says SUCCESS with fraudStatus 1, but 2 of 2 basket items are still in its fraud review (transactionStatus 0): wait for iyzico's decision before shipping.",
  },
  // A rejected item (-1) under a claimed approval is a contradiction. Every item rejected: the items
  // agree nothing was kept, and FAILED is never a wrong "paid". Only some rejected: which part was
  // kept cannot be told from the answer, so UNKNOWN, never paid.
  {
    rule: 'SUCCESS fraud 1 but every item rejected (-1) → FAILED',
    body: withItems(threeItems, -1, -1, -1),
    status: 'FAILED',
    fraud: 'approved',
    explanation:
      'iyzico says SUCCESS with fraudStatus 1, but its fraud review rejected every basket item (transactionStatus -1): nothing was kept, do not ship.',
  },
  {
    rule: 'SUCCESS fraud 1 but one item rejected (-1) → UNKNOWN',
    body: withItems(threeItems, 2, -1, 2),
    status: 'UNKNOWN',
    fraud: 'approved',
    explanation: `iyzico says SUCCESS with fraudStatus 1, but its fraud review rejected 1 of 3 basket items (transactionStatus -1): the answer contradicts itself, so the payment is not proven; ${DO_NOT_SHIP}`,
  },
  {
    rule: 'SUCCESS fraud 1, one item rejected and one in review → UNKNOWN (the rejection decides)',
    body: withItems(threeItems, 0, -1, 2),
    status: 'UNKNOWN',
    fraud: 'approved',
    explanation: `iyzico says SUCCESS with fraudStatus 1, but its fraud review rejected 1 of 3 basket items (transactionStatus -1): the answer contradicts itself, so the payment is not proven; ${DO_NOT_SHIP}`,
  },
  {
    rule: 'SUCCESS fraud 1 with an item status iyzico does not document → UNKNOWN',
    body: withItems(threeItems, 2, 3, 2),
    status: 'UNKNOWN',
    fraud: 'approved',
    explanation: `iyzico says SUCCESS with fraudStatus 1, but a basket item has transactionStatus 3, which this version does not know, so approval of every item is not proven: ${DO_NOT_SHIP}`,
  },
  {
    rule: 'INIT_THREEDS → REQUIRES_ACTION (customer_3ds)',
    body: { ...detail, paymentStatus: 'INIT_THREEDS' },
    status: 'REQUIRES_ACTION',
    nextAction: 'customer_3ds',
    explanation:
      "3-D Secure was started (INIT_THREEDS) and the customer has not finished the bank's verification step yet.",
  },
  {
    rule: 'CALLBACK_THREEDS without mdStatus → REQUIRES_ACTION (merchant_complete_3ds)',
    body: { ...detail, paymentStatus: 'CALLBACK_THREEDS' },
    status: 'REQUIRES_ACTION',
    nextAction: 'merchant_complete_3ds',
    explanation:
      'The bank sent the customer back from 3-D Secure (CALLBACK_THREEDS), but the merchant has not completed the payment yet: call POST /payment/3dsecure/auth, which iyzico refuses unless 3-D Secure passed.',
  },
  {
    rule: 'CALLBACK_THREEDS with mdStatus 1 → REQUIRES_ACTION (merchant_complete_3ds)',
    body: { ...threeds, paymentStatus: 'CALLBACK_THREEDS' },
    status: 'REQUIRES_ACTION',
    nextAction: 'merchant_complete_3ds',
    explanation:
      'The customer passed 3-D Secure (CALLBACK_THREEDS, mdStatus 1), but the merchant has not completed the payment yet: call POST /payment/3dsecure/auth to take it.',
  },
  // iyzico's 3-D Secure page: mdStatus 1 is the only success, 0 and 2–8 are failures, and the
  // merchant's auth call is to be made only on 1 — iyzico will not authorise the payment otherwise.
  // So a failed 3-D Secure step is not "complete 3-D Secure": the payment can never be taken.
  // Each failing mdStatus has its own meaning (map-iyzico-md-status.test.ts); the first and the last here.
  ...(
    [
      ['0', 'the 3-D Secure signature or verification is invalid'],
      ['8', 'an unknown card'],
    ] as const
  ).map(
    ([mdStatus, meaning]): Row => ({
      rule: `CALLBACK_THREEDS with mdStatus ${mdStatus} (3-D Secure failed) → FAILED`,
      body: { ...threeds, paymentStatus: 'CALLBACK_THREEDS', mdStatus: Number(mdStatus) },
      status: 'FAILED',
      explanation: `3-D Secure did not pass (CALLBACK_THREEDS, mdStatus ${mdStatus}: ${meaning}): iyzico will not authorise this payment, so it will not be paid; do not ship.`,
    }),
  ),
  // -1 is in the OpenAPI enum with no meaning: it proves neither a pass nor a failure.
  {
    rule: 'CALLBACK_THREEDS with the undocumented mdStatus -1 → UNKNOWN',
    body: { ...threeds, paymentStatus: 'CALLBACK_THREEDS', mdStatus: -1 },
    status: 'UNKNOWN',
    explanation:
      'iyzico reports CALLBACK_THREEDS with mdStatus "-1", which its documentation does not define, so whether 3-D Secure passed is unknown: treat it as not paid and check the iyzico panel.',
  },
  {
    rule: 'BKM_POS_SELECTED → PENDING',
    body: { ...detail, paymentStatus: 'BKM_POS_SELECTED' },
    status: 'PENDING',
    explanation:
      'The customer chose a card in BKM Express (BKM_POS_SELECTED); the payment itself has not been made yet: do not ship.',
  },
  {
    rule: 'CALLBACK_PECCO → PENDING',
    body: { ...detail, paymentStatus: 'CALLBACK_PECCO' },
    status: 'PENDING',
    explanation:
      'iyzico is waiting for the PeCCo callback (CALLBACK_PECCO); nothing has been decided yet: do not ship.',
  },
  {
    rule: 'INIT_APM → PENDING',
    body: { ...detail, paymentStatus: 'INIT_APM' },
    status: 'PENDING',
    explanation:
      'The customer started paying with an alternative payment method (INIT_APM); iyzico has not received the money yet: do not ship.',
  },
  {
    rule: 'INIT_BANK_TRANSFER → PENDING',
    body: { ...detail, paymentStatus: 'INIT_BANK_TRANSFER' },
    status: 'PENDING',
    explanation:
      'The customer chose to pay by bank transfer (INIT_BANK_TRANSFER); iyzico is waiting for the money to arrive: do not ship.',
  },
  {
    rule: 'INIT_CREDIT → PENDING',
    body: { ...detail, paymentStatus: 'INIT_CREDIT' },
    status: 'PENDING',
    explanation:
      'The customer started a shopping-credit application (INIT_CREDIT); nothing has been paid yet: do not ship.',
  },
  {
    rule: 'PENDING_CREDIT → PENDING',
    body: { ...detail, paymentStatus: 'PENDING_CREDIT' },
    status: 'PENDING',
    explanation:
      "The customer's shopping-credit application is waiting for the lender's decision (PENDING_CREDIT); nothing has been paid yet: do not ship.",
  },
  {
    rule: 'INIT_CONTACTLESS → PENDING',
    body: { ...detail, paymentStatus: 'INIT_CONTACTLESS' },
    status: 'PENDING',
    explanation:
      'A contactless in-store payment was started (INIT_CONTACTLESS) and has not completed yet: do not ship.',
  },
  {
    rule: 'unknown paymentStatus → UNKNOWN',
    body: { ...detail, paymentStatus: 'INIT_WALLET' },
    status: 'UNKNOWN',
    fraud: 'approved',
    explanation:
      'iyzico answered paymentStatus "INIT_WALLET", which this version does not know: treat it as not paid and check the iyzico panel.',
  },
  {
    rule: 'SUCCESS without fraudStatus → UNKNOWN',
    body: { ...detail, fraudStatus: undefined },
    status: 'UNKNOWN',
    explanation: `iyzico says SUCCESS but the fraud status is missing, so approval is not proven: ${DO_NOT_SHIP}`,
  },
  {
    rule: 'SUCCESS with an unrecognised fraudStatus → UNKNOWN',
    body: { ...detail, fraudStatus: 2 },
    status: 'UNKNOWN',
    explanation: `iyzico says SUCCESS but the fraud status is 2, which this version does not know, so approval is not proven: ${DO_NOT_SHIP}`,
  },
  {
    rule: 'SUCCESS fraud 1 without phase → UNKNOWN',
    body: { ...detail, phase: undefined },
    status: 'UNKNOWN',
    fraud: 'approved',
    explanation: `iyzico says SUCCESS with fraudStatus 1 but the phase is missing, so whether the money was captured is not proven: ${DO_NOT_SHIP}`,
  },
  {
    rule: 'SUCCESS fraud 1 with an unrecognised phase → UNKNOWN',
    body: { ...detail, phase: 'CAPTURE' },
    status: 'UNKNOWN',
    fraud: 'approved',
    explanation: `iyzico says SUCCESS with fraudStatus 1 but the phase is "CAPTURE", which this version does not know, so whether the money was captured is not proven: ${DO_NOT_SHIP}`,
  },
  {
    rule: 'no paymentStatus at all → UNKNOWN',
    body: fixture('payment-create.success.fraud-0.docs-2018.json'),
    status: 'UNKNOWN',
    fraud: 'review',
    explanation:
      'iyzico answered without a paymentStatus, so nothing proves the payment went through: treat it as not paid.',
  },
  {
    rule: 'a failure envelope never proves a SUCCESS → UNKNOWN',
    body: { ...detail, status: 'failure', errorCode: '10000' },
    status: 'UNKNOWN',
    fraud: 'approved',
    explanation:
      'iyzico marked its answer as a failure (error 10000) while paymentStatus reads SUCCESS: nothing is proven, treat it as not paid.',
  },
  ...['FAILURE', 'Success', 'error', ''].map(
    (envelope): Row => ({
      rule: `an envelope status of "${envelope}" (not exactly success) never proves a SUCCESS → UNKNOWN`,
      body: { ...detail, status: envelope },
      status: 'UNKNOWN',
      fraud: 'approved',
      explanation: `iyzico's answer has status "${envelope}" (neither success nor failure) while paymentStatus reads SUCCESS: nothing is proven, treat it as not paid.`,
    }),
  ),
]

describe('mapIyzicoPaymentStatus', () => {
  it.each(rows.map((row) => [row.rule, row] as const))('%s', (_, row) => {
    const mapping = mapIyzicoPaymentStatus(fieldsOf(row.body))
    expect(mapping.status).toBe(row.status)
    expect(mapping.nextAction).toBe(row.nextAction)
    expect(mapping.fraud).toBe(row.fraud)
    expect(mapping.explanation).toBe(row.explanation)
  })

  it('maps every documented paymentStatus to its own explanation', () => {
    const explanations = IYZICO_PAYMENT_STATUSES.map(
      (paymentStatus) => mapIyzicoPaymentStatus({ ...fieldsOf(detail), paymentStatus }).explanation,
    )
    expect(new Set(explanations).size).toBe(IYZICO_PAYMENT_STATUSES.length)
  })

  it('files a failed 3-D Secure step under authentication, with the mdStatus and its meaning', () => {
    const mapping = mapIyzicoPaymentStatus({
      ...fieldsOf(threeds),
      paymentStatus: 'CALLBACK_THREEDS',
      mdStatus: '0',
    })
    expect(mapping.failure).toEqual({
      code: 'mdStatus 0',
      message: 'the 3-D Secure signature or verification is invalid',
      category: 'authentication',
    })
    expect(mapping.rawStatus).toBe('CALLBACK_THREEDS fraud=1 phase=AUTH mdStatus=0')
  })

  it('escapes control and bidi characters iyzico sends, so they cannot forge a log line', () => {
    const mapping = mapIyzicoPaymentStatus({
      ...fieldsOf(detail),
      paymentStatus: 'FAILURE',
      errorMessage: 'declined\r\nINFO paid=true \u202Eevil',
    })
    expect(mapping.explanation).toBe(
      'iyzico reports the payment failed ("declined\\u{000D}\\u{000A}INFO paid=true \\u{202E}evil"): it will not be paid.',
    )
    const unknown = mapIyzicoPaymentStatus({ ...fieldsOf(detail), paymentStatus: 'X\nSUCCEEDED' })
    expect(unknown.rawStatus).toBe('X\\u{000A}SUCCEEDED fraud=1 phase=AUTH')
    expect(unknown.explanation).not.toContain('\n')
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
    // The 3-D Secure auth answer carries no paymentStatus: nothing proves the payment.
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
          mdStatus: fc.oneof(fc.constantFrom('-1', '0', '1', '2', '8', undefined), fc.string()),
          itemStatuses: fc.option(fc.array(fc.oneof(fc.constantFrom(-1, 0, 1, 2, undefined), fc.integer())), {
            nil: undefined,
          }),
        }),
        (fields) => {
          const { status } = mapIyzicoPaymentStatus(fields)
          if (status === 'SUCCEEDED' || status === 'AUTHORIZED') {
            expect(fields.status).not.toBe('failure')
            expect(fields.paymentStatus).toBe('SUCCESS')
            expect(fields.fraudStatus).toBe(1)
            for (const item of fields.itemStatuses ?? []) expect([1, 2, undefined]).toContain(item)
          }
          if (status === 'SUCCEEDED') expect(['AUTH', 'POST_AUTH']).toContain(fields.phase)
        },
      ),
    )
  })
})

describe('iyzicoReportingPaymentStatus', () => {
  it.each([
    [0, 'FAILURE'],
    [1, 'SUCCESS'],
    [2, 'INIT_THREEDS'],
    [3, 'CALLBACK_THREEDS'],
    [4, 'BKM_POS_SELECTED'],
    [5, 'CALLBACK_PECCO'],
    [6, 'INIT_APM'],
    // 7 is a gap in iyzico's table: no status, not a guess at INIT_CREDIT.
    [7, undefined],
    [8, 'INIT_BANK_TRANSFER'],
    [9, 'INIT_CONTACTLESS'],
    [10, undefined],
    [-1, undefined],
  ] as const)('reporting code %i → %s', (code, name) => {
    expect(iyzicoReportingPaymentStatus(code)).toBe(name)
  })

  it.each([
    [6, 'INIT_APM'],
    [8, 'INIT_BANK_TRANSFER'],
    [9, 'INIT_CONTACTLESS'],
  ] as const)('reporting code %i reads PENDING, as its name does', (code, name) => {
    const mapping = mapIyzicoPaymentStatus({ paymentStatus: iyzicoReportingPaymentStatus(code) })
    expect(mapping.status).toBe('PENDING')
    expect(mapping.rawStatus).toBe(name)
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
