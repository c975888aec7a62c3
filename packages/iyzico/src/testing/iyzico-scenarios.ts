import type { DurumErrorCode } from '@durum/core'
import type { PaymentStatus, SessionStatus } from '@durum/status-normalizer'
import type { IyzicoStatusQuery } from '../iyzico-queries'
import * as bodies from './iyzico-fixture-bodies'

/** The iyzico endpoints the simulator answers. */
export type IyzicoEndpoint =
  | 'payment-detail'
  | 'checkout-form'
  | 'tokenization-session'
  | 'reporting-payment-details'

/** One canned answer: for this endpoint and lookup key (see `iyzicoLookupKey`), this body. */
export interface IyzicoCannedAnswer {
  endpoint: IyzicoEndpoint
  key: string
  body: string
}

export interface IyzicoScenario {
  name: string
  /** What the scenario shows, for the demo's gallery. */
  description: string
  query: IyzicoStatusQuery
  expect: { kind: 'payment'; status: PaymentStatus } | { kind: 'session'; status: SessionStatus }
  answers: readonly IyzicoCannedAnswer[]
}

export interface IyzicoErrorScenario {
  name: string
  description: string
  query: IyzicoStatusQuery
  code: DurumErrorCode
  answers: readonly IyzicoCannedAnswer[]
}

/** How the simulator finds a canned answer for a request's parameters. */
export function iyzicoLookupKey(
  endpoint: IyzicoEndpoint,
  params: Record<string, string | undefined>,
): string {
  switch (endpoint) {
    case 'payment-detail':
      return params.paymentId
        ? `paymentId:${params.paymentId}`
        : `paymentConversationId:${params.paymentConversationId}`
    case 'checkout-form':
      return `token:${params.token}`
    case 'tokenization-session':
      return `session:${params.checkoutFormToken}:${params.paymentId}`
    case 'reporting-payment-details':
      return params.paymentId
        ? `paymentId:${params.paymentId}`
        : `paymentConversationId:${params.paymentConversationId}`
  }
}

const detailById = (paymentId: string, body: string): IyzicoCannedAnswer => ({
  endpoint: 'payment-detail',
  key: `paymentId:${paymentId}`,
  body,
})
const detailByConversation = (paymentConversationId: string, body: string): IyzicoCannedAnswer => ({
  endpoint: 'payment-detail',
  key: `paymentConversationId:${paymentConversationId}`,
  body,
})
const checkoutForm = (token: string, body: string): IyzicoCannedAnswer => ({
  endpoint: 'checkout-form',
  key: `token:${token}`,
  body,
})
const reportingById = (paymentId: string, body: string): IyzicoCannedAnswer => ({
  endpoint: 'reporting-payment-details',
  key: `paymentId:${paymentId}`,
  body,
})
const reportingByConversation = (paymentConversationId: string, body: string): IyzicoCannedAnswer => ({
  endpoint: 'reporting-payment-details',
  key: `paymentConversationId:${paymentConversationId}`,
  body,
})

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text)
  if (!found) throw new Error(`iyzico scenario: "${String(from)}" not found in the body`)
  return text.replace(from, to)
}

/** `paymentStatus` goes last, where `/payment/detail` puts it; the other endpoints' bodies lack it. */
const withPaymentStatus = (body: string, paymentStatus: string) =>
  replaceOnce(body, /\n(\s*)}\s*$/, `,\n$1    "paymentStatus": "${paymentStatus}"\n$1}`)

/** The documented 2023 body (8 decimals, 0E-8) as another payment, with some fields changed. */
function docsVariant(paymentId: string, edit: (body: string) => string = (body) => body): string {
  return edit(
    replaceOnce(bodies.paymentDetailDocs2023, '"paymentId": "20885695"', `"paymentId": "${paymentId}"`),
  )
}

const setPaymentStatus = (status: string) => (body: string) =>
  replaceOnce(body, '"paymentStatus": "SUCCESS"', `"paymentStatus": "${status}"`)

