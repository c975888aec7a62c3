import { createStatusNormalizer } from '@durum/status-normalizer'
import {
  catalogGaps,
  expectExplainedInBothLocales,
  refusedInBothLocales,
} from '@durum/status-normalizer/testing'
import { describe, expect, it } from 'vitest'
import { type IyzicoWhy, iyzicoMessages } from './iyzico-messages'
import { iyzico } from './iyzico-provider'
import { createIyzicoSimulator, iyzicoErrorScenarios, iyzicoScenarios } from './testing'

const apiKey = 'sandbox-locale-api-key-5d1e'
const secretKey = 'sandbox-locale-secret-key-8c2a'

const refusal = {
  subject: { en: 'paymentId 1', tr: 'paymentId 1' },
  errorCode: '5087',
  errorMessage: 'Ödeme bulunamadı',
}
const bare = {
  subject: { en: 'paymentId 1', tr: 'paymentId 1' },
  errorCode: undefined,
  errorMessage: undefined,
}
const meaning = { en: 'a system error', tr: 'sistem hatası' }

describe('iyzicoMessages', () => {
  it('has every sentence in English and Turkish, each reason iyzico.<snake_case>', () => {
    expect(
      catalogGaps('iyzico', iyzicoMessages, {
        'iyzico.item_status_undocumented': [{ status: 3 }],
        'iyzico.items_partly_rejected': [
          { some: 1, all: 2 },
          { some: 2, all: 3 },
        ],
        'iyzico.items_in_review': [
          { some: 1, all: 1 },
          { some: 2, all: 3 },
        ],
        'iyzico.captured': [{ phase: 'AUTH' }],
        'iyzico.phase_unknown': [{ phase: undefined }, { phase: 'LATER' }],
        'iyzico.fraud_status_unknown': [{ fraudStatus: undefined }, { fraudStatus: 2 }],
        'iyzico.threeds_failed': [{ mdStatus: '7', meaning }],
        'iyzico.md_status_undocumented': [{ mdStatus: '-1' }],
        'iyzico.payment_status_unknown': [{ paymentStatus: 'INIT_LATER' }],
        'iyzico.answer_failure': [
          { errorCode: undefined, paymentStatus: 'SUCCESS' },
          { errorCode: '10051', paymentStatus: 'SUCCESS' },
        ],
        'iyzico.answer_status_unknown': [{ status: 'error', paymentStatus: 'SUCCESS' }],
        'iyzico.failed': [{ errorMessage: undefined }, { errorMessage: 'Kart limiti yetersiz' }],
        'iyzico.reporting_unreadable': [{ code: 'transport' }],
        'iyzico.reporting_empty': [{ by: 'paymentId', id: '1' }],
        'iyzico.reporting_lacks_payment': [{ by: 'paymentConversationId', id: 'o-1', listed: 1 }],
        'iyzico.reporting_duplicate': [{ id: '1', listed: 2 }],
        'iyzico.reporting_ambiguous': [{ id: 'o-1', listed: 2 }],
        'iyzico.reporting_disagrees': [
          { reported: 3, name: 'CALLBACK_THREEDS' },
          { reported: 7, name: undefined },
        ],
        'iyzico.cancelled': [{ date: undefined }, { date: '2026-06-11T23:29:34+03:00' }],
        'iyzico.refund_status_unknown': [{ refundStatus: 'HALF' }],
        'iyzico.another_answer': [
          {
            subject: { en: 'paymentId 2', tr: 'paymentId 2' },
            field: 'paymentId',
            asked: '2',
            answered: '1',
          },
        ],
        'iyzico.unbound_answer': [
          { subject: { en: 'paymentId 2', tr: 'paymentId 2' }, field: 'paymentId', asked: '2' },
        ],
        'iyzico.unsigned_answer': [{ subject: { en: 'paymentId 2', tr: 'paymentId 2' } }],
        'iyzico.signature_mismatch': [{ subject: { en: 'paymentId 2', tr: 'paymentId 2' } }],
        'iyzico.webhook_shape': [{ format: 'direct', path: 'paymentId', issue: 'Invalid type' }],
        'iyzico.subscription_event': [{ event: 'subscription.order.success', order: 'o-1' }],
        'iyzico.webhook_unconfirmed': [{ paymentId: '1' }],
        'iyzico.session_status_unknown': [{ sessionStatus: 'PAUSED' }],
        'iyzico.authentication': [refusal, bare],
        'iyzico.not_found': [refusal, bare],
        'iyzico.invalid_query': [refusal, bare],
        'iyzico.rate_limited': [refusal, bare],
        'iyzico.refused': [refusal, bare],
      }),
    ).toEqual([])
  })

  it('quotes iyzico’s own words untranslated in both languages', () => {
    expect(iyzicoMessages['iyzico.not_found'].tr(refusal)).toBe(
      `iyzico'da paymentId 1 için kayıt yok (hata 5087: "Ödeme bulunamadı"). Kimliği ve çağrılan ortamda (sandbox ya da production) oluşturulduğunu kontrol edin.`,
    )
    expect(iyzicoMessages['iyzico.not_found'].en(bare)).toBe(
      'iyzico has no record for paymentId 1 (no error code). Check the id, and that it was created in the environment called (sandbox or production).',
    )
  })
})

