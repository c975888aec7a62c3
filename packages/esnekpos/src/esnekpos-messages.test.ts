import { createStatusNormalizer } from '@durum/status-normalizer'
import {
  catalogGaps,
  expectExplainedInBothLocales,
  refusedInBothLocales,
} from '@durum/status-normalizer/testing'
import { describe, expect, it } from 'vitest'
import { type EsnekposRowRef, type EsnekposWhy, esnekposMessages } from './esnekpos-messages'
import { esnekpos } from './esnekpos-provider'
import { esnekposErrorScenarios, esnekposScenarios } from './testing/esnekpos-scenarios'
import { createEsnekposSimulator } from './testing/esnekpos-simulator'

const merchant = 'TEST1234'
const merchantKey = '4oK26hK8MOXrIV1bzTRVPA=='

const tx = (reference: string, raw: string): EsnekposRowRef => ({ noun: 'transaction', reference, raw })
const at = (reference: string, raw: string): EsnekposRowRef => ({ noun: 'attempt', reference, raw })
const paidRow = tx('538402', 'Ödeme - Başarılı (STATUS_ID 3)')
const answered = 'RETURN_CODE 100 ERROR: "51-Limit Yetersiz"'
const refusal = { subject: { en: 'payment request 2491', tr: '2491 numaralı ödeme isteği' }, answered }

describe('esnekposMessages', () => {
  it('has every sentence in English and Turkish, each reason esnekpos.<snake_case>', () => {
    expect(
      catalogGaps('esnekpos', esnekposMessages, {
        'esnekpos.row_conflict': [{ row: paidRow }],
        'esnekpos.row_unrecognised': [
          { row: at('1', 'Ödeme - ?') },
          { row: { ...paidRow, reference: undefined } },
        ],
        'esnekpos.cancelled': [{ row: paidRow }],
        'esnekpos.refunded_unpaired': [{ row: paidRow }],
        'esnekpos.refunded_without_amounts': [{ row: paidRow }],
        'esnekpos.refunded': [{ row: paidRow, refunded: '10.00', paid: '10.00' }],
        'esnekpos.refunded_less_commission': [{ row: paidRow, refunded: '9.00', paid: '10.00', fee: '1.00' }],
        'esnekpos.partially_refunded': [{ row: paidRow, refunded: '1.00', paid: '10.00' }],
        'esnekpos.paid': [{ row: paidRow }],
        'esnekpos.undo_without_payment': [{ row: paidRow }],
        'esnekpos.awaiting_3ds': [{ row: paidRow }],
        'esnekpos.pending': [{ row: paidRow }],
        'esnekpos.declined': [{ row: paidRow }],
        'esnekpos.attempt_failed': [{ row: at('2', 'Ödeme - Başarısız') }],
        'esnekpos.order_not_found': [{ answered }],
        'esnekpos.order_unnamed': [{ answered }],
        'esnekpos.order_waiting': [{ answered }],
        'esnekpos.order_cancelled': [{ answered }],
        'esnekpos.payment_unproven': [
          { row: paidRow, doubt: { kind: 'not_success', answered } },
          { row: paidRow, doubt: { kind: 'no_success_id' } },
          { row: paidRow, doubt: { kind: 'other_success_id', id: '9' } },
          { row: paidRow, doubt: { kind: 'no_order_reference' } },
        ],
        'esnekpos.success_contradicted': [{ row: paidRow, answered }],
        'esnekpos.answered': [{ answered }],
        'esnekpos.another_answer': [{ field: 'ORDER_REF_NO', asked: 'a', answered: 'b' }],
        'esnekpos.unbound_answer': [{ field: 'ORDER_REF_NO', asked: 'a' }],
        'esnekpos.authentication': [refusal],
        'esnekpos.not_found': [refusal],
        'esnekpos.invalid_query': [refusal],
        'esnekpos.refused': [refusal],
      }),
    ).toEqual([])
  })

  it('names a row in Turkish around EsnekPOS’s own words, which stay as EsnekPOS wrote them', () => {
    expect(
      esnekposMessages['esnekpos.payment_unproven'].tr({
        row: paidRow,
        doubt: { kind: 'other_success_id', id: '538400' },
      }),
    ).toBe(
      'İşlem 538402 "Ödeme - Başarılı (STATUS_ID 3)" durumunda, ancak SUCCESS_TRANSACTION_ID başka bir işlemi (538400) gösteriyor; ürünü göndermeden önce ödemeyi EsnekPOS panelinden kontrol edin.',
    )
  })
})

const row = (reason: EsnekposWhy['reason'], ref: EsnekposRowRef) =>
  ({ reason, params: { row: ref } }) as EsnekposWhy
const waiting = 'RETURN_CODE 106 PAYMENT_WAITING: "Ödeme - Bekliyor"'
const note = (text: string): EsnekposWhy => ({ reason: 'esnekpos.answered', params: { answered: text } })
const paid = (ref: string) => row('esnekpos.paid', tx(ref, 'Ödeme - Başarılı (STATUS_ID 3)'))
const refund = (ref: string) => tx(ref, 'İade - Başarılı (STATUS_ID 7)')
const unproven = (
  ref: string,
  doubt: Extract<EsnekposWhy, { reason: 'esnekpos.payment_unproven' }>['params']['doubt'],
) =>
  ({
    reason: 'esnekpos.payment_unproven',
    params: { row: tx(ref, 'Ödeme - Başarılı (STATUS_ID 3)'), doubt },
  }) as EsnekposWhy