/** A payment body as the checkout-form result gives it: the same payment, with the form's token. */
const asCheckoutForm = (detail: string, token: string) =>
  replaceOnce(
    detail,
    '"paymentStatus": "SUCCESS"',
    `"token": "${token}",\n    "callbackUrl": "https://www.merchant.com/callback",\n    "paymentStatus": "SUCCESS"`,
  )

interface SandboxPaymentIds {
  paymentId: string
  conversationId: string
  /** The checkout form's token that paid it. */
  token: string
}

/**
 * The cancelled sandbox payment (detail + reporting), possibly moved to other ids with its reporting
 * body edited, to show other refund states. As on iyzico, it answers by paymentId, by conversation id
 * and by checkout-form token, and reporting answers by either id.
 */
function sandboxPayment(
  ids: SandboxPaymentIds,
  editReporting: (body: string) => string = (body) => body,
): readonly IyzicoCannedAnswer[] {
  const move = (body: string) =>
    body.replaceAll('35790626', ids.paymentId).replaceAll('20260611C995', ids.conversationId)
  const detail = move(bodies.paymentDetailAfterCancel)
  const report = editReporting(move(bodies.reportingTotallyRefundedByCancel))
  return [
    detailById(ids.paymentId, detail),
    detailByConversation(ids.conversationId, detail),
    checkoutForm(ids.token, asCheckoutForm(detail, ids.token)),
    reportingById(ids.paymentId, report),
    reportingByConversation(ids.conversationId, report),
  ]
}

const withoutCancel = (body: string) => replaceOnce(body, /"cancels": \[[\s\S]*?\n {12}\],/, '"cancels": [],')

/** No real partial-refund body is public: the real reporting body with the cancel turned into an item refund. */
function withItemRefund(reportingBody: string, refundStatus: string, refundPrice: string): string {
  const refund = `[
                        {
                            "refundTxId": 5661500,
                            "paymentTransactionId": 37705909,
                            "conversationId": "refund-1",
                            "refundPrice": ${refundPrice},
                            "refundStatus": 1,
                            "createdDate": "2026-06-12T09:00:00Z",
                            "currencyCode": "TRY"
                        }
                    ]`
  let body = replaceOnce(reportingBody, '"TOTALLY_REFUNDED"', `"${refundStatus}"`)
  body = withoutCancel(body)
  return replaceOnce(body, '"refunds": []', `"refunds": ${refund}`)
}

const CANCELLED = {
  paymentId: '35790626',
  conversationId: '20260611C995',
  token: '3d0f5a2e-8c41-4b7a-9e26-5f1c0b8d7a43',
}
const REFUNDED = {
  paymentId: '35790700',
  conversationId: '20260611R100',
  token: '7b2e9c14-5a6d-4f80-8b3c-2d9e1f4a6c57',
}
const PARTIALLY_REFUNDED = {
  paymentId: '35790701',
  conversationId: '20260611P100',
  token: 'a91c4e7f-2b38-4d5a-8f06-6e3b7c1d9a28',
}
const NOT_REFUNDED = {
  paymentId: '35790702',
  conversationId: '20260611N100',
  token: 'e5d8b3a0-9f27-4c61-a4e8-1b6c2f7d0e94',
}

const cancelled = sandboxPayment(CANCELLED)
const refunded = sandboxPayment(REFUNDED, (body) => withItemRefund(body, 'TOTALLY_REFUNDED', '10.01000000'))
const partiallyRefunded = sandboxPayment(PARTIALLY_REFUNDED, (body) =>
  withItemRefund(body, 'PARTIALLY_REFUNDED', '5.00000000'),
)
/** The real reporting body with neither the cancel nor a refund: NOT_REFUNDED. */
const asNotRefunded = (body: string) =>
  withoutCancel(replaceOnce(body, '"TOTALLY_REFUNDED"', '"NOT_REFUNDED"'))

const notRefunded = sandboxPayment(NOT_REFUNDED, asNotRefunded)