const unlisted = (id: string): IyzicoWhy => ({
  reason: 'iyzico.reporting_empty',
  params: { by: 'paymentId', id },
})
const captured = (phase: string): IyzicoWhy => ({ reason: 'iyzico.captured', params: { phase } })
const cancelled: IyzicoWhy = { reason: 'iyzico.cancelled', params: { date: '2026-06-11T23:29:34+03:00' } }
const items = (reason: 'iyzico.items_in_review' | 'iyzico.items_partly_rejected'): IyzicoWhy => ({
  reason,
  params: { some: 1, all: 2 },
})

/** What each simulator scenario must say: its rule, then any note on refunds. */
const said: Readonly<Record<string, readonly IyzicoWhy[]>> = {
  succeeded: [captured('AUTH'), unlisted('20885695')],
  'succeeded-signed': [captured('AUTH'), unlisted('35790703')],
  cancelled: [cancelled],
  'cancelled-by-conversation-id': [cancelled],
  'checkout-form-cancelled': [cancelled],
  refunded: [{ reason: 'iyzico.refunded' }],
  'checkout-form-refunded': [{ reason: 'iyzico.refunded' }],
  'partially-refunded': [{ reason: 'iyzico.partially_refunded' }],
  'checkout-form-partially-refunded': [{ reason: 'iyzico.partially_refunded' }],
  'succeeded-not-refunded': [captured('AUTH'), { reason: 'iyzico.not_refunded' }],
  authorized: [{ reason: 'iyzico.pre_authorized' }, unlisted('35790641')],
  'succeeded-post-auth': [captured('POST_AUTH'), unlisted('35790643')],
  'under-review': [{ reason: 'iyzico.fraud_review' }],
  'fraud-rejected': [{ reason: 'iyzico.fraud_rejected' }],
  failed: [{ reason: 'iyzico.failed', params: { errorMessage: 'Kart limiti yetersiz, yetersiz bakiye' } }],
  'threeds-initialized': [{ reason: 'iyzico.threeds_started' }],
  'threeds-callback': [{ reason: 'iyzico.threeds_awaiting_auth' }],
  'bkm-pos-selected': [{ reason: 'iyzico.bkm_pos_selected' }],
  'callback-pecco': [{ reason: 'iyzico.callback_pecco' }],
  'unknown-payment-status': [
    { reason: 'iyzico.payment_status_unknown', params: { paymentStatus: 'INIT_FUTURE_METHOD' } },
  ],
  'apm-initialized': [{ reason: 'iyzico.init_apm' }],
  'contactless-initialized': [{ reason: 'iyzico.init_contactless' }],
  'checkout-form-bank-transfer-initialized': [{ reason: 'iyzico.init_bank_transfer' }],
  'checkout-form-credit-initialized': [{ reason: 'iyzico.init_credit' }],
  'checkout-form-credit-pending': [{ reason: 'iyzico.pending_credit' }],
  'threeds-callback-passed': [{ reason: 'iyzico.threeds_passed' }],
  'threeds-callback-failed': [
    {
      reason: 'iyzico.threeds_failed',
      params: {
        mdStatus: '0',
        meaning: {
          en: 'the 3-D Secure signature or verification is invalid',
          tr: '3-D Secure imzası ya da doğrulaması geçersiz',
        },
      },
    },
  ],
  'threeds-callback-undocumented-md-status': [
    { reason: 'iyzico.md_status_undocumented', params: { mdStatus: '-1' } },
  ],
  'item-under-review': [items('iyzico.items_in_review')],
  'items-all-rejected': [{ reason: 'iyzico.items_rejected' }],
  'item-rejected': [items('iyzico.items_partly_rejected')],
  'authorized-not-refunded': [{ reason: 'iyzico.pre_authorized' }, { reason: 'iyzico.not_refunded_yet' }],
  'reporting-status-disagrees': [
    { reason: 'iyzico.reporting_disagrees', params: { reported: 3, name: 'CALLBACK_THREEDS' } },
  ],
  'refunded-with-trailing-space': [{ reason: 'iyzico.refunded' }],
  'success-without-fraud-status': [
    { reason: 'iyzico.fraud_status_unknown', params: { fraudStatus: undefined } },
  ],
  'checkout-form-succeeded': [captured('AUTH'), unlisted('10805931')],
  'session-inactive': [{ reason: 'iyzico.session_passive' }],
  'session-active-wallet': [{ reason: 'iyzico.session_active' }],
}