/** What each simulator scenario must say: its rule, then EsnekPOS's answer where the rows leave it out. */
const said: Readonly<Record<string, readonly EsnekposWhy[]>> = {
  'payment-request-paid-after-failure': [row('esnekpos.paid', at('203762', 'Ödeme - Başarılı'))],
  'payment-request-paid-thousands': [row('esnekpos.paid', at('203790', 'Ödeme - Başarılı'))],
  'payment-request-paid-decomposed-text': [
    row('esnekpos.paid', at('203795', ' Ödeme  -  Başarılı '.normalize('NFD'))),
  ],
  'payment-request-pending': [row('esnekpos.pending', at('203791', 'Ödeme - Bekliyor'))],
  'payment-request-awaiting-3d': [
    row('esnekpos.awaiting_3ds', at('203792', 'Ödeme - 3D Doğrulama Bekleniyor')),
  ],
  'payment-request-only-failed': [row('esnekpos.attempt_failed', at('203794', 'Ödeme - Başarısız'))],
  'payment-request-no-attempts': [{ reason: 'esnekpos.no_attempts' }],
  'payment-request-cancelled': [row('esnekpos.cancelled', at('203796', 'İptal - Başarılı'))],
  'payment-request-refunded': [row('esnekpos.refunded_unpaired', at('203797', 'İade - Başarılı'))],
  'payment-request-unknown-text': [row('esnekpos.row_unrecognised', at('203798', 'Ödeme - Başarılı değil'))],
  'order-paid-recorded': [paid('783900')],
  'order-declined-recorded': [
    row('esnekpos.declined', tx('783903', 'Ödeme - Başarısız (STATUS_ID 4)')),
    note(answered),
  ],
  'order-not-found-recorded': [
    {
      reason: 'esnekpos.order_not_found',
      params: {
        answered: 'RETURN_CODE 400 PROCESS_QUERY: "Referans numarası bulunamadı (Not.ProcessQuery)"',
      },
    },
  ],
  'order-paid': [paid('538402')],
  'order-pending': [row('esnekpos.pending', tx('783335', 'Ödeme - Bekliyor (STATUS_ID 1)')), note(waiting)],
  'order-awaiting-3d': [
    row('esnekpos.awaiting_3ds', tx('538421', 'Ödeme - 3D Doğrulama Bekleniyor (STATUS_ID 2)')),
    note(waiting),
  ],
  'order-cancelled': [row('esnekpos.cancelled', tx('783356', 'İptal - Başarılı (STATUS_ID 5)'))],
  'order-cancelled-return-code': [
    {
      reason: 'esnekpos.order_cancelled',
      params: { answered: 'RETURN_CODE 300 ORDER_CANCEL: "İptal - Başarılı"' },
    },
  ],
  'order-cancel-failed': [paid('538451')],
  'order-refunded': [
    { reason: 'esnekpos.refunded', params: { row: refund('538462'), refunded: '1250.00', paid: '1250.00' } },
  ],
  'order-refunded-less-commission': [
    {
      reason: 'esnekpos.refunded_less_commission',
      params: { row: refund('538467'), refunded: '149.00', paid: '151.25', fee: '2.25' },
    },
  ],
  'order-partially-refunded': [
    {
      reason: 'esnekpos.partially_refunded',
      params: { row: refund('538472'), refunded: '151.25', paid: '1250.00' },
    },
  ],
  'order-refund-failed': [paid('538476')],
  'order-paid-row-error-code': [
    unproven('538481', {
      kind: 'not_success',
      answered: 'RETURN_CODE 100 ERROR: "Beklenmeyen bir hata oluştu"',
    }),
  ],
  'order-paid-no-success-transaction': [unproven('538486', { kind: 'no_success_id' })],
  'order-success-over-pending-row': [
    {
      reason: 'esnekpos.success_contradicted',
      params: {
        row: tx('538488', 'Ödeme - Bekliyor (STATUS_ID 1)'),
        answered: 'RETURN_CODE 0 SUCCESS: "SUCCESS"',
      },
    },
  ],
  'order-status-conflict': [row('esnekpos.row_conflict', tx('538491', 'Ödeme - Başarısız (STATUS_ID 3)'))],
}

/** The reason of each error scenario. */
const refusedAs: Readonly<Record<string, string>> = {
  'payment-request-not-found': 'esnekpos.not_found',
  'payment-request-field-error': 'esnekpos.invalid_query',
  'payment-request-general-error': 'esnekpos.refused',
  'order-general-error': 'esnekpos.refused',
}

/** A fresh simulator and provider per normalizer: EsnekPOS refuses an answer replayed onto another query. */
function normalizer(locale?: 'tr') {
  const simulator = createEsnekposSimulator({ merchant, merchantKey })
  const provider = esnekpos({ merchant, merchantKey, fetch: simulator.fetch })
  return createStatusNormalizer({ providers: [provider], ...(locale ? { locale } : {}) })
}

describe("createStatusNormalizer({ locale: 'tr' }) over every EsnekPOS scenario", () => {
  it.each(esnekposScenarios.map((scenario) => [scenario.name, scenario] as const))(
    '%s',
    async (name, scenario) => {
      const query = { provider: 'esnekpos', ...scenario.query } as const
      const results = { tr: await normalizer('tr').getStatus(query), en: await normalizer().getStatus(query) }
      expectExplainedInBothLocales(esnekposMessages, results, said[name])
    },
  )

  it.each(esnekposErrorScenarios.map((scenario) => [scenario.name, scenario] as const))(
    'error %s: the same code and reason in both languages, the message in Turkish',
    async (name, scenario) => {
      const query = { provider: 'esnekpos', ...scenario.query } as const
      const refused = await refusedInBothLocales(
        normalizer('tr').getStatus(query),
        normalizer().getStatus(query),
      )
      expect([refused.code, refused.reason]).toEqual([scenario.expect.error, refusedAs[name]])
    },
  )
})