/** The signed sandbox answer (two items, both approved) as another payment, its items' statuses set. */
function signedWithItems(paymentId: string, first: number, second: number): string {
  const [before, ...rest] = bodies.paymentDetailSigned
    .replaceAll('35790626', paymentId)
    .replaceAll('20260611C995', `${paymentId}C`)
    .split('"transactionStatus": 2')
  if (rest.length !== 2) throw new Error('iyzico scenario: the signed body no longer has two items')
  return `${before}"transactionStatus": ${first}${rest[0]}"transactionStatus": ${second}${rest[1]}`
}

/** A 3-D Secure callback with its `mdStatus`, placed after `phase` as iyzico's 3-D Secure answers have it. */
const threedsCallback = (mdStatus: number) => (body: string) =>
  replaceOnce(
    setPaymentStatus('CALLBACK_THREEDS')(body),
    '"phase": "AUTH",',
    `"phase": "AUTH",\n    "mdStatus": ${mdStatus},`,
  )

/** The documented detail answer as payment `paymentId`, edited into one mapping row. */
function detailVariant(
  name: string,
  description: string,
  paymentId: string,
  edit: (body: string) => string,
  status: PaymentStatus,
): IyzicoScenario {
  return {
    name,
    description,
    query: { paymentId },
    expect: { kind: 'payment', status },
    answers: [detailById(paymentId, docsVariant(paymentId, edit))],
  }
}

/** A hosted-page payment still under way (no documented body: the documented result with its status set). */
function pendingCheckoutForm(paymentId: string, token: string, paymentStatus: string): IyzicoCannedAnswer {
  return checkoutForm(token, setPaymentStatus(paymentStatus)(asCheckoutForm(docsVariant(paymentId), token)))
}

/** A pre-authorisation of its own, from the real pre-auth body. */
const AUTHORIZED_NOT_REFUNDED_ID = '35790642'
const REPORTING_DISAGREES = {
  paymentId: '35790704',
  conversationId: '20260611D100',
  token: 'c3f1a9e2-6b4d-4e8a-9c07-5d2e8f1b3a64',
}
const REFUNDED_WITH_SPACE = {
  paymentId: '35790705',
  conversationId: '20260611T100',
  token: 'd8a2b6c4-1e9f-4a37-b5d0-7c3e9f2a4b86',
}
const BANK_TRANSFER_TOKEN = '5e7a1c3b-9d24-4f68-a0b1-3c8d6e2f9a47'
const CREDIT_TOKEN = '6f8b2d4c-0e35-4a79-b1c2-4d9e7f3a0b58'
const CREDIT_PENDING_TOKEN = '7a9c3e5d-1f46-4b8a-c2d3-5e0f8a4b1c69'

/** Tokens of the seeded checkout forms and sessions. */
const SESSION = { checkoutFormToken: 'ab468ec8-c4ab-4449-b15b-69782f7786c6', paymentId: '29414275' }
const WALLET_SESSION = { checkoutFormToken: 'c4d1e7a0-3b52-4d8e-9f61-2a7b5c8d9e10', paymentId: '29414276' }