function normalizers() {
  const simulator = createIyzicoSimulator({ apiKey, secretKey })
  const provider = iyzico({
    apiKey,
    secretKey,
    baseUrl: 'https://iyzico.simulator.test',
    fetch: simulator.fetch,
  })
  return {
    turkish: createStatusNormalizer({ providers: [provider], locale: 'tr' }),
    english: createStatusNormalizer({ providers: [provider] }),
  }
}

describe("createStatusNormalizer({ locale: 'tr' }) over every iyzico scenario", () => {
  it.each(iyzicoScenarios.map((scenario) => [scenario.name, scenario] as const))(
    '%s',
    async (name, scenario) => {
      const { turkish, english } = normalizers()
      const query = { provider: 'iyzico', ...scenario.query } as const
      const results = { tr: await turkish.getStatus(query), en: await english.getStatus(query) }
      expectExplainedInBothLocales(iyzicoMessages, results, said[name])
    },
  )

  it.each(iyzicoErrorScenarios.map((scenario) => [scenario.name, scenario] as const))(
    'error %s: the same code and reason in both languages, the message in Turkish',
    async (name, scenario) => {
      const { turkish, english } = normalizers()
      const query = { provider: 'iyzico', ...scenario.query } as const
      const refused = await refusedInBothLocales(turkish.getStatus(query), english.getStatus(query))
      expect([refused.code, refused.reason]).toEqual([scenario.code, refusedAs[name]])
    },
  )
})

/** The reason of each error scenario. */
const refusedAs: Readonly<Record<string, string>> = {
  'payment-not-found': 'iyzico.not_found',
  'checkout-form-token-not-found': 'iyzico.not_found',
  'session-not-found': 'iyzico.not_found',
  'invalid-request': 'iyzico.invalid_query',
  'provider-refusal': 'iyzico.refused',
  'answer-about-another-payment': 'iyzico.another_answer',
  'failure-with-payment-fields': 'iyzico.refused',
}