/** One scenario per row of the mapping table, on iyzico's real body shapes. */
export const iyzicoScenarios: readonly IyzicoScenario[] = [
  {
    name: 'succeeded',
    description:
      'The documented payment-detail answer: SUCCESS, fraud check passed, phase AUTH; reporting does not list it, so refunds read unchecked.',
    query: { paymentId: '20885695' },
    expect: { kind: 'payment', status: 'SUCCEEDED' },
    answers: [detailById('20885695', bodies.paymentDetailDocs2023)],
  },
  {
    name: 'succeeded-signed',
    description:
      'The cancelled payment’s sandbox answer from before its cancel, with a response signature, moved to its own id and re-signed with the simulator secret; reporting does not list it yet, so refunds read unchecked.',
    query: { paymentId: '35790703' },
    expect: { kind: 'payment', status: 'SUCCEEDED' },
    answers: [
      detailById(
        '35790703',
        bodies.paymentDetailSigned
          .replaceAll('35790626', '35790703')
          .replaceAll('20260611C995', '20260611S100'),
      ),
    ],
  },
  {
    name: 'cancelled',
    description:
      '/payment/detail still says SUCCESS after a cancel; reporting, asked by the paymentId, shows it.',
    query: { paymentId: CANCELLED.paymentId },
    expect: { kind: 'payment', status: 'CANCELLED' },
    answers: cancelled,
  },
  {
    name: 'cancelled-by-conversation-id',
    description: 'The same cancelled payment queried by the merchant’s paymentConversationId.',
    query: { paymentConversationId: CANCELLED.conversationId },
    expect: { kind: 'payment', status: 'CANCELLED' },
    answers: cancelled,
  },
  {
    name: 'checkout-form-cancelled',
    description:
      'The same cancelled payment through its checkout form’s token: the result still says SUCCESS.',
    query: { checkoutFormToken: CANCELLED.token },
    expect: { kind: 'payment', status: 'CANCELLED' },
    answers: cancelled,
  },
  {
    name: 'refunded',
    description: 'Reporting shows TOTALLY_REFUNDED through item refunds (no cancel).',
    query: { paymentId: REFUNDED.paymentId },
    expect: { kind: 'payment', status: 'REFUNDED' },
    answers: refunded,
  },
  {
    name: 'checkout-form-refunded',
    description: 'The fully refunded payment through its checkout form’s token.',
    query: { checkoutFormToken: REFUNDED.token },
    expect: { kind: 'payment', status: 'REFUNDED' },
    answers: refunded,
  },
  {
    name: 'partially-refunded',
    description: 'Reporting shows PARTIALLY_REFUNDED: one item refunded in part.',
    query: { paymentId: PARTIALLY_REFUNDED.paymentId },
    expect: { kind: 'payment', status: 'PARTIALLY_REFUNDED' },
    answers: partiallyRefunded,
  },
  {
    name: 'checkout-form-partially-refunded',
    description: 'The partially refunded payment through its checkout form’s token.',
    query: { checkoutFormToken: PARTIALLY_REFUNDED.token },
    expect: { kind: 'payment', status: 'PARTIALLY_REFUNDED' },
    answers: partiallyRefunded,
  },
  {
    name: 'succeeded-not-refunded',
    description:
      'Queried by the merchant’s conversation id; reporting, asked by the paymentId, confirms NOT_REFUNDED with no cancel, so refunds were checked: safe to ship.',
    query: { paymentConversationId: NOT_REFUNDED.conversationId },
    expect: { kind: 'payment', status: 'SUCCEEDED' },
    answers: notRefunded,
  },
  {
    name: 'authorized',
    description: 'A pre-authorisation (phase PRE_AUTH), not captured yet.',
    query: { paymentId: '35790641' },
    expect: { kind: 'payment', status: 'AUTHORIZED' },
    answers: [detailById('35790641', withPaymentStatus(bodies.paymentPreAuth, 'SUCCESS'))],
  },
  {
    name: 'succeeded-post-auth',
    description: 'A captured pre-authorisation (phase POST_AUTH), for more than was pre-authorised.',
    query: { paymentId: '35790643' },
    expect: { kind: 'payment', status: 'SUCCEEDED' },
    answers: [
      detailById(
        '35790643',
        withPaymentStatus(replaceOnce(bodies.paymentPostAuth, '"35790641"', '"35790643"'), 'SUCCESS'),
      ),
    ],
  },
  {
    name: 'under-review',
    description: "SUCCESS with fraudStatus 0: money taken, iyzico's fraud review pending.",
    query: { paymentId: '11154295' },
    expect: { kind: 'payment', status: 'UNDER_REVIEW' },
    answers: [detailById('11154295', withPaymentStatus(bodies.paymentCreateFraudReview, 'SUCCESS'))],
  },
  {
    name: 'fraud-rejected',
    description: 'SUCCESS with fraudStatus -1: rejected by the fraud check.',
    query: { paymentId: '20885696' },
    expect: { kind: 'payment', status: 'FAILED' },
    answers: [
      detailById(
        '20885696',
        docsVariant('20885696', (body) =>
          replaceOnce(body, '"fraudStatus": 1', '"fraudStatus": -1').replace(
            '"transactionStatus": 2',
            '"transactionStatus": -1',
          ),
        ),
      ),
    ],
  },
  {
    name: 'failed',
    description: 'paymentStatus FAILURE: the card was declined (insufficient funds).',
    query: { paymentId: '20885697' },
    expect: { kind: 'payment', status: 'FAILED' },
    answers: [
      detailById(
        '20885697',
        docsVariant('20885697', (body) =>
          replaceOnce(
            setPaymentStatus('FAILURE')(body),
            '"conversationId": "123456789",',
            '"conversationId": "123456789",\n    "errorCode": "10051",\n    "errorMessage": "Kart limiti yetersiz, yetersiz bakiye",\n    "errorGroup": "NOT_SUFFICIENT_FUNDS",',
          ),
        ),
      ),
    ],
  },
  detailVariant(
    'threeds-initialized',
    'INIT_THREEDS: the customer is at the bank’s 3-D Secure page.',
    '20885698',
    setPaymentStatus('INIT_THREEDS'),
    'REQUIRES_ACTION',
  ),
  detailVariant(
    'threeds-callback',
    'CALLBACK_THREEDS: 3-D Secure passed, the merchant must complete the payment.',
    '20885699',
    setPaymentStatus('CALLBACK_THREEDS'),
    'REQUIRES_ACTION',
  ),
  detailVariant(
    'bkm-pos-selected',
    'BKM_POS_SELECTED: the customer picked a card in BKM Express, not paid yet.',
    '20885700',
    setPaymentStatus('BKM_POS_SELECTED'),
    'PENDING',
  ),
  detailVariant(
    'callback-pecco',
    'CALLBACK_PECCO: waiting for the PeCCo callback.',
    '20885701',
    setPaymentStatus('CALLBACK_PECCO'),
    'PENDING',
  ),
  detailVariant(
    'unknown-payment-status',
    'A paymentStatus iyzico does not document (made up here: INIT_FUTURE_METHOD): never a guessed approval.',
    '20885702',
    setPaymentStatus('INIT_FUTURE_METHOD'),
    'UNKNOWN',
  ),
  detailVariant(
    'apm-initialized',
    'INIT_APM: the customer started paying by an alternative payment method; no money yet.',
    '20885704',
    setPaymentStatus('INIT_APM'),
    'PENDING',
  ),
  detailVariant(
    'contactless-initialized',
    'INIT_CONTACTLESS: an in-store contactless payment was started and has not completed.',
    '20885705',
    setPaymentStatus('INIT_CONTACTLESS'),
    'PENDING',
  ),
  {
    name: 'checkout-form-bank-transfer-initialized',
    description:
      'INIT_BANK_TRANSFER on a checkout form: the customer chose bank transfer; waiting for the money.',
    query: { checkoutFormToken: BANK_TRANSFER_TOKEN },
    expect: { kind: 'payment', status: 'PENDING' },
    answers: [pendingCheckoutForm('20885706', BANK_TRANSFER_TOKEN, 'INIT_BANK_TRANSFER')],
  },
  {
    name: 'checkout-form-credit-initialized',
    description: 'INIT_CREDIT on a checkout form: a shopping-credit application was started.',
    query: { checkoutFormToken: CREDIT_TOKEN },
    expect: { kind: 'payment', status: 'PENDING' },
    answers: [pendingCheckoutForm('20885707', CREDIT_TOKEN, 'INIT_CREDIT')],
  },
  {
    name: 'checkout-form-credit-pending',
    description: "PENDING_CREDIT on a checkout form: the shopping credit waits for the lender's decision.",
    query: { checkoutFormToken: CREDIT_PENDING_TOKEN },
    expect: { kind: 'payment', status: 'PENDING' },
    answers: [pendingCheckoutForm('20885708', CREDIT_PENDING_TOKEN, 'PENDING_CREDIT')],
  },
  detailVariant(
    'threeds-callback-passed',
    'CALLBACK_THREEDS with mdStatus 1: 3-D Secure passed, the merchant must complete the payment.',
    '20885709',
    threedsCallback(1),
    'REQUIRES_ACTION',
  ),
  detailVariant(
    'threeds-callback-failed',
    'CALLBACK_THREEDS with mdStatus 0: 3-D Secure failed, so iyzico will not authorise the payment.',
    '20885710',
    threedsCallback(0),
    'FAILED',
  ),
  detailVariant(
    'threeds-callback-undocumented-md-status',
    'CALLBACK_THREEDS with mdStatus -1, which iyzico does not define: whether 3-D Secure passed is unknown.',
    '20885711',
    threedsCallback(-1),
    'UNKNOWN',
  ),
  {
    name: 'item-under-review',
    description:
      'SUCCESS with fraudStatus 1, but one basket item is still in fraud review (transactionStatus 0).',
    query: { paymentId: '35790706' },
    expect: { kind: 'payment', status: 'UNDER_REVIEW' },
    answers: [detailById('35790706', signedWithItems('35790706', 2, 0))],
  },
  {
    name: 'items-all-rejected',
    description:
      'SUCCESS with fraudStatus 1, but the fraud review rejected every basket item (transactionStatus -1).',
    query: { paymentId: '35790707' },
    expect: { kind: 'payment', status: 'FAILED' },
    answers: [detailById('35790707', signedWithItems('35790707', -1, -1))],
  },
  {
    name: 'item-rejected',
    description:
      'SUCCESS with fraudStatus 1, but one of two basket items was rejected (transactionStatus -1): a contradiction, never paid.',
    query: { paymentId: '35790708' },
    expect: { kind: 'payment', status: 'UNKNOWN' },
    answers: [detailById('35790708', signedWithItems('35790708', 2, -1))],
  },
  {
    name: 'authorized-not-refunded',
    description:
      'A pre-authorisation reporting shows unrefunded: still AUTHORIZED, to be captured before shipping.',
    query: { paymentId: AUTHORIZED_NOT_REFUNDED_ID },
    expect: { kind: 'payment', status: 'AUTHORIZED' },
    answers: [
      detailById(
        AUTHORIZED_NOT_REFUNDED_ID,
        withPaymentStatus(
          bodies.paymentPreAuth.replaceAll('35790641', AUTHORIZED_NOT_REFUNDED_ID),
          'SUCCESS',
        ),
      ),
      reportingById(
        AUTHORIZED_NOT_REFUNDED_ID,
        asNotRefunded(
          bodies.reportingTotallyRefundedByCancel.replaceAll('35790626', AUTHORIZED_NOT_REFUNDED_ID),
        ),
      ),
    ],
  },
  {
    name: 'reporting-status-disagrees',
    description:
      'The detail says SUCCESS but reporting lists the payment with paymentStatus 3 (CALLBACK_THREEDS): not proven.',
    query: { paymentId: REPORTING_DISAGREES.paymentId },
    expect: { kind: 'payment', status: 'UNKNOWN' },
    answers: sandboxPayment(REPORTING_DISAGREES, (body) =>
      replaceOnce(asNotRefunded(body), '"paymentStatus": 1', '"paymentStatus": 3'),
    ),
  },
  {
    name: 'refunded-with-trailing-space',
    description:
      'Reporting writes "TOTALLY_REFUNDED " with a trailing space, as iyzico’s own pages print it.',
    query: { paymentId: REFUNDED_WITH_SPACE.paymentId },
    expect: { kind: 'payment', status: 'REFUNDED' },
    answers: sandboxPayment(REFUNDED_WITH_SPACE, (body) =>
      withItemRefund(body, 'TOTALLY_REFUNDED ', '10.01000000'),
    ),
  },
  {
    name: 'success-without-fraud-status',
    description: 'SUCCESS without a fraudStatus: approval is not proven.',
    query: { paymentId: '20885703' },
    expect: { kind: 'payment', status: 'UNKNOWN' },
    answers: [
      detailById(
        '20885703',
        docsVariant('20885703', (body) => replaceOnce(body, '\n    "fraudStatus": 1,', '')),
      ),
    ],
  },
  {
    name: 'checkout-form-succeeded',
    description: 'The documented checkout-form result, with a marketplace item awaiting approval.',
    query: { checkoutFormToken: 'f8aee98c-7dad-430e-a20f-70f327f8e64e' },
    expect: { kind: 'payment', status: 'SUCCEEDED' },
    answers: [
      {
        endpoint: 'checkout-form',
        key: 'token:f8aee98c-7dad-430e-a20f-70f327f8e64e',
        body: bodies.checkoutFormMarketplace,
      },
    ],
  },
  {
    name: 'session-inactive',
    description: 'The documented tokenization session: PASSIVE, paid by card.',
    query: { session: SESSION },
    expect: { kind: 'session', status: 'INACTIVE' },
    answers: [
      {
        endpoint: 'tokenization-session',
        key: `session:${SESSION.checkoutFormToken}:${SESSION.paymentId}`,
        body: bodies.sessionPassiveCard,
      },
    ],
  },
  {
    name: 'session-active-wallet',
    description: 'An ACTIVE tokenization session paid from the iyzico wallet balance (FUND).',
    query: { session: WALLET_SESSION },
    expect: { kind: 'session', status: 'ACTIVE' },
    answers: [
      {
        endpoint: 'tokenization-session',
        key: `session:${WALLET_SESSION.checkoutFormToken}:${WALLET_SESSION.paymentId}`,
        body: replaceOnce(
          replaceOnce(bodies.sessionPassiveCard, '"PASSIVE"', '"ACTIVE"'),
          '"CARD_PAYMENT"',
          '"FUND"',
        ),
      },
    ],
  },
]

/** Queries iyzico answers with a failure body; the simulator serves the real ones. */
export const iyzicoErrorScenarios: readonly IyzicoErrorScenario[] = [
  {
    name: 'payment-not-found',
    description: 'An unknown paymentConversationId: error 5087.',
    query: { paymentConversationId: 'nonexistent-order-99999' },
    code: 'not_found',
    answers: [detailByConversation('nonexistent-order-99999', bodies.paymentDetailNotFound)],
  },
  {
    name: 'checkout-form-token-not-found',
    description: 'An unknown checkout-form token: error 5124.',
    query: { checkoutFormToken: '00000000-0000-4000-8000-000000000000' },
    code: 'not_found',
    answers: [
      {
        endpoint: 'checkout-form',
        key: 'token:00000000-0000-4000-8000-000000000000',
        body: bodies.checkoutFormTokenNotFound,
      },
    ],
  },
  {
    name: 'session-not-found',
    description: 'An unknown session: error 260016.',
    query: { session: { checkoutFormToken: '00000000-0000-4000-8000-000000000000', paymentId: '1' } },
    code: 'not_found',
    answers: [
      {
        endpoint: 'tokenization-session',
        key: 'session:00000000-0000-4000-8000-000000000000:1',
        body: bodies.sessionNotFound,
      },
    ],
  },
  {
    name: 'invalid-request',
    description: 'iyzico refuses the request as invalid: error 11.',
    query: { paymentId: 'not-a-payment-id' },
    code: 'validation',
    answers: [detailById('not-a-payment-id', bodies.paymentDetailInvalidRequest)],
  },
  {
    name: 'provider-refusal',
    description: 'A refusal that is neither auth, not-found nor validation (error 5010): kept as provider.',
    query: { paymentId: '3ds-required' },
    code: 'provider',
    answers: [detailById('3ds-required', bodies.error3dsRequired)],
  },
  {
    name: 'answer-about-another-payment',
    description:
      'A signed SUCCESS about payment 1001 served to a query for 2002: another question’s answer, refused.',
    query: { paymentId: '2002' },
    code: 'response_format',
    answers: [detailById('2002', bodies.paymentDetailSigned.replaceAll('35790626', '1001'))],
  },
  {
    name: 'failure-with-payment-fields',
    description: 'The SDK mock: status failure, paymentStatus null, payment fields present: a query error.',
    query: { checkoutFormToken: 'token' },
    code: 'provider',
    answers: [{ endpoint: 'checkout-form', key: 'token:token', body: bodies.checkoutFormSdkMockFailure }],
  },
]
